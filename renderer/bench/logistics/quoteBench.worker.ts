/**
 * The bench's "quote all parcels" step off the page thread: reads the store's ship-by queue (one index range: each
 * row carries its order's lines with their quantities) and the products, builds each order's parcel from the
 * catalog and quotes it against every rate row with one prepared quoter.
 */
import { rateQuoter } from '@shared/logistics/quote';
import { shipQueueOf } from '../../src/data/shipQueue';
import { db } from '../../src/db/db';
import { parcelFor } from '../../src/features/logistics/parcelMath';

self.onmessage = async (message: MessageEvent<{ storeId: string }>) => {
  const t0 = performance.now();
  const { storeId } = message.data;
  const [queue, products, tables] = await Promise.all([
    shipQueueOf(db, storeId),
    db.products.where('storeId').equals(storeId).toArray(),
    db.rateTables.toArray(),
  ]);
  const byId = new Map(products.map((p) => [p.id, p]));
  const quoter = rateQuoter(tables.flatMap((t) => (t.deletedAt ? [] : t.rows)));
  const read = performance.now();
  let options = 0;
  for (const row of queue) {
    const lines = row.items.map((item) => ({ orderId: row.id, ...item }));
    options += quoter.quote(parcelFor(row.id, [row], lines, byId)).options.length;
  }
  self.postMessage({
    seconds: (performance.now() - t0) / 1000,
    readSeconds: (read - t0) / 1000,
    quoted: queue.length,
    options,
  });
};
