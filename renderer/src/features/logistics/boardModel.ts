/**
 * The ship-by board's rows: each awaiting order with its deadline, bucket and what the filters look at. Pure, so
 * sorting and filtering 20,000 orders is measured and tested without a page.
 */
import type { HostingMode, Order, Product } from '@shared/domain/types';
import {
  bucketOf,
  DEADLINE_BUCKETS,
  type DeadlineBucket,
  type DeadlineCalculator,
  type ShipByDeadline,
} from '@shared/logistics/deadline';

/** What the board reads of an order: a ShipQueueRow on the screen, a whole Order in tests. */
export type BoardOrder = Pick<
  Order,
  | 'id'
  | 'orderId'
  | 'buyerId'
  | 'buyerName'
  | 'country'
  | 'placedAt'
  | 'paidAt'
  | 'amount'
  | 'hostingMode'
  | 'carrier'
  | 'handlingDays'
  | 'parcelId'
>;

export interface BoardRow<O extends BoardOrder = BoardOrder> {
  order: O;
  paidAt: number;
  deadline: number;
  handlingDays: number;
  /** True when no product told the handling days and the fallback was used. */
  assumedHandling: boolean;
}

export function buildBoardRows<O extends BoardOrder>(
  orders: readonly O[],
  handlingByOrder: ReadonlyMap<string, number>,
  calculator: DeadlineCalculator,
  fallbackHandlingDays: number,
): BoardRow<O>[] {
  const rows: BoardRow<O>[] = new Array(orders.length);
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i] as O;
    const known = order.handlingDays ?? handlingByOrder.get(order.id);
    const handlingDays = known ?? fallbackHandlingDays;
    const paidAt = order.paidAt ?? order.placedAt;
    rows[i] = {
      order,
      paidAt,
      deadline: calculator.deadline(paidAt, handlingDays),
      handlingDays,
      assumedHandling: known === undefined,
    };
  }
  // Deadline order once here; grouping and every other sort start from it (see groupRows).
  return byDeadline(rows);
}

/** The board's rows from queue rows that carry their stored deadline (ShipQueueRow), in deadline order. */
export function queueBoardRows<O extends BoardOrder & ShipByDeadline>(orders: readonly O[]): BoardRow<O>[] {
  const rows: BoardRow<O>[] = new Array(orders.length);
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i] as O;
    rows[i] = {
      order,
      paidAt: order.paidAt ?? order.placedAt,
      deadline: order.deadlineAt,
      handlingDays: order.shipByDays,
      assumedHandling: order.handlingAssumed,
    };
  }
  return byDeadline(rows);
}

export type BoardSort = 'deadline' | 'placed' | 'country' | 'amount';

export interface BoardFilter {
  country: string | null;
  carrier: string | null;
  hostingMode: HostingMode | null;
  /** Order ids that contain the chosen product (null: any product). */
  productOrders: ReadonlySet<string> | null;
  /** Fully managed orders are the platform's: shown in their own view. */
  platformShips: boolean;
}

export const NO_FILTER: BoardFilter = {
  country: null,
  carrier: null,
  hostingMode: null,
  productOrders: null,
  platformShips: false,
};

export function filterRows<R extends BoardRow>(rows: readonly R[], filter: BoardFilter): R[] {
  return rows.filter(({ order }) => {
    if ((order.hostingMode === 'fully-managed') !== filter.platformShips) return false;
    if (filter.country && order.country !== filter.country) return false;
    if (filter.carrier && order.carrier !== filter.carrier) return false;
    if (filter.hostingMode && order.hostingMode !== filter.hostingMode) return false;
    if (filter.productOrders && !filter.productOrders.has(order.id)) return false;
    return true;
  });
}

export type BoardItem<R extends BoardRow = BoardRow> =
  { kind: 'header'; bucket: DeadlineBucket; count: number } | { kind: 'row'; row: R; bucket: DeadlineBucket };

/** Rows by deadline, earliest first (stable). buildBoardRows returns them so: grouping then needs no sort. */
export function byDeadline<R extends BoardRow>(rows: readonly R[]): R[] {
  for (let i = 1; i < rows.length; i++)
    if ((rows[i] as R).deadline < (rows[i - 1] as R).deadline)
      return [...rows].sort((a, b) => a.deadline - b.deadline);
  return rows as R[];
}

/** `group` (in deadline order) re-ordered by the chosen key, ties kept in deadline order. */
function sortGroup<R extends BoardRow>(group: R[], sort: BoardSort): R[] {
  if (sort === 'deadline' || group.length < 2) return group;
  if (sort === 'country') {
    // Few distinct countries: a stable counting sort by the country's rank, linear in the rows.
    const ranks = new Map<string, number>();
    for (const row of group) if (!ranks.has(row.order.country)) ranks.set(row.order.country, 0);
    [...ranks.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).forEach((c, i) => ranks.set(c, i));
    const starts = new Array<number>(ranks.size + 1).fill(0);
    const rankOf = new Uint32Array(group.length);
    group.forEach((row, i) => {
      const rank = ranks.get(row.order.country) as number;
      rankOf[i] = rank;
      starts[rank + 1] = (starts[rank + 1] as number) + 1;
    });
    for (let r = 1; r < starts.length; r++) starts[r] = (starts[r] as number) + (starts[r - 1] as number);
    const out = new Array<R>(group.length);
    group.forEach((row, i) => {
      const rank = rankOf[i] as number;
      out[starts[rank] as number] = row;
      starts[rank] = (starts[rank] as number) + 1;
    });
    return out;
  }
  // Newest placed first / largest amount first: a numeric key per row, index order (= deadline order) on ties.
  const keys = new Float64Array(group.length);
  group.forEach((row, i) => (keys[i] = sort === 'placed' ? row.order.placedAt : row.order.amount));
  const order = Array.from(group.keys()).sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);
  return order.map((i) => group[i] as R);
}

/** Rows grouped overdue → 24 h → 48 h → 72 h → later, each group sorted by the chosen key (then deadline). */
export function groupRows<R extends BoardRow>(
  rows: readonly R[],
  now: number,
  sort: BoardSort,
): BoardItem<R>[] {
  const groups = new Map<DeadlineBucket, R[]>(DEADLINE_BUCKETS.map((b) => [b, []]));
  for (const row of byDeadline(rows)) groups.get(bucketOf(row.deadline, now))?.push(row);
  const items: BoardItem<R>[] = [];
  for (const bucket of DEADLINE_BUCKETS) {
    const group = groups.get(bucket) ?? [];
    if (group.length === 0) continue;
    items.push({ kind: 'header', bucket, count: group.length });
    for (const row of sortGroup(group, sort)) items.push({ kind: 'row', row, bucket });
  }
  return items;
}

export function bucketCounts(rows: readonly BoardRow[], now: number): Record<DeadlineBucket, number> {
  const counts = Object.fromEntries(DEADLINE_BUCKETS.map((b) => [b, 0])) as Record<DeadlineBucket, number>;
  for (const row of rows) counts[bucketOf(row.deadline, now)] += 1;
  return counts;
}

/** The longest handling days over an order's lines, for orders the import left without it. */
export function handlingFromLines(
  lines: readonly { orderId: string; productId: string }[],
  products: ReadonlyMap<string, Pick<Product, 'handlingDays'>>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of lines) {
    const days = products.get(line.productId)?.handlingDays;
    if (days === undefined) continue;
    out.set(line.orderId, Math.max(out.get(line.orderId) ?? 0, days));
  }
  return out;
}

/** The same from the products each queue row lists (ShipQueueRow.productIds), for orders without their own days. */
export function handlingFromProducts(
  orders: readonly { id: string; productIds: readonly string[]; handlingDays?: number }[],
  products: ReadonlyMap<string, Pick<Product, 'handlingDays'>>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const order of orders) {
    if (order.handlingDays !== undefined) continue;
    let longest: number | undefined;
    for (const id of order.productIds) {
      const days = products.get(id)?.handlingDays;
      if (days !== undefined) longest = Math.max(longest ?? 0, days);
    }
    if (longest !== undefined) out.set(order.id, longest);
  }
  return out;
}
