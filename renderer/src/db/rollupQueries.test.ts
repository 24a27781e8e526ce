import { describe, expect, it } from 'vitest';
import { monthsOfDays } from '@shared/analytics/monthly';
import { dimensionDayId } from '@shared/analytics/rollup';
import type { DimensionDay } from '@shared/domain/types';
import { openWorkstationDb } from './db';
import { dimensionRowsInPeriod, keyRollupRows } from './rollupQueries';

function row(
  storeId: string,
  key: string,
  day: string,
  hostingMode: DimensionDay['hostingMode'] = 'self-operated',
): DimensionDay {
  return {
    id: dimensionDayId(storeId, 'product', key, day, hostingMode),
    storeId,
    dimension: 'product',
    key,
    day,
    hostingMode,
    currency: 'USD',
    orders: 1,
    units: 1,
    gmv: 100,
    refunds: 0,
  };
}

describe('rollup queries', () => {
  it("reads one key's rows in the period, every mode, and nothing of neighbouring keys or stores", async () => {
    const db = openWorkstationDb(`rollup-q-${Math.random()}`);
    const days = [
      row('s1', 'p1', '2026-01-31'),
      row('s1', 'p1', '2026-02-01'),
      row('s1', 'p1', '2026-02-01', 'fully-managed'),
      row('s1', 'p1', '2026-02-28'),
      row('s1', 'p1', '2026-03-01'),
      row('s1', 'p10', '2026-02-10'),
      // A key holding the separator must not slip into p1's range.
      row('s1', 'p1|2026-02-15', '2026-02-15'),
      row('s2', 'p1', '2026-02-10'),
    ];
    await db.dimensionMonths.bulkPut([...monthsOfDays(days).values()]);
    const rows = await keyRollupRows(db, 's1', 'product', 'p1', '2026-02-01', '2026-02-28');
    expect(rows.map((r) => `${r.day} ${r.hostingMode}`)).toEqual([
      '2026-02-01 fully-managed',
      '2026-02-01 self-operated',
      '2026-02-28 self-operated',
    ]);
    expect(await keyRollupRows(db, 's1', 'product', 'p1', '2026-03-02', '2026-03-01')).toEqual([]);
    const period = await dimensionRowsInPeriod(db, 's1', 'product', '2026-02-01', '2026-03-01');
    expect(period.filter((r) => r.key === 'p1').reduce((t, r) => t + r.orders, 0)).toBe(4);
    expect(period.some((r) => r.storeId === 's2' || r.day < '2026-02-01')).toBe(false);
    db.close();
  });
});
