import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Order } from '@shared/domain/types';
import { openWorkstationDb } from '../db/db';
import { awaitingOrders, mergeIntoParcel, shipOrders, splitParcel, trackingNumberUsedBy } from './shipping';

const order = (n: number, extra: Partial<Order> = {}): Order => ({
  id: `s1:${n}`,
  storeId: 's1',
  orderId: String(n),
  buyerId: 'b1',
  country: 'DE',
  placedAt: 1000 + n,
  day: '2026-02-13',
  status: 'awaiting-shipment',
  amount: 1000,
  shippingFee: 0,
  refundAmount: 0,
  currency: 'USD',
  itemCount: 1,
  hostingMode: 'self-operated',
  shipTo: 'Anna\nMain Street 1\nBerlin',
  ...extra,
});

describe('shipping writes', () => {
  it('merges, ships the parcel with one number, flags the number as used, and splits only unshipped parcels', async () => {
    const db = openWorkstationDb(`shipping-${crypto.randomUUID()}`);
    await db.orders.bulkPut([
      order(1),
      order(2),
      order(3, { buyerId: 'b2' }),
      order(4, { cashOnDelivery: true }),
    ]);
    await expect(mergeIntoParcel(db, ['s1:1', 's1:4'], 5)).rejects.toThrow();
    const parcel = await mergeIntoParcel(db, ['s1:1', 's1:2'], 5);
    expect((await db.orders.get('s1:2'))?.parcelId).toBe(parcel.id);

    await splitParcel(db, parcel.id, 6);
    expect((await db.orders.get('s1:2'))?.parcelId).toBeUndefined();
    expect((await db.parcels.get(parcel.id))?.deletedAt).toBe(6);

    const again = await mergeIntoParcel(db, ['s1:1', 's1:2'], 7);
    const shipped = await shipOrders(db, {
      storeId: 's1',
      orderIds: ['s1:1', 's1:2'],
      carrierName: 'China Post',
      service: 'Registered',
      trackingCarrier: 'upu-s10',
      trackingNumber: 'rr 123456785 ch',
      now: 8,
    });
    expect(shipped.id).toBe(again.id);
    expect(shipped.orderIds).toEqual(['s1:1', 's1:2']);
    const one = await db.orders.get('s1:1');
    expect(one).toMatchObject({
      status: 'shipped',
      trackingNumber: 'RR123456785CH',
      carrier: 'china-post',
      shippedAt: 8,
    });
    expect((await awaitingOrders(db, 's1')).map((o) => o.id)).toEqual(['s1:3', 's1:4']);
    expect(await trackingNumberUsedBy(db, 'RR123456785CH', ['s1:3'])).toEqual(['1', '2']);
    expect(await trackingNumberUsedBy(db, 'RR123456785CH', ['s1:1', 's1:2'])).toEqual([]);
    // A shipped parcel is not split.
    await splitParcel(db, shipped.id, 9);
    expect((await db.orders.get('s1:1'))?.parcelId).toBe(shipped.id);
    db.close();
  });
});
