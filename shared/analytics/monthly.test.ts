import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DimensionDay } from '@shared/domain/types';
import { daysOfMonth, daysOfMonths, foldDaysIntoMonths, monthsOfDays, monthWithin } from './monthly';
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

const DAYS = ['2026-01-01', '2026-01-05', '2026-01-31', '2026-02-01', '2026-02-28', '2026-03-15'];
const arbitraryRows = fc.array(
  fc.record({
    day: fc.constantFrom(...DAYS),
    key: fc.constantFrom('p1', 'p2', 'p3'),
    gmv: fc.integer({ min: 1, max: 10_000 }),
  }),
  { maxLength: 40 },
);

const unique = (rows: DimensionDay[]) => [...new Map(rows.map((r) => [r.id, r])).values()];
const byId = (rows: DimensionDay[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const toRollup = (rows: DimensionDay[]) => ({
  ...emptyRollup(),
  dimensions: new Map(unique(rows).map((r) => [r.id, r])),
});
const negated = (rows: DimensionDay[]) =>
  rows.map((r) => ({ ...r, orders: -r.orders, units: -r.units, gmv: -r.gmv, refunds: -r.refunds }));

describe('month rows with their days', () => {
  it('sums the days of each month into one row per key and mode, keeping each day', () => {
    const months = monthsOfDays([
      row('2026-01-05', 'p1', 100),
      row('2026-01-31', 'p1', 50),
      row('2026-02-01', 'p1', 7),
    ]);
    expect(
      [...months.values()].map((m) => [m.id, m.day, m.gmv, m.orders, Object.keys(m.days).sort()]),
    ).toEqual([
      ['s|product|p1|2026-01-01|self-operated', '2026-01-01', 150, 2, ['05', '31']],
      ['s|product|p1|2026-02-01|self-operated', '2026-02-01', 7, 1, ['01']],
    ]);
  });

  it('gives back exactly the day rows it was built from', () => {
    fc.assert(
      fc.property(arbitraryRows, (specs) => {
        const days = unique(specs.map((s) => row(s.day, s.key, s.gmv)));
        expect(byId(daysOfMonths(monthsOfDays(days).values()))).toEqual(byId(days));
      }),
    );
  });

  it('folding a then b equals the months of merge(a, b); folding the negation back leaves nothing', () => {
    fc.assert(
      fc.property(arbitraryRows, arbitraryRows, (a, b) => {
        const ra = unique(a.map((s) => row(s.day, s.key, s.gmv)));
        const rb = unique(b.map((s) => row(s.day, s.key, s.gmv)));
        const months = monthsOfDays(ra);
        foldDaysIntoMonths(months, rb);
        const merged = [...mergeRollups(toRollup(ra), toRollup(rb), 1).dimensions.values()];
        expect(byId(daysOfMonths(months.values()))).toEqual(byId(merged));
        foldDaysIntoMonths(months, negated(rb));
        foldDaysIntoMonths(months, negated(ra));
        expect(months.size).toBe(0);
      }),
    );
  });

  it('sums any range of days of a month like the days themselves', () => {
    fc.assert(
      fc.property(arbitraryRows, fc.constantFrom(...DAYS), fc.constantFrom(...DAYS), (specs, x, y) => {
        const [from, to] = x <= y ? [x, y] : [y, x];
        const days = unique(specs.map((s) => row(s.day, s.key, s.gmv)));
        const viaMonths = [...monthsOfDays(days).values()].flatMap((m) => monthWithin(m, from, to) ?? []);
        const direct = days.filter((d) => d.day >= from && d.day <= to);
        for (const key of ['p1', 'p2', 'p3']) {
          const sum = (rows: DimensionDay[]) =>
            rows.filter((r) => r.key === key).reduce((t, r) => t + r.gmv * 1000 + r.orders, 0);
          expect(sum(viaMonths)).toBe(sum(direct));
        }
        for (const m of viaMonths) expect(m.day >= from && m.day <= to).toBe(true);
      }),
    );
  });

  it('reads a day range out of one month', () => {
    const month = [
      ...monthsOfDays([
        row('2026-01-05', 'p1', 100),
        row('2026-01-20', 'p1', 50),
        row('2026-01-31', 'p1', 7),
      ]).values(),
    ][0]!;
    expect(daysOfMonth(month, '2026-01-06', '2026-01-31').map((d) => [d.day, d.gmv])).toEqual([
      ['2026-01-20', 50],
      ['2026-01-31', 7],
    ]);
    expect(monthWithin(month, '2025-12-01', '2026-02-15')?.gmv).toBe(157);
    expect(monthWithin(month, '2026-01-21', '2026-01-30')).toBeUndefined();
  });
});
