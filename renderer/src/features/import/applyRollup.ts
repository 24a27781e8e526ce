import { monthlyDimensions } from '@shared/analytics/monthly';
import { emptyRollup, mergeRollupsInto, type Rollup } from '@shared/analytics/rollup';
import type { WorkstationDb } from '../../db/db';

/** Every rollup table a delta touches: transactions that apply one must include them all. */
export const rollupTables = (db: WorkstationDb) => [db.dailyStats, db.dimensionDays, db.dimensionMonths];

/**
 * Adds a delta into the stored DailyStat/DimensionDay rows and the monthly dimension rows. Call inside a
 * transaction over rollupTables(db): only the rows the delta touches are read, and rows that reach
 * all-zero are deleted (as mergeRollups drops them).
 */
export async function applyRollupDelta(db: WorkstationDb, delta: Rollup): Promise<void> {
  await applyMonthlyDelta(db, delta);
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

async function applyMonthlyDelta(db: WorkstationDb, delta: Rollup): Promise<void> {
  const months = monthlyDimensions(delta.dimensions.values());
  if (months.size === 0) return;
  const ids = [...months.keys()];
  const stored = emptyRollup();
  for (const row of await db.dimensionMonths.bulkGet(ids)) if (row) stored.dimensions.set(row.id, row);
  mergeRollupsInto(stored, { daily: new Map(), dimensions: months }, 1);
  await db.dimensionMonths.bulkPut([...stored.dimensions.values()]);
  await db.dimensionMonths.bulkDelete(ids.filter((id) => !stored.dimensions.has(id)));
}
