/**
 * The one write of SKU rows that keeps the own price history: every caller that changes SKUs (catalog editor
 * save, bulk edit, duplicate, import) writes them through writeSkus(), which appends a price event for each SKU
 * whose price is new or different. Must run inside a transaction that includes db.skus and db.priceEvents
 *, so the SKU and its event are written together or not at all.
 */
import type { Sku } from '@shared/domain/types';
import type { PriceChangeSource } from '@shared/market/priceHistory';
import type { PriceEvent } from '@shared/market/types';
import type { WorkstationDb } from '../db/db';

/** Puts the SKUs and records a price event for every new SKU and every changed price. */
export async function writeSkus(
  db: WorkstationDb,
  skus: readonly Sku[],
  source: PriceChangeSource,
  at: number,
): Promise<void> {
  if (skus.length === 0) return;
  const before = await db.skus.bulkGet(skus.map((s) => s.id));
  const events: PriceEvent[] = [];
  skus.forEach((sku, i) => {
    const old = before[i];
    if (old && old.price.amount === sku.price.amount && old.price.currency === sku.price.currency) return;
    events.push({
      id: `${sku.id}|${at}|${crypto.randomUUID()}`,
      storeId: sku.storeId,
      skuId: sku.id,
      productId: sku.productId,
      at,
      price: sku.price,
      source,
    });
  });
  await db.skus.bulkPut([...skus]);
  if (events.length > 0) await db.priceEvents.bulkAdd(events);
}
