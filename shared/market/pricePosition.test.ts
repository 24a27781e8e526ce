import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pricePosition, undercuts } from './pricePosition';

describe('pricePosition', () => {
  it('gives cheapest, median, dearest and rank', () => {
    const competitors = [500, 300, 900].map((total, i) => ({ competitorId: `c${i}`, total }));
    expect(pricePosition(400, competitors)).toEqual({
      cheapest: 300,
      median: 500,
      dearest: 900,
      ownRank: 2,
      of: 4,
    });
    expect(pricePosition(400, [])).toBeNull();
  });

  it('ranks the own price where sorting all offers puts it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 40 }),
        (own, totals) => {
          const position = pricePosition(
            own,
            totals.map((total, i) => ({ competitorId: String(i), total })),
          )!;
          // Own first among equals: sort by price, then own before competitors.
          const sorted = [{ own: true, total: own }, ...totals.map((total) => ({ own: false, total }))].sort(
            (a, b) => a.total - b.total || Number(b.own) - Number(a.own),
          );
          expect(position.ownRank).toBe(sorted.findIndex((entry) => entry.own) + 1);
          expect(position.cheapest).toBe(Math.min(...totals));
          expect(position.dearest).toBe(Math.max(...totals));
          expect(position.median).toBeGreaterThanOrEqual(position.cheapest);
          expect(position.median).toBeLessThanOrEqual(position.dearest);
        },
      ),
    );
  });
});

describe('undercuts', () => {
  it('lists competitors cheaper by more than the threshold, biggest first', () => {
    const list = undercuts(
      1000,
      [
        { competitorId: 'a', total: 950 },
        { competitorId: 'b', total: 800 },
        { competitorId: 'c', total: 1100 },
      ],
      10,
    );
    expect(list.map((u) => u.competitorId)).toEqual(['b']);
    expect(undercuts(1000, [{ competitorId: 'a', total: 999 }], 0)).toHaveLength(1);
  });
});
