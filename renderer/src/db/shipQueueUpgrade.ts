import Dexie, { type EntityTable, type InsertType, type Table, type Transaction } from 'dexie';
import type { Order, OrderLine, Product, Setting, Store } from '@shared/domain/types';
import {
  readShipBySetting,
  SHIP_BY_SETTING_KEY,
  shipByDeadline,
  shipByRules,
  type ShipByRules,
} from '@shared/logistics/deadline';
import type { ShipQueueRow } from './rows';

/** What a queue row's deadline is counted from: the ship-by rules and the catalog's handling days. */
export interface ShipByContext {
  rules: ShipByRules;
  productDays(productId: string): number | undefined;
}

/** An order's lines as its queue row keeps them. */
export type QueueItem = ShipQueueRow['items'][number];

export function queueItemsOf(lines: readonly Pick<OrderLine, 'productId' | 'quantity'>[]): QueueItem[] {
  return lines.map((l) => ({ productId: l.productId, quantity: l.quantity }));
}

/**
 * The rules from the settings table and the handling days of the given products, read once for a batch of rows.
 * Inside a transaction both tables must be in its scope.
 */
export async function readShipByContext(
  settings: Pick<Table<Setting, string>, 'get'>,
  products: Pick<Table<Product, string>, 'bulkGet'>,
  productIds: Iterable<string>,
): Promise<ShipByContext> {
  const ids = [...new Set(productIds)];
  const [setting, found] = await Promise.all([
    settings.get(SHIP_BY_SETTING_KEY),
    ids.length > 0 ? products.bulkGet(ids) : Promise.resolve([]),
  ]);
  const days = new Map<string, number>();
  for (const product of found)
    if (product?.handlingDays !== undefined) days.set(product.id, product.handlingDays);
  return { rules: shipByRules(readShipBySetting(setting?.value)), productDays: (id) => days.get(id) };
}

/** The board's row of an order awaiting shipment, or null for any other status (the order has no row then). */
export function shipQueueRowOf(
  order: Order,
  items: readonly QueueItem[],
  context: ShipByContext,
): ShipQueueRow | null {
  if (order.status !== 'awaiting-shipment') return null;
  const productIds = [...new Set(items.map((i) => i.productId))];
  const base = {
    id: order.id,
    storeId: order.storeId,
    orderId: order.orderId,
    buyerId: order.buyerId,
    country: order.country,
    placedAt: order.placedAt,
    amount: order.amount,
    currency: order.currency,
    hostingMode: order.hostingMode,
    status: 'awaiting-shipment' as const,
    productIds,
    items: [...items],
  };
  const row: ShipQueueRow = {
    ...base,
    ...shipByDeadline(
      { paidAt: order.paidAt, placedAt: order.placedAt, handlingDays: order.handlingDays, productIds },
      context.productDays,
      context.rules,
    ),
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

/** The same row with its deadline counted again; the row itself when nothing changed. */
export function withShipBy(row: ShipQueueRow, context: ShipByContext): ShipQueueRow {
  const next = shipByDeadline(row, context.productDays, context.rules);
  if (
    row.deadlineAt === next.deadlineAt &&
    row.shipByDays === next.shipByDays &&
    row.handlingAssumed === next.handlingAssumed &&
    row.deadlineRule === next.deadlineRule
  )
    return row;
  return { ...row, ...next };
}

/** The queue rows of one store's awaiting orders, read from the orders' status index and their lines. */
export async function buildShipQueueRows(
  orders: EntityTable<Order, 'id'>,
  lines: EntityTable<OrderLine, 'id'>,
  storeId: string,
  contextOf: (productIds: string[]) => Promise<ShipByContext>,
): Promise<ShipQueueRow[]> {
  const awaiting = await orders
    .where('[storeId+status+placedAt]')
    .between([storeId, 'awaiting-shipment', Dexie.minKey], [storeId, 'awaiting-shipment', Dexie.maxKey])
    .toArray();
  const items = await Promise.all(
    awaiting.map(async (order) => queueItemsOf(await lines.where('orderId').equals(order.id).toArray())),
  );
  const context = await contextOf(items.flat().map((i) => i.productId));
  return awaiting.flatMap((order, i) => shipQueueRowOf(order, items[i] ?? [], context) ?? []);
}

/** v16: every store's awaiting orders get their queue row, once (with the v17 fields, which v17 then keeps). */
export async function fillShipQueueV16(tx: Transaction): Promise<void> {
  const stores = await tx.table<Store, string>('stores').toArray();
  const settings = tx.table<Setting, string>('settings');
  const products = tx.table<Product, string>('products');
  for (const store of stores) {
    const rows = await buildShipQueueRows(
      tx.table<Order, string, InsertType<Order, 'id'>>('orders'),
      tx.table<OrderLine, string, InsertType<OrderLine, 'id'>>('orderLines'),
      store.id,
      (ids) => readShipByContext(settings, products, ids),
    );
    await tx.table<ShipQueueRow, string>('shipQueue').bulkPut(rows);
  }
}

/**
 * v17: the stored rows get their lines' quantities and their deadline, counted once with the stored rule. A
 * row v16 wrote has its products but not their quantities: those come from the order's lines.
 */
export async function upgradeShipQueueV17(tx: Transaction): Promise<void> {
  const queue = tx.table<ShipQueueRow, string>('shipQueue');
  const lines = tx.table<OrderLine, string>('orderLines');
  const rows = await queue.toArray();
  const missing = rows.filter((row) => !Array.isArray(row.items));
  const items = await Promise.all(
    missing.map(async (row) => queueItemsOf(await lines.where('orderId').equals(row.id).toArray())),
  );
  missing.forEach((row, i) => (row.items = items[i] ?? []));
  const context = await readShipByContext(
    tx.table<Setting, string>('settings'),
    tx.table<Product, string>('products'),
    rows.flatMap((r) => r.productIds ?? []),
  );
  await queue.bulkPut(rows.map((row) => withShipBy(row, context)));
}
