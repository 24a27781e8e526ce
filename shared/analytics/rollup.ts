/**
 * Daily rollups the dashboards read instead of scanning orders (ARCHITECTURE.md §7).
 *
 * WHAT COUNTS — one rule for every figure, so the numbers agree with each other:
 *  - An order "counts" when it was paid and not cancelled: every status except 'awaiting-payment' and
 *    'cancelled'. Orders that don't count contribute nothing at all (no gmv, no refunds, no disputes), because
 *    an unpaid or cancelled order is not a sale and its refund is not a quality signal.
 *  - orders = counted orders; units = their itemCount; gmv = their `amount` (goods total, shipping excluded).
 *  - refunds = their refundAmount; refundedOrders = counted orders with refundAmount > 0 or status 'refunded'.
 *  - disputedOrders = counted orders that have (or had) a dispute: status 'disputed' or a disputeDeadline.
 *  - newBuyers = counted orders that are their buyer's first counted order (see firstOrderIdsByBuyer).
 *  - Everything is attributed to the order's placement day (`order.day`) and hosting mode, even a refund paid
 *    weeks later: the export has no refund date, and a fixed day keeps undo/re-import exact.
 *  - Product rows: each counted order's amount and refund are split over its lines in proportion to
 *    quantity × unitPrice (largest remainder), so product gmv adds up to order gmv even when the export's order
 *    total differs from the sum of its lines (discounts, coupons). A product counts the order once however many
 *    of its SKUs the order holds; units are the lines' quantities.
 *  - Traffic (visitors, productViews, addToCarts) is added per product's effective hosting mode.
 *  - Rows are keyed by store/day/mode only, so one store's rows must share one currency; mixing throws.
 *
 * Rollups are additive: rollup(A ∪ B) = merge(rollup(A), rollup(B)), and merging with sign −1 undoes a batch
 * exactly. A row whose figures all reach zero is dropped, so add-then-subtract returns the original maps.
 */
import type {
  CurrencyCode,
  DailyStat,
  DayKey,
  DimensionDay,
  HostingMode,
  Id,
  Order,
  OrderLine,
  OrderStatus,
  TrafficDay,
} from '@shared/domain/types';

export interface Rollup {
  daily: Map<Id, DailyStat>;
  dimensions: Map<Id, DimensionDay>;
}

export type RollupDimension = DimensionDay['dimension'];

const DAILY_FIELDS = [
  'orders',
  'units',
  'gmv',
  'refunds',
  'refundedOrders',
  'disputedOrders',
  'newBuyers',
  'visitors',
  'productViews',
  'addToCarts',
] as const satisfies readonly (keyof DailyStat)[];

const DIMENSION_FIELDS = [
  'orders',
  'units',
  'gmv',
  'refunds',
] as const satisfies readonly (keyof DimensionDay)[];

export function emptyRollup(): Rollup {
  return { daily: new Map(), dimensions: new Map() };
}

export function dailyStatId(storeId: Id, day: DayKey, hostingMode: HostingMode): Id {
  return `${storeId}|${day}|${hostingMode}`;
}

export function dimensionDayId(
  storeId: Id,
  dimension: RollupDimension,
  key: string,
  day: DayKey,
  hostingMode: HostingMode,
): Id {
  return `${storeId}|${dimension}|${key}|${day}|${hostingMode}`;
}

export function countsAsSale(status: OrderStatus): boolean {
  return status !== 'cancelled' && status !== 'awaiting-payment';
}

export function isRefundedOrder(order: Order): boolean {
  return order.refundAmount > 0 || order.status === 'refunded';
}

export function isDisputedOrder(order: Order): boolean {
  return order.status === 'disputed' || order.disputeDeadline !== undefined;
}

/**
 * Each buyer's first counted order (earliest placedAt, ties broken by id so the answer never depends on input
 * order). Importers that already know history should pass their own map built from all stored orders.
 */
export function firstOrderIdsByBuyer(orders: readonly Order[]): Map<Id, Id> {
  const first = new Map<Id, Order>();
  for (const order of orders) {
    if (!countsAsSale(order.status)) continue;
    const held = first.get(order.buyerId);
    if (!held || order.placedAt < held.placedAt || (order.placedAt === held.placedAt && order.id < held.id)) {
      first.set(order.buyerId, order);
    }
  }
  return new Map([...first].map(([buyerId, order]) => [buyerId, order.id]));
}

/** The one zero row of the daily rollup; every counter starts here (the rollup, an import's delta, a key's day). */
export function emptyDailyStat(
  storeId: Id,
  day: DayKey,
  hostingMode: HostingMode,
  currency: CurrencyCode,
): DailyStat {
  return {
    id: dailyStatId(storeId, day, hostingMode),
    storeId,
    day,
    hostingMode,
    currency,
    orders: 0,
    units: 0,
    gmv: 0,
    refunds: 0,
    refundedOrders: 0,
    disputedOrders: 0,
    newBuyers: 0,
    visitors: 0,
    productViews: 0,
    addToCarts: 0,
  };
}

function newDimensionDay(
  storeId: Id,
  dimension: RollupDimension,
  key: string,
  day: DayKey,
  hostingMode: HostingMode,
  currency: CurrencyCode,
): DimensionDay {
  return {
    id: dimensionDayId(storeId, dimension, key, day, hostingMode),
    storeId,
    dimension,
    key,
    day,
    hostingMode,
    currency,
    orders: 0,
    units: 0,
    gmv: 0,
    refunds: 0,
  };
}

function assertSameCurrency(rowId: Id, held: CurrencyCode, incoming: CurrencyCode): void {
  if (held !== incoming) {
    throw new RangeError(
      `Rollup row ${rowId} is in ${held} but an amount in ${incoming} was added; convert to the store currency first`,
    );
  }
}

function dailyRow(
  rollup: Rollup,
  storeId: Id,
  day: DayKey,
  mode: HostingMode,
  currency: CurrencyCode,
): DailyStat {
  const id = dailyStatId(storeId, day, mode);
  let row = rollup.daily.get(id);
  if (!row) {
    row = emptyDailyStat(storeId, day, mode, currency);
    rollup.daily.set(id, row);
  } else assertSameCurrency(id, row.currency, currency);
  return row;
}

function dimensionRow(rollup: Rollup, order: Order, dimension: RollupDimension, key: string): DimensionDay {
  const id = dimensionDayId(order.storeId, dimension, key, order.day, order.hostingMode);
  let row = rollup.dimensions.get(id);
  if (!row) {
    row = newDimensionDay(order.storeId, dimension, key, order.day, order.hostingMode, order.currency);
    rollup.dimensions.set(id, row);
  } else assertSameCurrency(id, row.currency, order.currency);
  return row;
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder; ties go to the earlier part).
 * Equal parts when every weight is zero. The parts always add up to `total` exactly.
 */
export function allocateProportionally(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const effective = weightSum > 0 ? weights : weights.map(() => 1);
  const effectiveSum = weightSum > 0 ? weightSum : weights.length;
  const sign = total < 0 ? -1 : 1;
  const magnitude = Math.abs(total);
  const exact = effective.map((weight) => (magnitude * weight) / effectiveSum);
  const parts = exact.map(Math.floor);
  let left = magnitude - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    parts[index] = (parts[index] as number) + 1;
    left -= 1;
  }
  return parts.map((part) => part * sign);
}

function addOrderToDaily(rollup: Rollup, order: Order, isNewBuyer: boolean): void {
  const row = dailyRow(rollup, order.storeId, order.day, order.hostingMode, order.currency);
  row.orders += 1;
  row.units += order.itemCount;
  row.gmv += order.amount;
  row.refunds += order.refundAmount;
  if (isRefundedOrder(order)) row.refundedOrders += 1;
  if (isDisputedOrder(order)) row.disputedOrders += 1;
  if (isNewBuyer) row.newBuyers += 1;
}

function addOrderToCountry(rollup: Rollup, order: Order): void {
  const row = dimensionRow(rollup, order, 'country', order.country);
  row.orders += 1;
  row.units += order.itemCount;
  row.gmv += order.amount;
  row.refunds += order.refundAmount;
}

function addOrderToProducts(rollup: Rollup, order: Order, lines: readonly OrderLine[]): void {
  if (lines.length === 0) return;
  const weights = lines.map((line) => line.quantity * line.unitPrice);
  const gmvParts = allocateProportionally(order.amount, weights);
  const refundParts = allocateProportionally(order.refundAmount, weights);
  const seen = new Set<Id>();
  lines.forEach((line, index) => {
    const row = dimensionRow(rollup, order, 'product', line.productId);
    if (!seen.has(line.productId)) {
      seen.add(line.productId);
      row.orders += 1;
    }
    row.units += line.quantity;
    row.gmv += gmvParts[index] as number;
    row.refunds += refundParts[index] as number;
  });
}

function groupLinesByOrder(lines: readonly OrderLine[]): Map<Id, OrderLine[]> {
  const byOrder = new Map<Id, OrderLine[]>();
  for (const line of lines) {
    const group = byOrder.get(line.orderId);
    if (group) group.push(line);
    else byOrder.set(line.orderId, [line]);
  }
  return byOrder;
}

/**
 * Rolls a batch of orders (and their lines; lines of orders not in the batch are ignored) up into daily and
 * dimension rows. `firstOrderIdByBuyer` decides newBuyers; when omitted it is computed from this batch alone,
 * which is right for a full rebuild and wrong for an incremental import (pass the map built from history).
 */
export function rollupOrders(
  orders: readonly Order[],
  lines: readonly OrderLine[],
  firstOrderIdByBuyer: ReadonlyMap<Id, Id> = firstOrderIdsByBuyer(orders),
): Rollup {
  const rollup = emptyRollup();
  const linesByOrder = groupLinesByOrder(lines);
  for (const order of orders) {
    if (!countsAsSale(order.status)) continue;
    addOrderToDaily(rollup, order, firstOrderIdByBuyer.get(order.buyerId) === order.id);
    addOrderToCountry(rollup, order);
    addOrderToProducts(rollup, order, linesByOrder.get(order.id) ?? []);
  }
  return rollup;
}

export interface TrafficContext {
  /** The product's effective hosting mode (its override, else its store's default). */
  hostingModeOf(productId: Id, storeId: Id): HostingMode;
  /** The store's reporting currency, which daily rows carry. */
  currencyOf(storeId: Id): CurrencyCode;
}

/** Adds visitors, product views and add-to-carts into daily rows; all-zero traffic rows are skipped. */
export function rollupTraffic(traffic: readonly TrafficDay[], context: TrafficContext): Rollup {
  const rollup = emptyRollup();
  for (const entry of traffic) {
    if (entry.visitors === 0 && entry.productViews === 0 && entry.addToCarts === 0) continue;
    const mode = context.hostingModeOf(entry.productId, entry.storeId);
    const row = dailyRow(rollup, entry.storeId, entry.day, mode, context.currencyOf(entry.storeId));
    row.visitors += entry.visitors;
    row.productViews += entry.productViews;
    row.addToCarts += entry.addToCarts;
  }
  return rollup;
}

function mergeRowsInto<Row extends { id: Id; currency: CurrencyCode }>(
  target: Map<Id, Row>,
  delta: ReadonlyMap<Id, Row>,
  fields: readonly (keyof Row & string)[],
  sign: 1 | -1,
): void {
  for (const [id, change] of delta) {
    const held = target.get(id);
    const row: Row = held ?? { ...change };
    if (held) assertSameCurrency(id, held.currency, change.currency);
    let allZero = true;
    for (const field of fields) {
      const base = held ? (held[field] as number) : 0;
      const value = base + sign * (change[field] as number);
      (row as Record<string, unknown>)[field] = value;
      if (value !== 0) allZero = false;
    }
    if (allZero) target.delete(id);
    else target.set(id, row);
  }
}

/** Adds (sign 1) or subtracts (sign −1) `delta` into `target` in place; rows that reach all-zero are removed. */
export function mergeRollupsInto(target: Rollup, delta: Rollup, sign: 1 | -1): void {
  mergeRowsInto(target.daily, delta.daily, DAILY_FIELDS, sign);
  mergeRowsInto(target.dimensions, delta.dimensions, DIMENSION_FIELDS, sign);
}

/**
 * The pure form: a new rollup, `existing` untouched. An import adds its batch with sign 1, its undo subtracts
 * the same batch with −1; an upsert of an already-imported order subtracts the old version and adds the new.
 */
export function mergeRollups(existing: Rollup, delta: Rollup, sign: 1 | -1): Rollup {
  const copy: Rollup = {
    daily: new Map([...existing.daily].map(([id, row]) => [id, { ...row }])),
    dimensions: new Map([...existing.dimensions].map(([id, row]) => [id, { ...row }])),
  };
  mergeRollupsInto(copy, delta, sign);
  return copy;
}

/** The rows that changed between two rollups: what to bulkPut, and which ids to delete. */
export function diffRollups(
  before: Rollup,
  after: Rollup,
): {
  putDaily: DailyStat[];
  putDimensions: DimensionDay[];
  deleteDailyIds: Id[];
  deleteDimensionIds: Id[];
} {
  const changed = <Row>(a: ReadonlyMap<Id, Row>, b: ReadonlyMap<Id, Row>) =>
    [...b.values()].filter((row) => {
      const old = a.get((row as { id: Id }).id);
      return !old || JSON.stringify(old) !== JSON.stringify(row);
    });
  const removed = <Row>(a: ReadonlyMap<Id, Row>, b: ReadonlyMap<Id, Row>) =>
    [...a.keys()].filter((id) => !b.has(id));
  return {
    putDaily: changed(before.daily, after.daily),
    putDimensions: changed(before.dimensions, after.dimensions),
    deleteDailyIds: removed(before.daily, after.daily),
    deleteDimensionIds: removed(before.dimensions, after.dimensions),
  };
}

/**
 * The change to apply when orders already in the rollups are re-imported: subtract what the stored versions
 * contributed, add what the new versions contribute. Pass both with their lines, and one firstOrderIdByBuyer
 * map built from all stored orders after the upsert (a re-import can change who was a buyer's first order;
 * rows of orders whose "first" status moved must then be in both lists).
 */
export function upsertDelta(
  stored: { orders: readonly Order[]; lines: readonly OrderLine[] },
  incoming: { orders: readonly Order[]; lines: readonly OrderLine[] },
  firstOrderIdByBuyer: ReadonlyMap<Id, Id>,
): Rollup {
  const delta = rollupOrders(incoming.orders, incoming.lines, firstOrderIdByBuyer);
  mergeRollupsInto(delta, rollupOrders(stored.orders, stored.lines, firstOrderIdByBuyer), -1);
  return delta;
}
