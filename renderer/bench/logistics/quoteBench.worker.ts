/**
 * The bench's "quote all parcels" step off the page thread: reads the store's awaiting orders, their lines and the
 * products from IndexedDB, builds each order's parcel from the catalog and quotes it against every rate row.
 */
import { quoteParcel } from '@shared/logistics/quote';
import { awaitingOrders } from '../../src/data/shipping';
import { db } from '../../src/db/db';
import { parcelFor } from '../../src/features/logistics/parcelMath';

self.onmessage = async (message: MessageEvent<{ storeId: string }>) => {
  const t0 = performance.now();
  const { storeId } = message.data;
  const orders = await awaitingOrders(db, storeId);
  const lines = await db.orderLines
    .where('orderId')
    .anyOf(orders.map((o) => o.id))
    .toArray();
  const products = new Map(
    (await db.products.where('storeId').equals(storeId).toArray()).map((p) => [p.id, p]),
  );
  const rates = (await db.rateTables.toArray()).flatMap((t) => (t.deletedAt ? [] : t.rows));
  const byOrder = new Map<string, typeof lines>();
  for (const line of lines) {
    const list = byOrder.get(line.orderId) ?? [];
    list.push(line);
    byOrder.set(line.orderId, list);
  }
  const read = performance.now();
  let options = 0;
  for (const order of orders)
    options += quoteParcel(parcelFor(order.id, [order], byOrder.get(order.id) ?? [], products), rates).options
      .length;
  self.postMessage({
    seconds: (performance.now() - t0) / 1000,
    readSeconds: (read - t0) / 1000,
    quoted: orders.length,
    options,
  });
};
