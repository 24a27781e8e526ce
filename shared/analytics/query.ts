/**
 * Dashboard queries over rollup rows (never over orders): KPIs with the previous period, bucketed series,
 * top countries and products, the traffic funnel. Callers load the rows for the period(s) by index
 * ([storeId+day] or day) and pass them in; these functions filter again, so over-fetching is harmless.
 *
 * "Buyers" is deliberately absent: distinct buyers cannot be added up from daily rows (the same buyer on two
 * days would count twice). We report orders and newBuyers; returningOrders = orders − newBuyers.
 */
import type {
  CurrencyCode,
  DailyStat,
  DayKey,
  DimensionDay,
  EpochMs,
  HostingMode,
  Id,
} from '@shared/domain/types';
import { addDays, dayRange, daysBetween, dayStartMs, monthStartOf, weekStartOf } from '@shared/util/days';
import { convertMinor, type ExchangeRates } from './money';

/** Both ends inclusive. */
export interface Period {
  from: DayKey;
  to: DayKey;
}

export interface RollupFilter {
  storeIds?: readonly Id[];
  hostingModes?: readonly HostingMode[];
}

/** The currency totals are shown in, and the rates to get there. */
export interface MoneyView {
  currency: CurrencyCode;
  rates: ExchangeRates;
}

export interface Kpis {
  gmv: number;
  orders: number;
  units: number;
  newBuyers: number;
  returningOrders: number;
  refunds: number;
  refundedOrders: number;
  disputedOrders: number;
  visitors: number;
  productViews: number;
  addToCarts: number;
  /** gmv / orders; null without orders. */
  aov: number | null;
  /** orders / visitors; null without visitors. */
  conversion: number | null;
  /** refundedOrders / orders. */
  refundRate: number | null;
  /** disputedOrders / orders. */
  disputeRate: number | null;
}

export interface KpiComparison {
  current: Kpis;
  previous: Kpis;
  previousPeriod: Period;
  /** Relative change (0.25 = +25 %) per figure; null when the previous value is zero or missing. */
  change: Record<keyof Kpis, number | null>;
}

type Row = { storeId: Id; day: DayKey; hostingMode: HostingMode; currency: CurrencyCode };

function inPeriod(row: { day: DayKey }, period: Period): boolean {
  return row.day >= period.from && row.day <= period.to;
}

function matches(row: Row, period: Period, filter: RollupFilter): boolean {
  if (!inPeriod(row, period)) return false;
  if (filter.storeIds && !filter.storeIds.includes(row.storeId)) return false;
  if (filter.hostingModes && !filter.hostingModes.includes(row.hostingMode)) return false;
  return true;
}

function money(amount: number, row: Row, view: MoneyView): number {
  return row.currency === view.currency
    ? amount
    : convertMinor(amount, row.currency, view.currency, view.rates);
}

export function periodLength(period: Period): number {
  return daysBetween(period.from, period.to) + 1;
}

/** The period of the same length ending the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const length = periodLength(period);
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) };
}

const ratio = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? numerator / denominator : null;

export function periodKpis(
  rows: readonly DailyStat[],
  period: Period,
  filter: RollupFilter,
  view: MoneyView,
): Kpis {
  const totals = {
    gmv: 0,
    orders: 0,
    units: 0,
    newBuyers: 0,
    refunds: 0,
    refundedOrders: 0,
    disputedOrders: 0,
    visitors: 0,
    productViews: 0,
    addToCarts: 0,
  };
  for (const row of rows) {
    if (!matches(row, period, filter)) continue;
    totals.gmv += money(row.gmv, row, view);
    totals.refunds += money(row.refunds, row, view);
    totals.orders += row.orders;
    totals.units += row.units;
    totals.newBuyers += row.newBuyers;
    totals.refundedOrders += row.refundedOrders;
    totals.disputedOrders += row.disputedOrders;
    totals.visitors += row.visitors;
    totals.productViews += row.productViews;
    totals.addToCarts += row.addToCarts;
  }
  return {
    ...totals,
    returningOrders: totals.orders - totals.newBuyers,
    aov: totals.orders > 0 ? Math.round(totals.gmv / totals.orders) : null,
    conversion: ratio(totals.orders, totals.visitors),
    refundRate: ratio(totals.refundedOrders, totals.orders),
    disputeRate: ratio(totals.disputedOrders, totals.orders),
  };
}

function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

/** KPIs for `period` and the same-length period just before it; `rows` must cover both. */
export function compareKpis(
  rows: readonly DailyStat[],
  period: Period,
  filter: RollupFilter,
  view: MoneyView,
): KpiComparison {
  const before = previousPeriod(period);
  const current = periodKpis(rows, period, filter, view);
  const previous = periodKpis(rows, before, filter, view);
  const change = Object.fromEntries(
    (Object.keys(current) as (keyof Kpis)[]).map((key) => [key, relativeChange(current[key], previous[key])]),
  ) as Record<keyof Kpis, number | null>;
  return { current, previous, previousPeriod: before, change };
}

export type Bucket = 'day' | 'week' | 'month';

/** ARCHITECTURE.md §8: no series over 2,000 points. Days while they fit, then weeks, then months. */
export const MAX_SERIES_POINTS = 2000;

export function bucketStart(day: DayKey, bucket: Bucket): DayKey {
  if (bucket === 'week') return weekStartOf(day);
  if (bucket === 'month') return monthStartOf(day);
  return day;
}

function bucketStarts(period: Period, bucket: Bucket): DayKey[] {
  const starts: DayKey[] = [];
  for (const day of dayRange(period.from, period.to)) {
    const start = bucketStart(day, bucket);
    if (starts[starts.length - 1] !== start) starts.push(start);
  }
  return starts;
}

/** What "auto" draws: a chart stays readable up to about this many points (a year is weeks, not 365 days). */
export const READABLE_POINTS = 120;

export function chooseBucket(period: Period, maxPoints = READABLE_POINTS): Bucket {
  const days = periodLength(period);
  if (days <= maxPoints) return 'day';
  if (Math.ceil(days / 7) + 1 <= maxPoints) return 'week';
  return 'month';
}

export interface SeriesPoint {
  /** First day of the bucket (the period's first day may fall inside it). */
  start: DayKey;
  /** Epoch ms of `start`, for a numeric time axis. */
  t: EpochMs;
  gmv: number;
  orders: number;
  units: number;
  refunds: number;
  newBuyers: number;
  visitors: number;
  conversion: number | null;
}

/** One point per bucket across the whole period, empty buckets included (zero), so charts show gaps as zero. */
export function kpiSeries(
  rows: readonly DailyStat[],
  period: Period,
  bucket: Bucket | 'auto',
  filter: RollupFilter,
  view: MoneyView,
): SeriesPoint[] {
  const size = bucket === 'auto' ? chooseBucket(period) : bucket;
  const points = new Map<DayKey, SeriesPoint>(
    bucketStarts(period, size).map((start) => [
      start,
      {
        start,
        t: dayStartMs(start),
        gmv: 0,
        orders: 0,
        units: 0,
        refunds: 0,
        newBuyers: 0,
        visitors: 0,
        conversion: null,
      },
    ]),
  );
  for (const row of rows) {
    if (!matches(row, period, filter)) continue;
    const point = points.get(bucketStart(row.day, size));
    if (!point) continue;
    point.gmv += money(row.gmv, row, view);
    point.refunds += money(row.refunds, row, view);
    point.orders += row.orders;
    point.units += row.units;
    point.newBuyers += row.newBuyers;
    point.visitors += row.visitors;
  }
  for (const point of points.values()) point.conversion = ratio(point.orders, point.visitors);
  return [...points.values()];
}

export interface DimensionTotal {
  key: string;
  gmv: number;
  orders: number;
  units: number;
  refunds: number;
  /** Share of the period's total of the ranking metric, 0..1. */
  share: number;
}

export type RankMetric = 'gmv' | 'orders' | 'units';

/** The "others" row's key in top-N results. */
export const OTHERS_KEY = '__others__';

function totalsByKey(
  rows: readonly DimensionDay[],
  dimension: DimensionDay['dimension'],
  period: Period,
  filter: RollupFilter,
  view: MoneyView,
): Map<string, DimensionTotal> {
  const totals = new Map<string, DimensionTotal>();
  for (const row of rows) {
    if (row.dimension !== dimension || !matches(row, period, filter)) continue;
    let total = totals.get(row.key);
    if (!total) {
      total = { key: row.key, gmv: 0, orders: 0, units: 0, refunds: 0, share: 0 };
      totals.set(row.key, total);
    }
    total.gmv += money(row.gmv, row, view);
    total.refunds += money(row.refunds, row, view);
    total.orders += row.orders;
    total.units += row.units;
  }
  return totals;
}

function ranked(totals: Map<string, DimensionTotal>, metric: RankMetric): DimensionTotal[] {
  const all = [...totals.values()];
  const grand = all.reduce((sum, total) => sum + total[metric], 0);
  for (const total of all) total.share = grand > 0 ? total[metric] / grand : 0;
  // Ties broken by key so the order never flickers between renders.
  return all.sort((a, b) => b[metric] - a[metric] || (a.key < b.key ? -1 : 1));
}

export interface TopResult<Entry> {
  top: Entry[];
  /** Everything past the top N summed, or undefined when nothing is left over. */
  others?: DimensionTotal;
}

export function topCountries(
  rows: readonly DimensionDay[],
  period: Period,
  n: number,
  filter: RollupFilter,
  view: MoneyView,
  metric: RankMetric = 'gmv',
): TopResult<DimensionTotal> {
  const all = ranked(totalsByKey(rows, 'country', period, filter, view), metric);
  const rest = all.slice(n);
  if (rest.length === 0) return { top: all };
  const others = rest.reduce<DimensionTotal>(
    (sum, entry) => ({
      key: OTHERS_KEY,
      gmv: sum.gmv + entry.gmv,
      orders: sum.orders + entry.orders,
      units: sum.units + entry.units,
      refunds: sum.refunds + entry.refunds,
      share: sum.share + entry.share,
    }),
    { key: OTHERS_KEY, gmv: 0, orders: 0, units: 0, refunds: 0, share: 0 },
  );
  return { top: all.slice(0, n), others };
}

/** Every product's totals for the period, best first by `metric`: the dashboard's sortable product table. */
export function productTotals(
  rows: readonly DimensionDay[],
  period: Period,
  filter: RollupFilter,
  view: MoneyView,
  metric: RankMetric = 'gmv',
): DimensionTotal[] {
  return ranked(totalsByKey(rows, 'product', period, filter, view), metric);
}

export interface TopProduct extends DimensionTotal {
  /** The ranking metric per day of the period, oldest first (one entry per day, zeros included). */
  sparkline: number[];
}

export function topProducts(
  rows: readonly DimensionDay[],
  period: Period,
  n: number,
  filter: RollupFilter,
  view: MoneyView,
  metric: RankMetric = 'gmv',
): TopProduct[] {
  const top = ranked(totalsByKey(rows, 'product', period, filter, view), metric).slice(0, n);
  const length = periodLength(period);
  const sparklines = new Map(top.map((entry) => [entry.key, new Array<number>(length).fill(0)]));
  for (const row of rows) {
    const sparkline = row.dimension === 'product' ? sparklines.get(row.key) : undefined;
    if (!sparkline || !matches(row, period, filter)) continue;
    const index = daysBetween(period.from, row.day);
    const value = metric === 'gmv' ? money(row.gmv, row, view) : row[metric];
    sparkline[index] = (sparkline[index] ?? 0) + value;
  }
  return top.map((entry) => ({ ...entry, sparkline: sparklines.get(entry.key) ?? [] }));
}

export interface Funnel {
  visitors: number;
  productViews: number;
  addToCarts: number;
  orders: number;
}

export function funnelTotals(rows: readonly DailyStat[], period: Period, filter: RollupFilter): Funnel {
  const funnel: Funnel = { visitors: 0, productViews: 0, addToCarts: 0, orders: 0 };
  for (const row of rows) {
    if (!matches(row, period, filter)) continue;
    funnel.visitors += row.visitors;
    funnel.productViews += row.productViews;
    funnel.addToCarts += row.addToCarts;
    funnel.orders += row.orders;
  }
  return funnel;
}
