import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DimensionDay } from '@shared/domain/types';
import { monthlyDimensions } from './monthly';
import { emptyRollup, mergeRollups } from './rollup';

const row = (day: string, key: string, gmv: number, orders = 1): DimensionDay => ({
  id: `s|product|${key}|${day}|self-operated`,
  storeId: 's',
  dimension: 'product',
  key,
  day,
  hostingMode: 'self-operated',
  currency: 'USD',
  orders,
  units: orders,
  gmv,
  refunds: 0,
});

const arbitraryRows = fc.array(
  fc.record({
    day: fc.constantFrom('2026-01-05', '2026-01-31', '2026-02-01', '2026-02-28', '2026-03-15'),
    key: fc.constantFrom('p1', 'p2', 'p3'),
    gmv: fc.integer({ min: 1, max: 10_000 }),
  }),
  { maxLength: 40 },
);

const unique = (rows: DimensionDay[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

describe('monthlyDimensions', () => {
  it('sums the days of each month into one row per key and mode', () => {
    const months = monthlyDimensions([row('2026-01-05', 'p1', 100), row('2026-01-31', 'p1', 50), row('2026-02-01', 'p1', 7)]);
    expect([...months.values()].map((m) => [m.day, m.gmv, m.orders])).toEqual([
      ['2026-01-01', 150, 2],
      ['2026-02-01', 7, 1],
    ]);
    expect(months.has('s|product|p1|2026-01-01|self-operated')).toBe(true);
  });

  it('keeps the total of every key', () => {
    fc.assert(
      fc.property(arbitraryRows, (specs) => {
        const days = unique(specs.map((s) => row(s.day, s.key, s.gmv)));
        const months = [...monthlyDimensions(days).values()];
        for (const key of ['p1', 'p2', 'p3']) {
          const sum = (rows: DimensionDay[]) => rows.filter((r) => r.key === key).reduce((t, r) => t + r.gmv, 0);
          expect(sum(months)).toBe(sum(days));
        }
      }),
    );
  });

  it('commutes with merging: months of (a + b) = months of a + months of b', () => {
    fc.assert(
      fc.property(arbitraryRows, arbitraryRows, (a, b) => {
        const toRollup = (rows: DimensionDay[]) => ({ ...emptyRollup(), dimensions: new Map(unique(rows).map((r) => [r.id, r])) });
        const ra = toRollup(a.map((s) => row(s.day, s.key, s.gmv)));
        const rb = toRollup(b.map((s) => row(s.day, s.key, s.gmv)));
        const merged = mergeRollups(ra, rb, 1);
        const viaDays = monthlyDimensions(merged.dimensions.values());
        const viaMonths = mergeRollups(
          { ...emptyRollup(), dimensions: monthlyDimensions(ra.dimensions.values()) },
          { ...emptyRollup(), dimensions: monthlyDimensions(rb.dimensions.values()) },
          1,
        ).dimensions;
        expect(new Map([...viaMonths].sort())).toEqual(new Map([...viaDays].sort()));
      }),
    );
  });
});
