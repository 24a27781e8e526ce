/**
 * Writes imported snapshot rows: each row joins the competitor with its item id (or, without one, its store
 * name); a competitor the watch list lacks is added. Rows carry the import's batch id, so undo removes exactly
 * them and refreshes the touched competitors' summaries. Written competitor by competitor, each in its own
 * transaction, so the page stays responsive.
 */
import type { Competitor } from '@shared/domain/types';
import { itemUrl } from '@shared/market/itemId';
import type { SnapshotImportResult, SnapshotImportRow } from '@shared/market/snapshotImport';
import type { WorkstationDb } from '../../../db/db';
import { DEVICE, refreshSummary } from './competitors';

export const SNAPSHOT_IMPORTS_KEY = 'market:snapshotImports';

export interface SnapshotImportRecord {
  id: string;
  storeId: string;
  fileName: string;
  rows: number;
  competitorIds: string[];
  at: number;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function writeSnapshotImport(
  db: WorkstationDb,
  storeId: string,
  result: SnapshotImportResult,
  now: number,
  onProgress?: (done: number, total: number) => void,
): Promise<SnapshotImportRecord> {
  const competitors = (await db.competitors.where('storeId').equals(storeId).toArray()).filter(
    (c) => c.deletedAt === undefined,
  );
  const byItem = new Map(competitors.filter((c) => c.itemId).map((c) => [c.itemId as string, c]));
  const byName = new Map(competitors.map((c) => [c.name.toLowerCase(), c]));
  const groups = new Map<Competitor, SnapshotImportRow[]>();
  const created: Competitor[] = [];
  for (const row of result.rows) {
    let competitor =
      (row.itemId ? byItem.get(row.itemId) : undefined) ??
      (row.store ? byName.get(row.store.toLowerCase()) : undefined);
    if (!competitor) {
      competitor = {
        id: crypto.randomUUID(),
        storeId,
        name: row.store ?? row.itemId ?? '',
        url: row.itemId ? itemUrl(row.itemId) : '',
        category: '',
        tags: [],
        notes: '',
        updatedAt: now,
        updatedBy: DEVICE,
      };
      if (row.itemId) competitor.itemId = row.itemId;
      created.push(competitor);
      if (row.itemId) byItem.set(row.itemId, competitor);
      byName.set(competitor.name.toLowerCase(), competitor);
    }
    groups.set(competitor, [...(groups.get(competitor) ?? []), row]);
  }
  const record: SnapshotImportRecord = {
    id: crypto.randomUUID(),
    storeId,
    fileName: result.fileName,
    rows: result.rows.length,
    competitorIds: [...groups.keys()].map((c) => c.id),
    at: now,
  };
  if (created.length > 0) await db.competitors.bulkPut(created);
  let done = 0;
  for (const [competitor, rows] of groups) {
    for (let i = 0; i < rows.length; i += 2000) {
      const chunk = rows.slice(i, i + 2000);
      await db.transaction('rw', db.competitorSnapshots, db.competitorSummaries, async () => {
        await db.competitorSnapshots.bulkPut(
          chunk.map((row) => {
            const takenAt = Date.parse(`${row.day}T12:00:00Z`);
            return {
              id: `${competitor.id}|${takenAt}`,
              competitorId: competitor.id,
              takenAt,
              day: row.day,
              listingTitle: competitor.listingTitle ?? '',
              price: row.price,
              ...(row.priceMax !== undefined ? { priceMax: row.priceMax } : {}),
              orders: row.sold,
              soldRounded: row.soldRounded,
              rating: row.rating,
              reviews: row.reviews,
              ...(row.shipping ? { shipping: row.shipping } : {}),
              source: 'import' as const,
              importBatchId: record.id,
            };
          }),
        );
        if (i + 2000 >= rows.length) await refreshSummary(db, competitor);
      });
      done += chunk.length;
      onProgress?.(done, result.rows.length);
      await yieldToPage();
    }
  }
  const list = ((await db.settings.get(SNAPSHOT_IMPORTS_KEY))?.value ?? []) as SnapshotImportRecord[];
  await db.settings.put({ key: SNAPSHOT_IMPORTS_KEY, value: [record, ...list] });
  return record;
}

export async function snapshotImports(db: WorkstationDb, storeId: string): Promise<SnapshotImportRecord[]> {
  const list = ((await db.settings.get(SNAPSHOT_IMPORTS_KEY))?.value ?? []) as SnapshotImportRecord[];
  return list.filter((r) => r.storeId === storeId);
}

/** Removes the import's snapshots and refreshes the competitors it touched. */
export async function undoSnapshotImport(db: WorkstationDb, record: SnapshotImportRecord): Promise<void> {
  await db.competitorSnapshots.where('importBatchId').equals(record.id).delete();
  const competitors = await db.competitors.bulkGet(record.competitorIds);
  await db.transaction('rw', db.competitorSnapshots, db.competitorSummaries, async () => {
    for (const competitor of competitors) if (competitor) await refreshSummary(db, competitor);
  });
  const list = ((await db.settings.get(SNAPSHOT_IMPORTS_KEY))?.value ?? []) as SnapshotImportRecord[];
  await db.settings.put({ key: SNAPSHOT_IMPORTS_KEY, value: list.filter((r) => r.id !== record.id) });
}
