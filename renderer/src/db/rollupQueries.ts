import type { DimensionDay } from '@shared/domain/types';
import type { WorkstationDb } from './db';

type RollupTable = WorkstationDb['dimensionDays'] | WorkstationDb['dimensionMonths'];

/**
 * One key's rollup rows from `from` to `to` (day keys, both included), through the primary key: ids are
 * store|dimension|key|day|mode (dimensionDayId), so the rows sit together, in day order. The filter drops any
 * row of another key that a '|' inside a key could have slipped into the range.
 */
export async function keyRollupRows(
  table: RollupTable,
  storeId: string,
  dimension: DimensionDay['dimension'],
  key: string,
  from: string,
  to: string,
): Promise<DimensionDay[]> {
  if (from > to) return [];
  const prefix = `${storeId}|${dimension}|${key}|`;
  const rows = await table.where(':id').between(`${prefix}${from}`, `${prefix}${to}|\uffff`, true, true).toArray();
  return rows.filter((row) => row.storeId === storeId && row.dimension === dimension && row.key === key && row.day >= from && row.day <= to);
}
