import { describe, expect, it } from 'vitest';
import { orderIdOf } from '@shared/domain/ids';
import type { Order } from '@shared/domain/types';
import { openWorkstationDb } from '../../db/db';
import { countryOptions, fetchAllOrders, fetchOrdersPage, productOptions } from './orderQueries';

const orderNumber = (n: number) => `80${String(n).padStart(6, '0')}`;
const order = (n: number, storeId = 's1', status: Order['status'] = 'completed'): Order => ({
  id: orderIdOf(storeId, orderNumber(n)),
  storeId,
  orderId: orderNumber(n),
  buyerId: 'b',
  country: 'RU',
  placedAt: n * 1000,
  day: '2026-01-01',
  status,
  amount: 100,
  shippingFee: 0,
  refundAmount: 0,
  currency: 'USD',
  itemCount: 1,
  hostingMode: 'self-operated',
  trackingNumber: `LP${n}CN`,
});

describe('fetchOrdersPage', () => {
  it('pages newest first within a store and status, without crossing stores', async () => {
    const db = openWorkstationDb(`orders-${Math.random()}`);
    await db.orders.bulkPut([
      ...Array.from({ length: 30 }, (_, i) => order(i, 's1', i % 3 === 0 ? 'refunded' : 'completed')),
      ...Array.from({ length: 5 }, (_, i) => order(100 + i, 's2')),
    ]);
    const first = await fetchOrdersPage(db, { storeId: 's1' }, undefined, 10);
    expect(first.map((o) => o.placedAt)).toEqual(
      [29, 28, 27, 26, 25, 24, 23, 22, 21, 20].map((n) => n * 1000),
    );
    const second = await fetchOrdersPage(db, { storeId: 's1' }, first.at(-1)?.placedAt, 10);
    expect(second[0]?.placedAt).toBe(19000);
    const refunded = await fetchOrdersPage(db, { storeId: 's1', status: 'refunded' }, undefined, 100);
    expect(refunded).toHaveLength(10);
    expect(refunded.every((o) => o.status === 'refunded' && o.storeId === 's1')).toBe(true);
    const searched = await fetchOrdersPage(db, { storeId: 's1', search: '8000002' }, undefined, 50);
    expect(searched.map((o) => o.orderId)).toEqual([
      '80000029',
      '80000028',
      '80000027',
      '80000026',
      '80000025',
      '80000024',
      '80000023',
      '80000022',
      '80000021',
      '80000020',
    ]);
    const tracking = await fetchOrdersPage(db, { storeId: 's1', search: 'lp7cn' }, undefined, 50);
    expect(tracking.map((o) => o.orderId)).toEqual(['80000007']);
    expect(await fetchOrdersPage(db, { storeId: 's1', search: '800001' }, undefined, 50)).toEqual([]);
    expect(
      (await fetchOrdersPage(db, { storeId: 's2', search: '800001' }, undefined, 50)).map((o) => o.orderId),
    ).toHaveLength(5);
    db.close();
  });
});

describe('fetchOrdersPage filters', () => {
  it('narrows by date range, country and product, and fetchAllOrders exports every match', async () => {
    const db = openWorkstationDb(`orders-filter-${Math.random()}`);
    const orders = Array.from({ length: 40 }, (_, i) => ({
      ...order(i),
      country: i % 2 ? 'BR' : 'RU',
      placedAt: Date.UTC(2025, 10, 1) + i * 86_400_000,
    }));
    await db.orders.bulkPut(orders);
    await db.orderLines.bulkPut(
      orders.map((o, i) => ({
        id: `${o.id}:0`,
        orderId: o.id,
        storeId: 's1',
        productId: i % 4 === 0 ? 'case' : 'strip',
        title: i % 4 === 0 ? 'Phone case' : 'LED strip',
        quantity: 1,
        unitPrice: 100,
        currency: 'USD',
      })),
    );
    const from = Date.UTC(2025, 10, 5);
    const to = Date.UTC(2025, 10, 15);
    const ranged = await fetchOrdersPage(db, { storeId: 's1', from, to }, undefined, 100);
    expect(ranged).toHaveLength(10);
    expect(ranged.every((o) => o.placedAt >= from && o.placedAt < to)).toBe(true);
    const brazil = await fetchOrdersPage(db, { storeId: 's1', from, to, country: 'BR' }, undefined, 100);
    expect(brazil.map((o) => o.country)).toEqual(Array(5).fill('BR'));
    const cases = await fetchOrdersPage(
      db,
      { storeId: 's1', productId: 'case', country: 'RU' },
      undefined,
      100,
    );
    expect(cases).toHaveLength(10);
    expect(cases[0]!.placedAt).toBeGreaterThan(cases[1]!.placedAt);
    const all = await fetchAllOrders(db, { storeId: 's1', country: 'RU' }, undefined, 7);
    expect(all).toHaveLength(20);
    expect(new Set(all.map((o) => o.id)).size).toBe(20);
  });

  it('offers catalog products and products only imported lines name, and the countries with orders', async () => {
    const db = openWorkstationDb(`orders-options-${Math.random()}`);
    await db.products.put({
      id: 'p1',
      storeId: 's1',
      code: 'HH-01',
      internalName: '手机壳',
      title: { en: 'Phone case' },
      description: {},
      category: 'phone-accessories',
      attributes: {},
      packageCm: { length: 1, width: 1, height: 1 },
      handlingDays: 3,
      mainImageIds: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await db.dimensionMonths.bulkPut(
      (['p1', '1005002', 'RU', 'BR'] as const).map((key, i) => ({
        id: `s1|${i < 2 ? 'product' : 'country'}|${key}|2025-11-01|self-operated`,
        storeId: 's1',
        dimension: i < 2 ? ('product' as const) : ('country' as const),
        key,
        day: '2025-11-01',
        hostingMode: 'self-operated' as const,
        currency: 'USD',
        orders: 1,
        units: 1,
        gmv: 1,
        refunds: 0,
        days: {},
      })),
    );
    await db.orderLines.put({
      id: 's1:9:0',
      orderId: 's1:9',
      storeId: 's1',
      productId: '1005002',
      title: 'LED strip',
      quantity: 1,
      unitPrice: 1,
      currency: 'USD',
    });
    expect(await productOptions(db, 's1')).toEqual([
      { value: '1005002', label: 'LED strip · 1005002' },
      { value: 'p1', label: 'Phone case · 手机壳 · HH-01' },
    ]);
    expect(await countryOptions(db, 's1')).toEqual(['BR', 'RU']);
  });
});
