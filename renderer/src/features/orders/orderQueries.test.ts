import { describe, expect, it } from 'vitest';
import { orderIdOf } from '@shared/domain/ids';
import type { Order } from '@shared/domain/types';
import { openWorkstationDb } from '../../db/db';
import { fetchOrdersPage } from './orderQueries';

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
