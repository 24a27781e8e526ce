import { describe, expect, it } from 'vitest';
import type { Order, Shipment } from '@shared/domain/types';
import { inboundShipments, inboundState, parcelsToShip } from './fulfilmentQueries';
import { freshDb } from '../../../data/hosting/testKit';

const order = (id: string, placedAt: number, over: Partial<Order> = {}): Order => ({
  id,
  storeId: 's1',
  orderId: id,
  buyerId: 'b',
  country: 'RU',
  placedAt,
  day: '2025-06-01',
  status: 'awaiting-shipment',
  amount: 1000,
  shippingFee: 0,
  refundAmount: 0,
  currency: 'USD',
  itemCount: 1,
  hostingMode: 'self-operated',
  ...over,
});

const shipment = (id: string, createdAt: number, over: Partial<Shipment> = {}): Shipment => ({
  id,
  storeId: 's1',
  kind: 'warehouse-inbound',
  carrier: 'cainiao',
  trackingNumber: id,
  country: 'CN',
  createdAt,
  cost: { amount: 100, currency: 'CNY' },
  ...over,
});

describe('fulfilment lists', () => {
  it('lists buyer parcels the merchant ships, oldest first, without fully managed or shipped orders or other stores', async () => {
    const db = freshDb();
    await db.orders.bulkPut([
      order('o3', 300, { hostingMode: 'semi-managed' }),
      order('o1', 100),
      order('o2', 200, { hostingMode: 'fully-managed' }),
      order('o4', 50, { status: 'shipped' }),
      order('o5', 10, { storeId: 's2' }),
    ]);
    expect((await parcelsToShip(db, 's1')).map((o) => o.id)).toEqual(['o1', 'o3']);
    expect((await parcelsToShip(db, 's1', 1)).map((o) => o.id)).toEqual(['o1']);
  });

  it('lists the store’s inbound shipments newest first, never buyer parcels', async () => {
    const db = freshDb();
    await db.shipments.bulkPut([
      shipment('i1', 100, { shippedAt: 150, deliveredAt: 300 }),
      shipment('i2', 200, { shippedAt: 250 }),
      shipment('p1', 400, { kind: 'buyer-parcel', orderId: 'o1' }),
      shipment('x1', 500, { storeId: 's2' }),
      shipment('i3', 300),
    ]);
    const rows = await inboundShipments(db, 's1');
    expect(rows.map((s) => s.id)).toEqual(['i3', 'i2', 'i1']);
    expect(rows.map(inboundState)).toEqual(['preparing', 'in-transit', 'received']);
  });
});
