import { daysOfMonth, monthWithin } from '@shared/analytics/monthly';
import type { DimensionDay } from '@shared/domain/types';
import { monthStartOf } from '@shared/util/days';
import type { WorkstationDb } from './db';

type Dimension = DimensionDay['dimension'];

/**
 * A store's country or product figures over the days `from`…`to` (both included): one row per key, month and
 * mode, summed over that month's days in range and dated at its first day in range. Reads the month rows by
 * [storeId+dimension+day], so a year costs twelve rows per key, not 365.
 */
export async function dimensionRowsInPeriod(
  db: WorkstationDb,
  storeId: string,
  dimension: Dimension,
  from: string,
  to: string,
): Promise<DimensionDay[]> {
  if (from > to) return [];
  const months = await db.dimensionMonths
    .where('[storeId+dimension+day]')
    .between([storeId, dimension, monthStartOf(from)], [storeId, dimension, to], true, true)
    .toArray();
  return months.flatMap((month) => monthWithin(month, from, to) ?? []);
}

/**
 * One key's day rows from `from` to `to` (both included), every mode, in day order, through the primary key:
 * ids are store|dimension|key|month|mode, so a key's months sit together. The filter drops any row of another
 * key that a '|' inside a key could have slipped into the range.
 */
export async function keyRollupRows(
  db: WorkstationDb,
  storeId: string,
  dimension: Dimension,
  key: string,
  from: string,
  to: string,
): Promise<DimensionDay[]> {
  if (from > to) return [];
  const prefix = `${storeId}|${dimension}|${key}|`;
  const months = await db.dimensionMonths
    .where(':id')
    .between(`${prefix}${monthStartOf(from)}`, `${prefix}${to}|\uffff`, true, true)
    .toArray();
  const own = months.filter((m) => m.storeId === storeId && m.dimension === dimension && m.key === key);
  return own
    .flatMap((month) => daysOfMonth(month, from, to))
    .sort((a, b) => a.day.localeCompare(b.day) || a.hostingMode.localeCompare(b.hostingMode));
}
