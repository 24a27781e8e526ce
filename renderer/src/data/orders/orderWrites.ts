import type { Rollup } from '@shared/analytics/rollup';
import type { Order, OrderLine } from '@shared/domain/types';
import type { WorkstationDb } from '../../db/db';
import { dropFromShipQueue, syncShipQueue, type QueueItem } from '../shipQueue';
import { buyerFacts, firstCountedOrder, type BuyerOrderFacts } from './buyers';
import type { OrderHistory } from './orderHistory';
import { orderChangeDelta } from './rollupDelta';

/** One order to write: `next` replaces whatever is stored under `id`; no `next` deletes it. */
export interface OrderChange {
  id: string;
  next?: Order;
  nextLines: OrderLine[];
}

export interface OrderChangeResult {
  /** What the change did to the rollups; the caller applies it now or later. */
  delta: Rollup;
  /** The stored version each change replaced, in the order of the changes. */
  previous: { id: string; previous?: Order; previousLines?: OrderLine[] }[];
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

const groupByBuyer = (orders: readonly BuyerOrderFacts[]) => groupBy(orders, (o) => o.buyerId);
const linesByOrder = (lines: readonly OrderLine[]) => groupBy(lines, (l) => l.orderId);

/** Each touched buyer's orders after the change: their stored orders minus the changed ids plus the new versions. */
function buyerOrdersAfter(
  before: readonly BuyerOrderFacts[],
  changes: readonly OrderChange[],
): BuyerOrderFacts[] {
  const changed = new Set(changes.map((c) => c.id));
  const kept = before.filter((order) => !changed.has(order.id));
  return [...kept, ...changes.flatMap((c) => (c.next ? [buyerFacts(c.next)] : []))];
}

function firstOrdersOf(buyerIds: readonly string[], orders: readonly BuyerOrderFacts[]): BuyerOrderFacts[] {
  const groups = groupByBuyer(orders);
  return buyerIds.flatMap((id) => {
    const first = firstCountedOrder(groups.get(id) ?? []);
    return first ? [first] : [];
  });
}

/**
 * Writes orders and their lines, and works out the rollup delta (old versions out, new in,
 * newBuyers moved to each buyer's new first order), and keeps the ship-by queue in step. Must run inside a rw
 * transaction over orders, orderLines and shipQueueTables(db): it reads before it writes, and they must see the
 * same data.
 */
export async function applyOrderChanges(
  db: WorkstationDb,
  history: OrderHistory,
  changes: readonly OrderChange[],
): Promise<OrderChangeResult> {
  const ids = changes.map((c) => c.id);
  const [current, currentLines] = await Promise.all([history.currentOrders(ids), history.currentLines(ids)]);
  const currentOrders = current.filter((o): o is Order => o !== undefined);
  const buyerIds = [
    ...new Set([...currentOrders, ...changes.flatMap((c) => (c.next ? [c.next] : []))].map((o) => o.buyerId)),
  ];
  const buyerBefore = await history.buyerOrders(buyerIds);
  const buyerAfter = buyerOrdersAfter(buyerBefore, changes);

  const nextOrders = changes.flatMap((c) => (c.next ? [c.next] : []));
  const nextLines = changes.flatMap((c) => (c.next ? c.nextLines : []));
  const nextLineIds = new Set(nextLines.map((l) => l.id));
  const removedIds = changes.filter((c) => !c.next).map((c) => c.id);
  await Promise.all([
    db.orders.bulkPut(nextOrders),
    db.orders.bulkDelete(removedIds),
    db.orderLines.bulkDelete(currentLines.filter((l) => !nextLineIds.has(l.id)).map((l) => l.id)),
    db.orderLines.bulkPut(nextLines),
  ]);
  const itemsByOrder = new Map<string, QueueItem[]>();
  for (const line of nextLines) {
    const item = { productId: line.productId, quantity: line.quantity };
    const list = itemsByOrder.get(line.orderId);
    if (list) list.push(item);
    else itemsByOrder.set(line.orderId, [item]);
  }
  await syncShipQueue(db, nextOrders, (id) => itemsByOrder.get(id) ?? []);
  await dropFromShipQueue(db, removedIds);
  history.remember(nextOrders, removedIds);

  const delta = orderChangeDelta(
    { orders: currentOrders, lines: currentLines, firstOrders: firstOrdersOf(buyerIds, buyerBefore) },
    { orders: nextOrders, lines: nextLines, firstOrders: firstOrdersOf(buyerIds, buyerAfter) },
  );
  const oldLines = linesByOrder(currentLines);
  const previous = changes.map((c, index) => {
    const old = current[index];
    return old ? { id: c.id, previous: old, previousLines: oldLines.get(c.id) ?? [] } : { id: c.id };
  });
  return { delta, previous };
}
