import { emptyRollup, mergeRollupsInto, type Rollup } from '@shared/analytics/rollup';
import type { WorkstationDb } from '../../db/db';

/**
 * Adds a delta into the stored DailyStat/DimensionDay rows. Call inside a transaction over both tables: only
 * the rows the delta touches are read, and rows that reach all-zero are deleted (as mergeRollups drops them).
 */
export async function applyRollupDelta(db: WorkstationDb, delta: Rollup): Promise<void> {
  const dailyIds = [...delta.daily.keys()];
  const dimensionIds = [...delta.dimensions.keys()];
  if (dailyIds.length === 0 && dimensionIds.length === 0) return;
  const [daily, dimensions] = await Promise.all([db.dailyStats.bulkGet(dailyIds), db.dimensionDays.bulkGet(dimensionIds)]);
  const stored = emptyRollup();
  for (const row of daily) if (row) stored.daily.set(row.id, row);
  for (const row of dimensions) if (row) stored.dimensions.set(row.id, row);
  mergeRollupsInto(stored, delta, 1);
  await Promise.all([
    db.dailyStats.bulkPut([...stored.daily.values()]),
    db.dimensionDays.bulkPut([...stored.dimensions.values()]),
    db.dailyStats.bulkDelete(dailyIds.filter((id) => !stored.daily.has(id))),
    db.dimensionDays.bulkDelete(dimensionIds.filter((id) => !stored.dimensions.has(id))),
  ]);
}
