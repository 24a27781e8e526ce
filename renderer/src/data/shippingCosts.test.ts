import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCHANGE_RATES } from '@shared/analytics/money';
import { openWorkstationDb } from '../db/db';
import { shippingCostsOfStore } from './shippingCosts';

describe('shipping cost per SKU from shipped parcels', () => {
  it('shares each parcel’s cost by weight, converts it, and leaves out parcels outside the period', async () => {
    const db = openWorkstationDb(`costs-${crypto.randomUUID()}`);
    const line = (id: string, orderId: string, skuId: string, productId: string, quantity: number) => ({
      id,
      orderId,
      storeId: 's1',
      productId,
      skuId,
      title: '',
      quantity,
      unitPrice: 100,
      currency: 'USD',
    });
    await db.orderLines.bulkPut([
      line('l1', 'o1', 'A', 'pa', 2),
      line('l2', 'o1', 'B', 'pb', 1),
      line('l3', 'o2', 'A', 'pa', 1),
    ]);
    await db.products.bulkPut([
      { id: 'pa', weightGrams: 100 },
      { id: 'pb', weightGrams: 200 },
    ] as never);
    const parcel = (
      id: string,
      orderIds: string[],
      declaredAt: number,
      costHundredths: number,
      costCurrency = 'USD',
    ) => ({
      id,
      storeId: 's1',
      orderIds,
      status: 'in-transit' as const,
      declaredAt,
      costHundredths,
      costCurrency,
      createdAt: 0,
      updatedAt: 0,
      updatedBy: 't',
    });
    await db.parcels.bulkPut([
      parcel('p1', ['o1'], 1000, 800), // A 2×100 g, B 200 g: 400 each
      parcel('p2', ['o2'], 2000, 300),
      parcel('p3', ['o2'], 99_000, 5000), // outside the period
      { ...parcel('p4', ['o2'], 1500, 5000), deletedAt: 1600 },
    ]);
    const costs = await shippingCostsOfStore(db, 's1', 0, 10_000, 'USD', DEFAULT_EXCHANGE_RATES);
    expect(costs.perUnit.get('A')).toBe(Math.round((400 + 300) / 3)); // 233
    expect(costs.perUnit.get('B')).toBe(400);
    expect(costs.parcels.get('A')).toBe(2);
    const inCny = await shippingCostsOfStore(db, 's1', 0, 10_000, 'CNY', DEFAULT_EXCHANGE_RATES);
    expect(inCny.perUnit.get('B')).toBeGreaterThan(400);
  });
});
