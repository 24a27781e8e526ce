import Dexie, { type EntityTable, type InsertType, type Transaction } from 'dexie';
import type { Order, OrderLine, Store } from '@shared/domain/types';
import type { ShipQueueRow } from './rows';

/** The board's row of an order awaiting shipment, or null for any other status (the order has no row then). */
export function shipQueueRowOf(order: Order, productIds: Iterable<string>): ShipQueueRow | null {
  if (order.status !== 'awaiting-shipment') return null;
  const row: ShipQueueRow = {
    id: order.id,
    storeId: order.storeId,
    orderId: order.orderId,
    buyerId: order.buyerId,
    country: order.country,
    placedAt: order.placedAt,
    amount: order.amount,
    currency: order.currency,
    hostingMode: order.hostingMode,
    status: 'awaiting-shipment',
    productIds: [...new Set(productIds)],
  };
  if (order.buyerName !== undefined) row.buyerName = order.buyerName;
  if (order.paidAt !== undefined) row.paidAt = order.paidAt;
  if (order.carrier !== undefined) row.carrier = order.carrier;
  if (order.handlingDays !== undefined) row.handlingDays = order.handlingDays;
  if (order.parcelId !== undefined) row.parcelId = order.parcelId;
  if (order.shipTo !== undefined) row.shipTo = order.shipTo;
  if (order.cashOnDelivery !== undefined) row.cashOnDelivery = order.cashOnDelivery;
  if (order.vatCollected !== undefined) row.vatCollected = order.vatCollected;
  if (order.parentOrderId !== undefined) row.parentOrderId = order.parentOrderId;
  return row;
}

/** The queue rows of one store's awaiting orders, read from the orders' status index and their lines. */
export async function buildShipQueueRows(
  orders: EntityTable<Order, 'id'>,
  lines: EntityTable<OrderLine, 'id'>,
  storeId: string,
): Promise<ShipQueueRow[]> {
  const awaiting = await orders
    .where('[storeId+status+placedAt]')
    .between([storeId, 'awaiting-shipment', Dexie.minKey], [storeId, 'awaiting-shipment', Dexie.maxKey])
    .toArray();
  const productIds = await Promise.all(
    awaiting.map(async (order) =>
      (await lines.where('orderId').equals(order.id).toArray()).map((l) => l.productId),
    ),
  );
  return awaiting.flatMap((order, i) => shipQueueRowOf(order, productIds[i] ?? []) ?? []);
}

/** v16: every store's awaiting orders get their queue row, once. */
export async function fillShipQueueV16(tx: Transaction): Promise<void> {
  const stores = await tx.table<Store, string>('stores').toArray();
  for (const store of stores) {
    const rows = await buildShipQueueRows(
      tx.table<Order, string, InsertType<Order, 'id'>>('orders'),
      tx.table<OrderLine, string, InsertType<OrderLine, 'id'>>('orderLines'),
      store.id,
    );
    await tx.table<ShipQueueRow, string>('shipQueue').bulkPut(rows);
  }
}
