import { describe, expect, it } from 'vitest';
import { dimensionDayId } from '@shared/analytics/rollup';
import type { DimensionDay } from '@shared/domain/types';
import { openWorkstationDb } from './db';
import { keyRollupRows } from './rollupQueries';

function row(storeId: string, key: string, day: string, hostingMode: DimensionDay['hostingMode'] = 'self-operated'): DimensionDay {
  return { id: dimensionDayId(storeId, 'product', key, day, hostingMode), storeId, dimension: 'product', key, day, hostingMode, currency: 'USD', orders: 1, units: 1, gmv: 100, refunds: 0 };
}

describe('keyRollupRows', () => {
  it("reads one key's rows in the period, every mode, and nothing of neighbouring keys or stores", async () => {
    const db = openWorkstationDb(`rollup-q-${Math.random()}`);
    await db.dimensionDays.bulkPut([
      row('s1', 'p1', '2026-01-31'),
      row('s1', 'p1', '2026-02-01'),
      row('s1', 'p1', '2026-02-01', 'fully-managed'),
      row('s1', 'p1', '2026-02-28'),
      row('s1', 'p1', '2026-03-01'),
      row('s1', 'p10', '2026-02-10'),
      // A key holding the separator must not slip into p1's range.
      row('s1', 'p1|2026-02-15', '2026-02-15'),
      row('s2', 'p1', '2026-02-10'),
    ]);
    const rows = await keyRollupRows(db.dimensionDays, 's1', 'product', 'p1', '2026-02-01', '2026-02-28');
    expect(rows.map((r) => `${r.day} ${r.hostingMode}`)).toEqual(['2026-02-01 fully-managed', '2026-02-01 self-operated', '2026-02-28 self-operated']);
    expect(await keyRollupRows(db.dimensionDays, 's1', 'product', 'p1', '2026-03-02', '2026-03-01')).toEqual([]);
    db.close();
  });
});
