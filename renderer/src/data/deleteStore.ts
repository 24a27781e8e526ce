import Dexie from 'dexie';
import type { WorkstationDb } from '../db/db';

/** Every table whose rows belong to a store, with the index that finds them. */
const STORE_SCOPED: { table: string; index: string }[] = [
  { table: 'products', index: 'storeId' },
  { table: 'skus', index: 'storeId' },
  { table: 'media', index: 'storeId' },
  { table: 'competitors', index: 'storeId' },
  { table: 'influencers', index: 'storeId' },
  { table: 'campaigns', index: 'storeId' },
  { table: 'sampleShipments', index: 'storeId' },
  { table: 'shipments', index: 'storeId' },
  { table: 'messages', index: 'storeId' },
  { table: 'importBatches', index: 'storeId' },
  { table: 'counters', index: 'storeId' },
  { table: 'shipByAlerts', index: 'storeId' },
  { table: 'parcels', index: 'storeId' },
  { table: 'stockLevels', index: 'storeId' },
  { table: 'inboundShipments', index: 'storeId' },
  { table: 'shipQueue', index: 'storeId' },
];

/** Tables indexed by a compound [storeId+…] key: a range over the store's prefix finds its rows. */
const STORE_PREFIXED: { table: string; index: string }[] = [
  { table: 'orders', index: '[storeId+placedAt]' },
  { table: 'orderLines', index: '[storeId+productId]' },
  { table: 'conversations', index: '[storeId+lastMessageAt]' },
  { table: 'trafficDays', index: '[storeId+day]' },
  { table: 'dailyStats', index: '[storeId+day]' },
  { table: 'dimensionMonths', index: '[storeId+dimension+day]' },
  { table: 'modeChanges', index: '[storeId+at]' },
  { table: 'campaignTouches', index: '[storeId+at]' },
];

/** Deletes a store and everything it owns, table by table so no transaction grows unbounded. */
export async function deleteStoreData(db: WorkstationDb, storeId: string): Promise<void> {
  const competitorIds = (await db.competitors.where('storeId').equals(storeId).primaryKeys()) as string[];
  for (const id of competitorIds) {
    await db.competitorSnapshots
      .where('[competitorId+takenAt]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey])
      .delete();
  }
  for (const { table, index } of STORE_SCOPED) await db.table(table).where(index).equals(storeId).delete();
  for (const { table, index } of STORE_PREFIXED) {
    await db.table(table).where(index).between([storeId, Dexie.minKey], [storeId, Dexie.maxKey]).delete();
  }
  await db.stores.delete(storeId);
}
