import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthlyUnitsBySku, splitUnits, unitsByProduct, type ProductUnitRow } from './monthlyUnits';

const row = (
  key: string,
  day: string,
  units: number,
  dimension: 'product' | 'country' = 'product',
): ProductUnitRow => ({
  key,
  day,
  units,
  dimension,
});

describe('monthly units', () => {
  it('sums a product’s units over the window, every mode, nothing else', () => {
    const rows = [
      row('p1', '2025-05-01', 3),
      row('p1', '2025-05-30', 4),
      row('p1', '2025-04-30', 100), // before the window
      row('p2', '2025-05-10', 2),
      row('RU', '2025-05-10', 50, 'country'),
    ];
    expect(unitsByProduct(rows, '2025-05-01', '2025-05-30')).toEqual(
      new Map([
        ['p1', 7],
        ['p2', 2],
      ]),
    );
  });

  it('splits by stock, evenly without stock, remainders to the first SKUs', () => {
    expect(
      splitUnits(10, [
        { id: 'a', stock: 30 },
        { id: 'b', stock: 10 },
      ]),
    ).toEqual(
      new Map([
        ['a', 8],
        ['b', 2],
      ]),
    );
    expect(
      splitUnits(10, [
        { id: 'a', stock: 0 },
        { id: 'b', stock: 0 },
        { id: 'c', stock: 0 },
      ]),
    ).toEqual(
      new Map([
        ['a', 4],
        ['b', 3],
        ['c', 3],
      ]),
    );
    expect(
      splitUnits(5, [
        { id: 'a', stock: 0 },
        { id: 'b', stock: 7 },
      ]),
    ).toEqual(
      new Map([
        ['a', 0],
        ['b', 5],
      ]),
    );
    expect(splitUnits(5, [])).toEqual(new Map());
  });

  it('gives every SKU a figure, 0 for products without sales', () => {
    const skus = [
      { id: 'k1', productId: 'p1', stock: 1 },
      { id: 'k2', productId: 'p1', stock: 1 },
      { id: 'k3', productId: 'p3', stock: 9 },
    ];
    const units = monthlyUnitsBySku([row('p1', '2025-05-02', 9)], skus, '2025-05-01', '2025-05-30');
    expect(units).toEqual(
      new Map([
        ['k1', 5],
        ['k2', 4],
        ['k3', 0],
      ]),
    );
  });

  it('always hands out exactly the product’s units, in whole non-negative numbers, never to SKUs without stock when some have it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: -5, max: 10_000 }), { minLength: 1, maxLength: 12 }),
        (units, stocks) => {
          const skus = stocks.map((stock, i) => ({ id: `s${i}`, stock }));
          const split = splitUnits(units, skus);
          const values = [...split.values()];
          expect(values.reduce((a, b) => a + b, 0)).toBe(units);
          for (const v of values) expect(Number.isInteger(v) && v >= 0).toBe(true);
          const anyStock = stocks.some((s) => s > 0);
          skus.forEach((s) => {
            if (anyStock && s.stock <= 0) expect(split.get(s.id)).toBe(0);
          });
          // Each SKU is within one unit of its exact proportional share.
          const weights = anyStock ? stocks.map((s) => Math.max(0, s)) : stocks.map(() => 1);
          const total = weights.reduce((a, b) => a + b, 0);
          skus.forEach((s, i) =>
            expect(Math.abs(split.get(s.id)! - (units * weights[i]!) / total)).toBeLessThan(1),
          );
        },
      ),
    );
  });
});
