import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Order, OrderLine } from '@shared/domain/types';
import { openWorkstationDb, type WorkstationDb } from '../db/db';
import { deleteStoreData } from './deleteStore';
import { writeOrderChunk } from './orders/chunkWrites';
import { storedOrderHistory } from './orders/orderHistory';
import { rebuildShipQueue, shipQueueOf } from './shipQueue';
import { mergeIntoParcel, shipOrders, splitParcel } from './shipping';
import { applyTrackingUpdates } from './trackingUpdates';

const order = (n: number, extra: Partial<Order> = {}): Order => ({
  id: `s1:${n}`,
  storeId: 's1',
  orderId: String(n),
  buyerId: 'b1',
  buyerName: 'Anna',
  country: 'DE',
  placedAt: 1000 + n,
  paidAt: 2000 + n,
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

const line = (n: number, productId: string, k = 1): OrderLine => ({
  id: `s1:${n}:${k}`,
  orderId: `s1:${n}`,
  storeId: 's1',
  productId,
  title: productId,
  quantity: 1,
  unitPrice: 500,
  currency: 'USD',
});

/** Orders written the way an import writes them (one chunk through applyOrderChanges). */
function importOrders(db: WorkstationDb, orders: Order[], lines: OrderLine[], chunk = 0) {
  return writeOrderChunk(
    db,
    storedOrderHistory(db),
    `batch-${chunk}`,
    chunk,
    orders.map((o) => ({ id: o.id, next: o, nextLines: lines.filter((l) => l.orderId === o.id) })),
  );
}

const queueIds = async (db: WorkstationDb) => (await shipQueueOf(db, 's1')).map((r) => r.id).sort();

describe('ship-by queue', () => {
  it('follows every write path that changes an order: import, merge, split, ship, re-import, delete', async () => {
    const db = openWorkstationDb(`ship-queue-${crypto.randomUUID()}`);
    await importOrders(
      db,
      [order(1), order(2), order(3, { status: 'completed' }), order(4, { buyerId: 'b2', handlingDays: 4 })],
      [line(1, 'p1'), line(1, 'p2', 2), line(1, 'p1', 3), line(2, 'p2'), line(4, 'p3')],
    );
    expect(await queueIds(db)).toEqual(['s1:1', 's1:2', 's1:4']);
    const first = await db.shipQueue.get('s1:1');
    expect(first).toMatchObject({
      storeId: 's1',
      orderId: '1',
      buyerName: 'Anna',
      paidAt: 2001,
      status: 'awaiting-shipment',
      productIds: ['p1', 'p2'],
    });
    expect((await db.shipQueue.get('s1:4'))?.handlingDays).toBe(4);

    const parcel = await mergeIntoParcel(db, ['s1:1', 's1:2'], 5);
    expect((await db.shipQueue.get('s1:2'))?.parcelId).toBe(parcel.id);
    expect((await db.shipQueue.get('s1:2'))?.productIds).toEqual(['p2']);
    await splitParcel(db, parcel.id, 6);
    expect((await db.shipQueue.get('s1:2'))?.parcelId).toBeUndefined();

    await shipOrders(db, {
      storeId: 's1',
      orderIds: ['s1:1'],
      carrierName: 'China Post',
      service: 'Registered Air Mail',
      trackingCarrier: 'upu-s10',
      trackingNumber: 'RR123456785CN',
      now: 7,
    });
    expect(await queueIds(db)).toEqual(['s1:2', 's1:4']);
    // A delivered parcel never brings a row back.
    await applyTrackingUpdates(
      db,
      ['s1'],
      'tracking.csv',
      [{ row: 2, trackingNumber: 'RR123456785CN', status: 'delivered', columns: {} }],
      8,
    );
    expect(await queueIds(db)).toEqual(['s1:2', 's1:4']);

    // A later export says order 2 was cancelled and order 3 reopened, with another product.
    await importOrders(db, [order(2, { status: 'cancelled' }), order(3)], [line(2, 'p2'), line(3, 'p9')], 1);
    expect(await queueIds(db)).toEqual(['s1:3', 's1:4']);
    expect((await db.shipQueue.get('s1:3'))?.productIds).toEqual(['p9']);

    await db.shipQueue.clear();
    expect(await rebuildShipQueue(db, 's1')).toBe(2);
    expect(await queueIds(db)).toEqual(['s1:3', 's1:4']);

    await deleteStoreData(db, 's1');
    expect(await db.shipQueue.count()).toBe(0);
  });

  it('is filled by the v16 upgrade from the orders and lines a v15 store holds', async () => {
    const name = `ship-queue-upgrade-${crypto.randomUUID()}`;
    const v15 = openWorkstationDb(name, 15);
    await v15.stores.put({
      id: 's1',
      name: 'Old store',
      currency: 'USD',
      hostingMode: 'self-operated',
      createdAt: 0,
      isDemo: false,
    });
    await v15.orders.bulkPut([order(1), order(2, { status: 'shipped' }), order(3, { parcelId: 'p-1' })]);
    await v15.orderLines.bulkPut([line(1, 'p1'), line(2, 'p1'), line(3, 'p4'), line(3, 'p5', 2)]);
    v15.close();

    const latest = openWorkstationDb(name);
    await latest.open();
    expect(latest.verno).toBe(16);
    const rows = await shipQueueOf(latest, 's1');
    expect(rows.map((r) => [r.id, r.productIds, r.parcelId])).toEqual([
      ['s1:1', ['p1'], undefined],
      ['s1:3', ['p4', 'p5'], 'p-1'],
    ]);
  });
});
