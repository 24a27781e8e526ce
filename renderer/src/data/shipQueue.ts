/**
 * The ship-by board's queue (table `shipQueue`, see ShipQueueRow): one row per order awaiting shipment. Every write
 * path here that changes an order calls syncShipQueue inside its own transaction, so the queue commits with the
 * orders; rebuildShipQueue makes a store's queue from its orders (the demo's writer, and a repair).
 */
import type { Order } from '@shared/domain/types';
import type { ShipQueueRow, WorkstationDb } from '../db/db';
import { buildShipQueueRows, shipQueueRowOf } from '../db/shipQueueUpgrade';

export { shipQueueRowOf };

/**
 * Brings the queue in step with orders just written: an awaiting order gets (or keeps) its row, any other
 * status loses it. `productIdsOf` gives an order's products when its lines were written with it; without it the
 * row keeps the products it had (its lines did not change), or reads them from the stored lines.
 * Must run inside a rw transaction that includes shipQueue (and orderLines when `productIdsOf` is not given).
 */
export async function syncShipQueue(
  db: WorkstationDb,
  orders: readonly Order[],
  productIdsOf?: (orderId: string) => readonly string[],
): Promise<void> {
  const awaiting = orders.filter((o) => o.status === 'awaiting-shipment');
  const gone = orders.filter((o) => o.status !== 'awaiting-shipment').map((o) => o.id);
  if (gone.length > 0) await db.shipQueue.bulkDelete(gone);
  if (awaiting.length === 0) return;
  let known: (ShipQueueRow | undefined)[] = [];
  if (!productIdsOf) known = await db.shipQueue.bulkGet(awaiting.map((o) => o.id));
  const rows = await Promise.all(
    awaiting.map(async (order, i) => {
      const productIds =
        productIdsOf?.(order.id) ??
        known[i]?.productIds ??
        (await db.orderLines.where('orderId').equals(order.id).toArray()).map((l) => l.productId);
      return shipQueueRowOf(order, productIds) as ShipQueueRow;
    }),
  );
  await db.shipQueue.bulkPut(rows);
}

/** Removes the rows of deleted orders. */
export function dropFromShipQueue(db: WorkstationDb, orderIds: readonly string[]): Promise<void> {
  return orderIds.length === 0 ? Promise.resolve() : db.shipQueue.bulkDelete([...orderIds]);
}

/** Rewrites one store's queue from its stored orders and lines. */
export async function rebuildShipQueue(db: WorkstationDb, storeId: string): Promise<number> {
  return db.transaction('rw', [db.orders, db.orderLines, db.shipQueue], async () => {
    const rows = await buildShipQueueRows(db.orders, db.orderLines, storeId);
    await db.shipQueue.where('storeId').equals(storeId).delete();
    await db.shipQueue.bulkPut(rows);
    return rows.length;
  });
}

/** One store's queue, read with the storeId index; outside a liveQuery, so 20,000 rows are not tracked one by one. */
export function shipQueueOf(db: WorkstationDb, storeId: string): Promise<ShipQueueRow[]> {
  return db.shipQueue.where('storeId').equals(storeId).toArray();
}
