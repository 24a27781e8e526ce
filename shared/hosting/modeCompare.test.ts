import { describe, expect, it } from 'vitest';
import { dayStartMs, DAY_MS } from '@shared/util/days';
import { salesByMode, salesBySegment, weightedPerUnit } from './modeCompare';

describe('compare by mode', () => {
  it('adds sales per mode in the period and estimates margin from units × per-unit margin', () => {
    const daily = [
      { day: '2025-05-01', hostingMode: 'self-operated' as const, orders: 2, units: 3, gmv: 3000 },
      { day: '2025-05-02', hostingMode: 'fully-managed' as const, orders: 1, units: 1, gmv: 1000 },
      { day: '2025-04-01', hostingMode: 'fully-managed' as const, orders: 9, units: 9, gmv: 9000 },
    ];
    const products = [
      { key: 'p1', day: '2025-05-01', hostingMode: 'self-operated' as const, units: 3 },
      { key: 'p2', day: '2025-05-02', hostingMode: 'fully-managed' as const, units: 1 },
      { key: 'gone', day: '2025-05-02', hostingMode: 'self-operated' as const, units: 2 },
    ];
    const margin = (id: string, mode: string) =>
      id === 'gone' ? undefined : mode === 'self-operated' ? 250 : 100;
    const result = salesByMode(daily, products, '2025-05-01', '2025-05-31', margin);
    const self = result.find((r) => r.mode === 'self-operated')!;
    const fully = result.find((r) => r.mode === 'fully-managed')!;
    expect(self).toMatchObject({
      orders: 2,
      units: 3,
      gmv: 3000,
      margin: 750,
      unitsWithoutModel: 2,
      gmvShare: 0.75,
    });
    expect(fully).toMatchObject({ orders: 1, gmv: 1000, margin: 100, gmvShare: 0.25 });
    expect(result.find((r) => r.mode === 'semi-managed')).toMatchObject({ orders: 0, gmv: 0, gmvShare: 0 });
  });

  it('weights per-unit figures, evenly when every weight is zero', () => {
    expect(
      weightedPerUnit([
        { value: 100, weight: 3 },
        { value: 200, weight: 1 },
      ]),
    ).toBe(125);
    expect(
      weightedPerUnit([
        { value: 100, weight: 0 },
        { value: 200, weight: 0 },
      ]),
    ).toBe(150);
    expect(weightedPerUnit([])).toBeUndefined();
  });

  it('splits a product’s days at the switch; the switch day stays with “before”', () => {
    const start = dayStartMs('2025-05-01');
    const switchAt = dayStartMs('2025-05-11') + 14 * 3_600_000;
    const end = dayStartMs('2025-05-21');
    const rows = [
      { day: '2025-05-01', orders: 1, units: 2, gmv: 200 },
      { day: '2025-05-11', orders: 1, units: 1, gmv: 100 },
      { day: '2025-05-12', orders: 3, units: 3, gmv: 600 },
    ];
    const [before, after] = salesBySegment(rows, [
      { start, end: switchAt, mode: 'self-operated' },
      { start: switchAt, end, mode: 'fully-managed' },
    ]);
    expect(before).toMatchObject({ mode: 'self-operated', units: 3, gmv: 300, days: 10.6 });
    expect(after).toMatchObject({ mode: 'fully-managed', units: 3, gmv: 600, days: 9.4, gmvPerDay: 64 });
    const [tiny] = salesBySegment([], [{ start, end: start + DAY_MS / 2, mode: 'semi-managed' }]);
    expect(tiny?.unitsPerDay).toBeNull();
  });
});
