import type { DayFigures, DayKey, DimensionDay, DimensionMonth, Id } from '@shared/domain/types';
import { monthStartOf } from '@shared/util/days';
import { dimensionDayId } from './rollup';

/**
 * Country and product rollups are stored per month (DimensionMonth), each row holding its days. A busy store
 * has a row per product per day with sales: ~70k rows for 100k orders, which would cost an import almost as
 * much as the orders themselves, and a 12-month dashboard ~130k reads. By month it is ~4k rows either way.
 * In memory, rollups stay per day (Rollup.dimensions): these functions move between the two.
 */

const dayOfMonth = (day: DayKey) => day.slice(8, 10);
const isZero = (f: DayFigures) => f[0] === 0 && f[1] === 0 && f[2] === 0 && f[3] === 0;

export function monthIdOf(
  row: Pick<DimensionDay, 'storeId' | 'dimension' | 'key' | 'day' | 'hostingMode'>,
): Id {
  return dimensionDayId(row.storeId, row.dimension, row.key, monthStartOf(row.day), row.hostingMode);
}

function emptyMonth(row: DimensionDay): DimensionMonth {
  return {
    ...row,
    id: monthIdOf(row),
    day: monthStartOf(row.day),
    orders: 0,
    units: 0,
    gmv: 0,
    refunds: 0,
    days: {},
  };
}

/**
 * Adds day rows (figures may be negative: a delta) into `months`, creating the month rows they need. Days
 * whose figures reach zero are dropped, and so are months left without days: the caller deletes those ids.
 * Returns the ids of every month touched.
 */
export function foldDaysIntoMonths(months: Map<Id, DimensionMonth>, days: Iterable<DimensionDay>): Set<Id> {
  const touched = new Set<Id>();
  for (const row of days) {
    const id = monthIdOf(row);
    const month = months.get(id) ?? emptyMonth(row);
    const key = dayOfMonth(row.day);
    const held = month.days[key] ?? [0, 0, 0, 0];
    const next: DayFigures = [
      held[0] + row.orders,
      held[1] + row.units,
      held[2] + row.gmv,
      held[3] + row.refunds,
    ];
    month.orders += row.orders;
    month.units += row.units;
    month.gmv += row.gmv;
    month.refunds += row.refunds;
    if (isZero(next)) delete month.days[key];
    else month.days[key] = next;
    months.set(id, month);
    touched.add(id);
  }
  for (const id of touched) if (Object.keys(months.get(id)?.days ?? {}).length === 0) months.delete(id);
  return touched;
}

/** Month rows built from day rows: the stored form of a set of DimensionDays. */
export function monthsOfDays(days: Iterable<DimensionDay>): Map<Id, DimensionMonth> {
  const months = new Map<Id, DimensionMonth>();
  foldDaysIntoMonths(months, days);
  return months;
}

function dayRow(month: DimensionMonth, dd: string, figures: DayFigures): DimensionDay {
  const day = `${month.day.slice(0, 8)}${dd}`;
  const { storeId, dimension, key, hostingMode, currency } = month;
  const [orders, units, gmv, refunds] = figures;
  return {
    id: dimensionDayId(storeId, dimension, key, day, hostingMode),
    storeId,
    dimension,
    key,
    day,
    hostingMode,
    currency,
    orders,
    units,
    gmv,
    refunds,
  };
}

/** The month's days from `from` to `to` (both included) as day rows, in day order. */
export function daysOfMonth(
  month: DimensionMonth,
  from: DayKey = month.day,
  to: DayKey = '9999-12-31',
): DimensionDay[] {
  return Object.keys(month.days)
    .sort()
    .map((dd) => dayRow(month, dd, month.days[dd] as DayFigures))
    .filter((row) => row.day >= from && row.day <= to);
}

/**
 * The month's figures over the days from `from` to `to`, as one row dated at the first of those days (the month's
 * first day when it lies wholly inside); undefined when no day in range has figures.
 */
export function monthWithin(month: DimensionMonth, from: DayKey, to: DayKey): DimensionDay | undefined {
  const { days: _days, ...row } = month;
  const last = `${month.day.slice(0, 8)}31`;
  if (from <= month.day && to >= last) return row;
  const inRange = daysOfMonth(month, from, to);
  if (inRange.length === 0) return undefined;
  const sum = (field: 'orders' | 'units' | 'gmv' | 'refunds') =>
    inRange.reduce((total, d) => total + d[field], 0);
  const day = from > month.day ? from : month.day;
  return {
    ...row,
    id: dimensionDayId(row.storeId, row.dimension, row.key, day, row.hostingMode),
    day,
    orders: sum('orders'),
    units: sum('units'),
    gmv: sum('gmv'),
    refunds: sum('refunds'),
  };
}

/** Every day row a set of months holds: the in-memory (Rollup) form of stored months. */
export function daysOfMonths(months: Iterable<DimensionMonth>): DimensionDay[] {
  return [...months].flatMap((month) => daysOfMonth(month));
}
