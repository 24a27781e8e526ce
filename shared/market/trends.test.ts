import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/util/days';
import { rankOpportunities, risingOf } from './trends';

const weekly = (values: number[], start = '2025-01-06') =>
  values.map((value, i) => ({ day: addDays(start, i * 7), value }));

describe('risingOf', () => {
  it('flags growth against the trailing average', () => {
    const r = risingOf(weekly([10, 10, 10, 10, 15]))!;
    expect(r.trailingAverage).toBe(10);
    expect(r.growth).toBeCloseTo(0.5);
    expect(r.rising).toBe(true);
    expect(risingOf(weekly([10, 10, 10, 10, 10]))!.rising).toBe(false);
  });

  it('compares with the same week last year when the data reaches back', () => {
    const values = Array.from({ length: 53 }, (_, i) => (i === 0 ? 10 : 20));
    const r = risingOf(weekly(values))!;
    expect(r.lastYear?.value).toBe(10);
    expect(r.yearOverYear).toBeCloseTo(1);
    expect(r.rising).toBe(true);
  });
});

describe('rankOpportunities', () => {
  it('puts high demand with low competition first and keeps its numbers', () => {
    const ranked = rankOpportunities([
      { series: 'a', demand: 100, competition: 100, growth: 0 },
      { series: 'b', demand: 90, competition: 10, growth: 0 },
    ]);
    expect(ranked[0]?.series).toBe('b');
    expect(ranked[0]?.demandShare).toBeCloseTo(0.9);
    expect(ranked[0]?.competitionShare).toBeCloseTo(0.1);
  });
});
