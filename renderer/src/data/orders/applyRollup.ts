import { foldDaysIntoMonths, monthIdOf } from '@shared/analytics/monthly';
import { emptyRollup, mergeRollupsInto, type Rollup } from '@shared/analytics/rollup';
import type { DimensionMonth } from '@shared/domain/types';
import type { WorkstationDb } from '../../db/db';

/** Every rollup table a delta touches: transactions that apply one must include them all. */
export const rollupTables = (db: WorkstationDb) => [db.dailyStats, db.dimensionMonths];

export interface RollupWriteOptions {
  /**
   * The store had no orders before this delta, so it has no country or product rows to add to: skip reading
   * them. Daily rows are always read, as traffic imports write them too.
   */
  noStoredDimensions?: boolean;
}

/**
 * Adds a delta into the stored DailyStat rows and the country/product month rows. Call inside a transaction
 * over rollupTables(db): only the rows the delta touches are read, and rows that reach all-zero are deleted
 * (as mergeRollups drops them).
 */
export async function applyRollupDelta(
  db: WorkstationDb,
  delta: Rollup,
  options: RollupWriteOptions = {},
): Promise<void> {
  await Promise.all([applyDailyDelta(db, delta), applyDimensionDelta(db, delta, options)]);
}

async function applyDailyDelta(db: WorkstationDb, delta: Rollup): Promise<void> {
  const ids = [...delta.daily.keys()];
  if (ids.length === 0) return;
  const stored = emptyRollup();
  for (const row of await db.dailyStats.bulkGet(ids)) if (row) stored.daily.set(row.id, row);
  mergeRollupsInto(stored, { daily: delta.daily, dimensions: new Map() }, 1);
  await db.dailyStats.bulkPut([...stored.daily.values()]);
  await db.dailyStats.bulkDelete(ids.filter((id) => !stored.daily.has(id)));
}

async function applyDimensionDelta(
  db: WorkstationDb,
  delta: Rollup,
  options: RollupWriteOptions,
): Promise<void> {
  if (delta.dimensions.size === 0) return;
  const months = new Map<string, DimensionMonth>();
  if (!options.noStoredDimensions) {
    const ids = [...new Set([...delta.dimensions.values()].map(monthIdOf))];
    for (const row of await db.dimensionMonths.bulkGet(ids)) if (row) months.set(row.id, row);
  }
  const touched = foldDaysIntoMonths(months, delta.dimensions.values());
  await db.dimensionMonths.bulkPut([...months.values()]);
  await db.dimensionMonths.bulkDelete([...touched].filter((id) => !months.has(id)));
}
