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
} from '@shared/logistics/deadline';

export interface BoardRow {
  order: Order;
  paidAt: number;
  deadline: number;
  handlingDays: number;
  /** True when no product told the handling days and the fallback was used. */
  assumedHandling: boolean;
}

export function buildBoardRows(
  orders: readonly Order[],
  handlingByOrder: ReadonlyMap<string, number>,
  calculator: DeadlineCalculator,
  fallbackHandlingDays: number,
): BoardRow[] {
  const rows: BoardRow[] = new Array(orders.length);
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i] as Order;
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
  return rows;
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

export function filterRows(rows: readonly BoardRow[], filter: BoardFilter): BoardRow[] {
  return rows.filter(({ order }) => {
    if ((order.hostingMode === 'fully-managed') !== filter.platformShips) return false;
    if (filter.country && order.country !== filter.country) return false;
    if (filter.carrier && order.carrier !== filter.carrier) return false;
    if (filter.hostingMode && order.hostingMode !== filter.hostingMode) return false;
    if (filter.productOrders && !filter.productOrders.has(order.id)) return false;
    return true;
  });
}

const COMPARE: Record<BoardSort, (a: BoardRow, b: BoardRow) => number> = {
  deadline: (a, b) => a.deadline - b.deadline,
  placed: (a, b) => b.order.placedAt - a.order.placedAt,
  country: (a, b) => (a.order.country < b.order.country ? -1 : a.order.country > b.order.country ? 1 : 0),
  amount: (a, b) => b.order.amount - a.order.amount,
};

export type BoardItem =
  | { kind: 'header'; bucket: DeadlineBucket; count: number }
  | { kind: 'row'; row: BoardRow; bucket: DeadlineBucket };

/** Rows grouped overdue → 24 h → 48 h → 72 h → later, each group sorted by the chosen key (then deadline). */
export function groupRows(rows: readonly BoardRow[], now: number, sort: BoardSort): BoardItem[] {
  const groups = new Map<DeadlineBucket, BoardRow[]>(DEADLINE_BUCKETS.map((b) => [b, []]));
  for (const row of rows) groups.get(bucketOf(row.deadline, now))?.push(row);
  const compare = COMPARE[sort];
  const items: BoardItem[] = [];
  for (const bucket of DEADLINE_BUCKETS) {
    const group = groups.get(bucket) ?? [];
    if (group.length === 0) continue;
    group.sort((a, b) => compare(a, b) || a.deadline - b.deadline);
    items.push({ kind: 'header', bucket, count: group.length });
    for (const row of group) items.push({ kind: 'row', row, bucket });
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
