/**
 * The ship-by board's queue (table `shipQueue`, see ShipQueueRow): one row per order awaiting shipment, with its
 * ship-by deadline. Every write path here that changes an order calls syncShipQueue inside its own transaction,
 * so the queue commits with the orders; rebuildShipQueue makes a store's queue from its orders (the demo's writer,
 * and a repair); saveShipByRule writes the rule and counts every deadline again in one transaction.
 */
import Dexie from 'dexie';
import type { Order } from '@shared/domain/types';
import type { ShipByRuleSetting } from '@shared/logistics/deadline';
import type { ShipQueueRow, WorkstationDb } from '../db/db';
import {
  buildShipQueueRows,
  queueItemsOf,
  readShipByContext,
  shipQueueRowOf,
  withShipBy,
  type QueueItem,
  type ShipByContext,
} from '../db/shipQueueUpgrade';
import { SHIP_BY_SETTING_KEY } from './shopClosures';

export { shipQueueRowOf, withShipBy, type QueueItem, type ShipByContext };

/** The tables syncShipQueue reads and writes besides the orders': add them to the calling transaction's scope. */
export function shipQueueTables(db: WorkstationDb) {
  return [db.shipQueue, db.settings, db.products] as const;
}

/** The ship-by rule and the handling days of these products, for counting deadlines. */
export function shipByContextOf(db: WorkstationDb, productIds: Iterable<string>): Promise<ShipByContext> {
  return readShipByContext(db.settings, db.products, productIds);
}

/**
 * Brings the queue in step with orders just written: an awaiting order gets (or keeps) its row with its deadline,
 * any other status loses it. `itemsOf` gives an order's lines when they were written with it; without it the row
 * keeps the lines it had (they did not change), or reads them from the stored lines. Must run inside a rw
 * transaction that includes shipQueueTables(db) (and orderLines when `itemsOf` is not given).
 */
export async function syncShipQueue(
  db: WorkstationDb,
  orders: readonly Order[],
  itemsOf?: (orderId: string) => readonly QueueItem[],
): Promise<void> {
  const awaiting = orders.filter((o) => o.status === 'awaiting-shipment');
  const gone = orders.filter((o) => o.status !== 'awaiting-shipment').map((o) => o.id);
  if (gone.length > 0) await db.shipQueue.bulkDelete(gone);
  if (awaiting.length === 0) return;
  let known: (ShipQueueRow | undefined)[] = [];
  if (!itemsOf) known = await db.shipQueue.bulkGet(awaiting.map((o) => o.id));
  const items = await Promise.all(
    awaiting.map(
      async (order, i) =>
        itemsOf?.(order.id) ??
        known[i]?.items ??
        queueItemsOf(await db.orderLines.where('orderId').equals(order.id).toArray()),
    ),
  );
  const needProducts = awaiting.flatMap((order, i) =>
    order.handlingDays === undefined ? (items[i] ?? []).map((item) => item.productId) : [],
  );
  const context = await shipByContextOf(db, needProducts);
  const rows = awaiting.map((order, i) => shipQueueRowOf(order, items[i] ?? [], context) as ShipQueueRow);
  await db.shipQueue.bulkPut(rows);
}

/** Removes the rows of deleted orders. */
export function dropFromShipQueue(db: WorkstationDb, orderIds: readonly string[]): Promise<void> {
  return orderIds.length === 0 ? Promise.resolve() : db.shipQueue.bulkDelete([...orderIds]);
}

/** Rewrites one store's queue from its stored orders and lines. */
export async function rebuildShipQueue(db: WorkstationDb, storeId: string): Promise<number> {
  return db.transaction('rw', [db.orders, db.orderLines, ...shipQueueTables(db)], async () => {
    const rows = await buildShipQueueRows(db.orders, db.orderLines, storeId, (ids) =>
      shipByContextOf(db, ids),
    );
    await db.shipQueue.where('storeId').equals(storeId).delete();
    await db.shipQueue.bulkPut(rows);
    return rows.length;
  });
}

const RECOUNT_PAGE = 2000;

/**
 * Counts every stored deadline again (all stores, a page at a time so no task runs long) and writes the rows
 * whose deadline changed. Must run inside a rw transaction over shipQueueTables(db). Returns how many changed.
 */
async function recountAll(db: WorkstationDb): Promise<number> {
  let changed = 0;
  let after: string | undefined;
  for (;;) {
    const page = await (
      after === undefined ? db.shipQueue.orderBy(':id') : db.shipQueue.where(':id').above(after)
    )
      .limit(RECOUNT_PAGE)
      .toArray();
    if (page.length === 0) return changed;
    after = page[page.length - 1]?.id;
    const context = await shipByContextOf(
      db,
      page.flatMap((r) => r.productIds),
    );
    const next = page.map((row) => withShipBy(row, context)).filter((row, i) => row !== page[i]);
    if (next.length > 0) await db.shipQueue.bulkPut(next);
    changed += next.length;
  }
}

/** Saves the seller's ship-by rule and closures and, in the same transaction, every deadline they move. */
export function saveShipByRule(db: WorkstationDb, setting: ShipByRuleSetting): Promise<number> {
  return db.transaction('rw', shipQueueTables(db), async () => {
    await db.settings.put({ key: SHIP_BY_SETTING_KEY, value: setting });
    return recountAll(db);
  });
}

/**
 * Counts the deadlines of these rows again against the stored rule and the catalog as it is now, and writes
 * those that moved (a product's handling days edited since the row was written). Returns the rows that changed.
 */
export function refreshShipQueueDeadlines(
  db: WorkstationDb,
  orderIds: readonly string[],
): Promise<ShipQueueRow[]> {
  if (orderIds.length === 0) return Promise.resolve([]);
  return db.transaction('rw', shipQueueTables(db), async () => {
    const rows = (await db.shipQueue.bulkGet([...orderIds])).filter((r) => r !== undefined);
    const context = await shipByContextOf(
      db,
      rows.flatMap((r) => r.productIds),
    );
    const next = rows.map((row) => withShipBy(row, context)).filter((row, i) => row !== rows[i]);
    if (next.length > 0) await db.shipQueue.bulkPut(next);
    return next;
  });
}

/** One store's queue, read with the storeId index; outside a liveQuery, so 20,000 rows are not tracked one by one. */
export function shipQueueOf(db: WorkstationDb, storeId: string): Promise<ShipQueueRow[]> {
  return db.shipQueue.where('storeId').equals(storeId).toArray();
}

/** Where a read in deadline order stopped: the last deadline read and how many rows with it were read. */
export interface QueueCursor {
  deadlineAt: number;
  ties: number;
}

/**
 * The next `limit` rows of a store's queue in deadline order (ties by order id), after `cursor` (null: from the
 * start), and where to go on from. Pages of one read join up as long as the queue did not change in between.
 */
export async function shipQueuePage(
  db: WorkstationDb,
  storeId: string,
  cursor: QueueCursor | null,
  limit: number,
): Promise<{ rows: ShipQueueRow[]; next: QueueCursor | null }> {
  const from = cursor ? [storeId, cursor.deadlineAt] : [storeId, Dexie.minKey];
  const skip = cursor?.ties ?? 0;
  const read = await db.shipQueue
    .where('[storeId+deadlineAt]')
    .between(from, [storeId, Dexie.maxKey], true, true)
    .limit(limit + skip)
    .toArray();
  const rows = skip > 0 ? read.slice(skip) : read;
  if (read.length < limit + skip) return { rows, next: null };
  const last = read[read.length - 1] as ShipQueueRow;
  let ties = 0;
  for (let i = read.length - 1; i >= 0 && (read[i] as ShipQueueRow).deadlineAt === last.deadlineAt; i--)
    ties++;
  // The rows read with the last deadline (the skipped ones among them when it is the cursor's): the next page
  // starts at that deadline and skips them.
  return { rows, next: { deadlineAt: last.deadlineAt, ties } };
}
