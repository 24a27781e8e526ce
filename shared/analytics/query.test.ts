import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DailyStat, DimensionDay } from '@shared/domain/types';
import { addDays, dayRange } from '@shared/util/days';
import { DEFAULT_EXCHANGE_RATES } from './money';
import {
  OTHERS_KEY,
  chooseBucket,
  MAX_SERIES_POINTS,
  compareKpis,
  funnelTotals,
  kpiSeries,
  periodKpis,
  previousPeriod,
  topCountries,
  topProducts,
  type MoneyView,
} from './query';

const usd: MoneyView = { currency: 'USD', rates: DEFAULT_EXCHANGE_RATES };

function stat(day: string, partial: Partial<DailyStat> = {}): DailyStat {
  const storeId = partial.storeId ?? 's1';
  const hostingMode = partial.hostingMode ?? 'semi-managed';
  return {
    id: `${storeId}|${day}|${hostingMode}`,
    storeId,
    day,
    hostingMode,
    currency: 'USD',
    orders: 0,
    units: 0,
    gmv: 0,
    refunds: 0,
    refundedOrders: 0,
    disputedOrders: 0,
    newBuyers: 0,
    visitors: 0,
    productViews: 0,
    addToCarts: 0,
    ...partial,
  };
}

function dim(
  dimension: 'country' | 'product',
  key: string,
  day: string,
  gmv: number,
  orders = 1,
): DimensionDay {
  return {
    id: `s1|${dimension}|${key}|${day}|semi-managed`,
    storeId: 's1',
    dimension,
    key,
    day,
    hostingMode: 'semi-managed',
    currency: 'USD',
    orders,
    units: orders,
    gmv,
    refunds: 0,
  };
}

describe('periods and KPIs', () => {
  it('the previous period has the same length and ends the day before', () => {
    expect(previousPeriod({ from: '2025-11-01', to: '2025-11-30' })).toEqual({
      from: '2025-10-02',
      to: '2025-10-31',
    });
  });

  it('computes KPIs and compares them with the previous period', () => {
    const rows = [
      stat('2025-11-10', {
        orders: 10,
        gmv: 10_000,
        newBuyers: 8,
        visitors: 500,
        refundedOrders: 1,
        disputedOrders: 1,
      }),
      stat('2025-11-11', { orders: 30, gmv: 20_000, newBuyers: 20, visitors: 1500 }),
      stat('2025-11-09', { orders: 20, gmv: 15_000, visitors: 1000 }),
      stat('2025-11-08', { orders: 10, gmv: 5_000, visitors: 1000 }),
      stat('2025-11-11', { storeId: 's2', orders: 99, gmv: 99_999 }),
    ];
    const result = compareKpis(rows, { from: '2025-11-10', to: '2025-11-11' }, { storeIds: ['s1'] }, usd);
    expect(result.current).toMatchObject({
      orders: 40,
      gmv: 30_000,
      newBuyers: 28,
      returningOrders: 12,
      aov: 750,
      conversion: 0.02,
      refundRate: 0.025,
      disputeRate: 0.025,
    });
    expect(result.previous).toMatchObject({ orders: 30, gmv: 20_000 });
    expect(result.change.gmv).toBeCloseTo(0.5);
    expect(result.change.refundRate).toBeNull();
  });

  it('gives null ratios for an empty period', () => {
    expect(periodKpis([], { from: '2025-01-01', to: '2025-01-31' }, {}, usd)).toMatchObject({
      aov: null,
      conversion: null,
      refundRate: null,
    });
  });

  it('converts other currencies into the view currency', () => {
    const rows = [stat('2025-11-11', { orders: 1, gmv: 9000, currency: 'RUB' })];
    expect(periodKpis(rows, { from: '2025-11-11', to: '2025-11-11' }, {}, usd).gmv).toBe(100);
  });

  it('filters by hosting mode', () => {
    const rows = [
      stat('2025-11-11', { orders: 3 }),
      stat('2025-11-11', { orders: 5, hostingMode: 'fully-managed' }),
    ];
    expect(
      funnelTotals(rows, { from: '2025-11-11', to: '2025-11-11' }, { hostingModes: ['fully-managed'] })
        .orders,
    ).toBe(5);
  });
});

describe('kpiSeries', () => {
  it('keeps every bucket, sums to the period total, and never exceeds 2,000 points', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 1, max: 9000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 0, max: 1000 })), {
          maxLength: 30,
        }),
        (offset, length, entries) => {
          const from = addDays('2010-01-01', offset);
          const period = { from, to: addDays(from, length - 1) };
          const rows = entries.map(([dayOffset, gmv]) =>
            stat(addDays(from, dayOffset % length), { gmv, orders: 1 }),
          );
          const series = kpiSeries(rows, period, 'auto', {}, usd);
          expect(series.length).toBeLessThanOrEqual(2000);
          expect(series.reduce((sum, point) => sum + point.gmv, 0)).toBe(
            periodKpis(rows, period, {}, usd).gmv,
          );
          const starts = series.map((point) => point.start);
          expect([...starts].sort()).toEqual(starts);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('buckets by ISO week and by month', () => {
    const rows = dayRange('2025-11-01', '2025-11-30').map((day) => stat(day, { orders: 1 }));
    const weekly = kpiSeries(rows, { from: '2025-11-01', to: '2025-11-30' }, 'week', {}, usd);
    expect(weekly[0]).toMatchObject({ start: '2025-10-27', orders: 2 });
    expect(weekly.map((point) => point.start)).toEqual([
      '2025-10-27',
      '2025-11-03',
      '2025-11-10',
      '2025-11-17',
      '2025-11-24',
    ]);
    expect(kpiSeries(rows, { from: '2025-11-01', to: '2025-11-30' }, 'month', {}, usd)).toHaveLength(1);
    // "Auto" keeps a chart readable: days up to ~4 months, then weeks up to ~2 years, then months.
    expect(chooseBucket({ from: '2025-11-01', to: '2025-11-30' })).toBe('day');
    expect(chooseBucket({ from: '2025-01-01', to: '2025-12-31' })).toBe('week');
    expect(chooseBucket({ from: '2022-01-01', to: '2025-12-31' })).toBe('month');
    expect(chooseBucket({ from: '2000-01-01', to: '2030-01-01' }, MAX_SERIES_POINTS)).toBe('week');
  });
});

describe('top lists', () => {
  const rows = [
    dim('country', 'RU', '2025-11-11', 500),
    dim('country', 'US', '2025-11-11', 300),
    dim('country', 'BR', '2025-11-12', 100),
    dim('country', 'ES', '2025-11-12', 100),
    dim('product', 'p1', '2025-11-11', 400),
    dim('product', 'p1', '2025-11-13', 100),
    dim('product', 'p2', '2025-11-12', 450),
    dim('product', 'p3', '2025-11-12', 10),
  ];
  const period = { from: '2025-11-11', to: '2025-11-13' };

  it('ranks countries and folds the rest into others', () => {
    const result = topCountries(rows, period, 2, {}, usd);
    expect(result.top.map((entry) => entry.key)).toEqual(['RU', 'US']);
    expect(result.others).toMatchObject({ key: OTHERS_KEY, gmv: 200, orders: 2 });
    expect(result.top[0]!.share + result.top[1]!.share + result.others!.share).toBeCloseTo(1);
  });

  it('ranks products with one sparkline value per day', () => {
    const top = topProducts(rows, period, 2, {}, usd);
    expect(top.map((entry) => entry.key)).toEqual(['p1', 'p2']);
    expect(top[0]!.sparkline).toEqual([400, 0, 100]);
    expect(top[1]!.sparkline).toEqual([0, 450, 0]);
  });
});

describe('productTotals', () => {
  it('ranks every product and its shares add up to one', async () => {
    const { productTotals } = await import('./query');
    const { DEFAULT_EXCHANGE_RATES } = await import('./money');
    const row = (key: string, gmv: number) => ({
      id: `s|product|${key}|2026-01-02|self-operated`,
      storeId: 's',
      dimension: 'product' as const,
      key,
      day: '2026-01-02',
      hostingMode: 'self-operated' as const,
      currency: 'USD',
      orders: 1,
      units: 2,
      gmv,
      refunds: 0,
    });
    const totals = productTotals(
      [row('a', 100), row('b', 300), row('c', 600)],
      { from: '2026-01-01', to: '2026-01-31' },
      {},
      { currency: 'USD', rates: DEFAULT_EXCHANGE_RATES },
    );
    expect(totals.map((t) => t.key)).toEqual(['c', 'b', 'a']);
    expect(totals.reduce((sum, t) => sum + t.share, 0)).toBeCloseTo(1);
  });
});
