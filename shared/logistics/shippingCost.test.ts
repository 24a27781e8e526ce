import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { perUnitCost, shippingCostBySku, splitByWeights } from './shippingCost';

describe('shipping cost per SKU', () => {
  it('shares a parcel by weight when every weight is known, else by quantity', () => {
    const costs = shippingCostBySku(
      [
        { orderIds: ['o1', 'o2'], costMinor: 3000 },
        { orderIds: ['o3'], costMinor: 1001 },
      ],
      [
        { orderId: 'o1', key: 'A', quantity: 1, unitWeightG: 100 },
        { orderId: 'o2', key: 'B', quantity: 1, unitWeightG: 200 },
        { orderId: 'o3', key: 'A', quantity: 2 },
        { orderId: 'o3', key: 'C', quantity: 1, unitWeightG: 50 },
      ],
    );
    // Parcel 1: A 1000, B 2000 by weight; parcel 2 (one weight unknown): 1001 by quantity, A 2 units 667, C 1 unit 334.
    expect(costs.get('A')).toEqual({ costMinor: 1000 + 667, units: 3, parcels: 2 });
    expect(costs.get('B')).toEqual({ costMinor: 2000, units: 1, parcels: 1 });
    expect(costs.get('C')).toEqual({ costMinor: 334, units: 1, parcels: 1 });
    expect(perUnitCost(costs.get('A'))).toBe(556);
    expect(perUnitCost(undefined)).toBeUndefined();
  });

  it('shares always add up to the parcel cost exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const shares = splitByWeights(total, weights);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          expect(shares.every((s) => s >= 0)).toBe(true);
        },
      ),
    );
  });
});
