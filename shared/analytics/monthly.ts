import type { DimensionDay, Id } from '@shared/domain/types';
import { monthStartOf } from '@shared/util/days';
import { dimensionDayId } from './rollup';

/**
 * Country and product rollups per month, kept beside the daily ones. A 12-month dashboard over a busy
 * store would otherwise read ~130k daily rows (one per product per day); by month it reads ~4k, plus
 * the daily rows of the two partial months at the edges. Rows have the DimensionDay shape with `day`
 * set to the first day of the month, so the same queries and the same merge work on both.
 */
export function monthlyDimensions(days: Iterable<DimensionDay>): Map<Id, DimensionDay> {
  const months = new Map<Id, DimensionDay>();
  for (const row of days) {
    const month = monthStartOf(row.day);
    const id = dimensionDayId(row.storeId, row.dimension, row.key, month, row.hostingMode);
    const held = months.get(id);
    if (held) {
      held.orders += row.orders;
      held.units += row.units;
      held.gmv += row.gmv;
      held.refunds += row.refunds;
    } else {
      months.set(id, { ...row, id, day: month });
    }
  }
  return months;
}
