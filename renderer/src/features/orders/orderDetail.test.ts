import { describe, expect, it } from 'vitest';
import type { MediaItem, Order, OrderLine, Product } from '@shared/domain/types';
import type { ParcelRecord } from '@shared/logistics/records';
import { openWorkstationDb } from '../../db/db';
import { buyerNameOf, loadOrderDetail, orderTimeline } from './orderDetail';

const order = (over: Partial<Order> = {}): Order => ({
  id: 's1:8100001',
  storeId: 's1',
  orderId: '8100001',
  buyerId: 's1:buyer:42',
  country: 'RU',
  placedAt: Date.UTC(2026, 0, 5, 10),
  day: '2026-01-05',
  status: 'shipped',
  amount: 2599,
  shippingFee: 300,
  refundAmount: 0,
  currency: 'USD',
  itemCount: 2,
  hostingMode: 'self-operated',
  ...over,
});
const line = (n: number, productId: string, over: Partial<OrderLine> = {}): OrderLine => ({
  id: `s1:8100001:${n}`,
  orderId: 's1:8100001',
  storeId: 's1',
  productId,
  title: `Item ${n}`,
  quantity: 1,
  unitPrice: 1299,
  currency: 'USD',
  ...over,
});
const media = (id: string, over: Partial<MediaItem> = {}): MediaItem => ({
  id,
  storeId: 's1',
  sha256: id.padEnd(64, '0'),
  fileName: `${id}.jpg`,
  width: 800,
  height: 800,
  bytes: 1000,
  format: 'jpeg',
  createdAt: 1,
  ...over,
});
const product = (id: string, mainImageIds: string[]): Product => ({
  id,
  storeId: 's1',
  code: `HH-${id}`,
  title: { en: id },
  description: {},
  category: 'phone-accessories',
  attributes: {},
  packageCm: { length: 1, width: 1, height: 1 },
  handlingDays: 3,
  mainImageIds,
  createdAt: 1,
  updatedAt: 1,
});
const parcel = (over: Partial<ParcelRecord> = {}): ParcelRecord => ({
  id: 'p1',
  storeId: 's1',
  orderIds: ['s1:8100001', 's1:8100002'],
  status: 'in-transit',
  trackingNumber: 'RR123456785CN',
  declaredAt: Date.UTC(2026, 0, 6),
  firstScanAt: Date.UTC(2026, 0, 7),
  createdAt: 1,
  updatedAt: 1,
  updatedBy: 'me',
  ...over,
});

describe('loadOrderDetail', () => {
  it('gives each line its product picture from the media library, or none, with the parcels and conversations', async () => {
    const db = openWorkstationDb(`order-detail-${Math.random()}`);
    await db.orders.bulkPut([order(), order({ id: 's1:8100002', orderId: '8100002' })]);
    await db.orderLines.bulkPut([
      line(1, 'with-main'),
      line(2, 'attached-only'),
      line(3, 'no-picture'),
      line(4, 'not-in-catalog'),
    ]);
    await db.products.bulkPut([
      product('with-main', ['m-main']),
      product('attached-only', []),
      product('no-picture', []),
    ]);
    await db.media.bulkPut([
      media('m-main'),
      media('m-attached', { productId: 'attached-only' }),
      media('m-other-store', { productId: 'no-picture', storeId: 's2' }),
    ]);
    await db.parcels.bulkPut([parcel(), parcel({ id: 'gone', deletedAt: 5 })]);
    await db.conversations.put({
      id: 'c1',
      storeId: 's1',
      buyerId: 's1:buyer:42',
      buyerName: 'Иван',
      country: 'RU',
      language: 'ru',
      orderId: 's1:8100001',
      subject: 'Где посылка',
      status: 'open',
      labels: [],
      lastMessageAt: 10,
      platformHandled: false,
      messageCount: 2,
    });

    const detail = await loadOrderDetail(db, 's1:8100001');
    expect(detail?.lines.map((l) => l.image?.id)).toEqual(['m-main', 'm-attached', undefined, undefined]);
    expect(detail?.lines[0]?.productCode).toBe('HH-with-main');
    expect(detail?.parcels.map((p) => p.id)).toEqual(['p1']);
    expect(detail?.conversations.map((c) => c.id)).toEqual(['c1']);
    expect(await loadOrderDetail(db, 's1:missing')).toBeUndefined();
  });
});

describe('orderTimeline', () => {
  it('lists what the records tell, in the order an order lives it', () => {
    const events = orderTimeline(
      order({ status: 'delivered', paidAt: Date.UTC(2026, 0, 5, 11), deliveredAt: Date.UTC(2026, 0, 20) }),
      [parcel()],
      Date.UTC(2026, 1, 1),
    );
    expect(events.map((e) => e.step)).toEqual([
      'placed',
      'paid',
      'declared',
      'first-scan',
      'shipped',
      'delivered',
    ]);
    // The export said "shipped" but not when: the step is there, without a date.
    expect(events.find((e) => e.step === 'shipped')?.at).toBeUndefined();
  });

  it('ends with the final status and marks a dispute deadline still ahead', () => {
    const now = Date.UTC(2026, 0, 10);
    const disputed = orderTimeline(
      order({ status: 'disputed', shippedAt: Date.UTC(2026, 0, 6), disputeDeadline: Date.UTC(2026, 0, 15) }),
      [],
      now,
    );
    expect(disputed.map((e) => e.step)).toEqual(['placed', 'shipped', 'disputed', 'dispute-deadline']);
    expect(disputed.at(-1)?.future).toBe(true);
    const cancelled = orderTimeline(order({ status: 'cancelled', disputeDeadline: now + 1 }), [], now);
    expect(cancelled.map((e) => e.step)).toEqual(['placed', 'cancelled']);
  });
});

describe('buyerNameOf', () => {
  it('shows a dash for an order without a buyer name, never the internal buyer id', () => {
    expect(buyerNameOf(order())).toBe('—');
    expect(buyerNameOf(order({ buyerName: '   ' }))).toBe('—');
    expect(buyerNameOf(order({ buyerName: ' Ana Souza ' }))).toBe('Ana Souza');
  });
});
