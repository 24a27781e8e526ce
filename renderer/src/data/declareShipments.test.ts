import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Order } from '@shared/domain/types';
import { declareShipmentRows, readDeclareFile } from '@shared/logistics/declare';
import { readTrackingExport } from '@shared/logistics/trackingExport';
import { csvText } from '@shared/util/csv';
import { openWorkstationDb } from '../db/db';
import { applyDeclareRows, shippedOrdersWithParcels } from './declareShipments';
import { shipOrders } from './shipping';
import { applyTrackingUpdates } from './trackingUpdates';

const order = (n: number, extra: Partial<Order> = {}): Order => ({
  id: `s1:${n}`,
  storeId: 's1',
  orderId: String(n),
  buyerId: `b${n}`,
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
  shipTo: `Buyer ${n}\nMain Street 1\nBerlin`,
  ...extra,
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('declare-shipment file', () => {
  it('exports shipped orders and imports the file back idempotently, naming bad rows by row and column', async () => {
    const db = openWorkstationDb(`declare-${crypto.randomUUID()}`);
    await db.orders.bulkPut([order(1), order(2), order(3), order(4, { status: 'cancelled' })]);
    await shipOrders(db, {
      storeId: 's1',
      orderIds: ['s1:1'],
      carrierName: 'China Post',
      service: 'Registered Air',
      trackingCarrier: 'upu-s10',
      trackingNumber: 'RR123456785CH',
      now: Date.UTC(2026, 1, 10, 2, 0),
    });
    const { orders, parcels } = await shippedOrdersWithParcels(db, 's1');
    const rows = declareShipmentRows(orders, parcels);
    expect(rows).toEqual([
      ['order_id', 'carrier', 'service', 'tracking_number', 'ship_type', 'shipped_at'],
      ['1', 'China Post', 'Registered Air', 'RR123456785CH', 'all', '2026-02-10 10:00'],
    ]);

    // The file as a seller would edit it: order 2 added in lower case with spaces, bad rows on 4–7.
    const edited = csvText([
      ...rows,
      ['2', 'Cainiao', 'Standard', 'lp 0012 3456 7890 12', 'all', '2026-02-11 09:30'],
      ['3', 'China Post', '', 'RR123456784CH', 'all', ''],
      ['99', 'China Post', '', 'RR000000005GB', 'all', ''],
      ['4', 'China Post', '', 'RR111111115GB', 'all', ''],
      ['', 'China Post', '', 'RR000000005GB', 'partial', 'yesterday'],
    ]);
    const read = await readDeclareFile(bytes(edited), 'declare.csv');
    expect(read.errors.map((e) => [e.row, e.column])).toEqual([
      [7, 'order_id'],
      [7, 'ship_type'],
      [7, 'shipped_at'],
    ]);
    const first = await applyDeclareRows(db, 's1', 'declare.csv', read.rows, 5);
    expect(first.shipped).toBe(1);
    expect(first.unchanged).toBe(1);
    expect(first.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, 'tracking_number', 'badTracking'],
      [5, 'order_id', 'unknownOrder'],
      [6, 'order_id', 'notAwaiting'],
    ]);
    expect(first.errors[0]?.message).toContain('wrong check digit');
    expect(await db.orders.get('s1:2')).toMatchObject({
      status: 'shipped',
      trackingNumber: 'LP00123456789012',
      shippedAt: Date.UTC(2026, 1, 11, 1, 30),
    });

    const before = JSON.stringify([await db.orders.toArray(), await db.parcels.toArray()]);
    const again = await applyDeclareRows(db, 's1', 'declare.csv', read.rows, 6);
    expect(again).toMatchObject({ shipped: 0, unchanged: 2 });
    expect(JSON.stringify([await db.orders.toArray(), await db.parcels.toArray()])).toBe(before);
  });

  it('leaves an order that already carries a number the checker refuses (an export of imported orders)', async () => {
    const db = openWorkstationDb(`declare-${crypto.randomUUID()}`);
    await db.orders.bulkPut([order(1, { status: 'shipped', trackingNumber: 'UG123456785YP', shippedAt: 1 })]);
    const file = csvText([
      ['order_id', 'tracking_number'],
      ['1', 'UG123456785YP'],
    ]);
    const read = await readDeclareFile(bytes(file), 'x.csv');
    expect(await applyDeclareRows(db, 's1', 'x.csv', read.rows, 2)).toEqual({
      shipped: 0,
      unchanged: 1,
      errors: [],
    });
  });

  it('refuses a number another order uses, and a different number on an order already shipped', async () => {
    const db = openWorkstationDb(`declare-${crypto.randomUUID()}`);
    await db.orders.bulkPut([order(1), order(2)]);
    await shipOrders(db, {
      storeId: 's1',
      orderIds: ['s1:1'],
      carrierName: 'China Post',
      service: '',
      trackingCarrier: 'upu-s10',
      trackingNumber: 'RR123456785CH',
      now: 1,
    });
    const file = csvText([
      ['Order ID', 'Tracking number'],
      ['2', 'RR123456785CH'],
      ['1', 'RR000000005GB'],
    ]);
    const read = await readDeclareFile(bytes(file), 'x.csv');
    const result = await applyDeclareRows(db, 's1', 'x.csv', read.rows, 2);
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'Tracking number', 'usedElsewhere'],
      [3, 'Tracking number', 'otherNumber'],
    ]);
    expect((await db.orders.get('s1:2'))?.status).toBe('awaiting-shipment');
  });
});

describe('tracking export', () => {
  it('updates parcel statuses, keeps the first scan, delivers orders and names unknown numbers', async () => {
    const db = openWorkstationDb(`tracking-${crypto.randomUUID()}`);
    await db.orders.bulkPut([order(1), order(2)]);
    for (const [n, number] of [
      [1, 'RR123456785CH'],
      [2, 'LP00123456789012'],
    ] as const)
      await shipOrders(db, {
        storeId: 's1',
        orderIds: [`s1:${n}`],
        carrierName: 'x',
        service: '',
        trackingCarrier: n === 1 ? 'upu-s10' : 'cainiao',
        trackingNumber: number,
        now: 1,
      });
    const file = csvText([
      ['运单号', '包裹状态', '揽收时间', '最后更新时间', '最新动态'],
      ['rr123456785ch', '已签收', '2026-02-02 08:00', '2026-02-20 12:00', 'Delivered, Berlin'],
      ['LP00123456789012', 'Not found', '', '2026-02-03 08:00', ''],
      ['RR000000005GB', 'In transit', '', '', ''],
      ['LP00123456789012', 'teleported', '', '', ''],
    ]);
    const read = await readTrackingExport(bytes(file), 'track.csv');
    expect(read.errors.map((e) => [e.row, e.column, e.code])).toEqual([[5, '包裹状态', 'badStatus']]);
    const result = await applyTrackingUpdates(db, ['s1'], 'track.csv', read.updates, 10);
    expect(result).toMatchObject({ updated: 2, unchanged: 0 });
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([[4, '运单号', 'unknownParcel']]);
    const parcels = await db.parcels.toArray();
    const delivered = parcels.find((p) => p.trackingNumber === 'RR123456785CH');
    expect(delivered).toMatchObject({
      status: 'delivered',
      firstScanAt: Date.UTC(2026, 1, 2, 0, 0),
      lastEvent: 'Delivered, Berlin',
    });
    const unscanned = parcels.find((p) => p.trackingNumber === 'LP00123456789012');
    expect(unscanned?.status).toBe('in-transit');
    expect(unscanned?.firstScanAt).toBeUndefined();
    expect(await db.orders.get('s1:1')).toMatchObject({
      status: 'delivered',
      deliveredAt: Date.UTC(2026, 1, 20, 4, 0),
    });
    const again = await applyTrackingUpdates(db, ['s1'], 'track.csv', read.updates, 11);
    expect(again).toMatchObject({ updated: 0, unchanged: 2 });
    // Delivered orders are still in the declare-shipment export.
    expect((await shippedOrdersWithParcels(db, 's1')).orders).toHaveLength(2);
  });
});

describe('tracking export for orders shipped outside the app', () => {
  it('makes the parcel of imported shipped orders from their tracking number', async () => {
    const db = openWorkstationDb(`tracking-${crypto.randomUUID()}`);
    await db.orders.bulkPut([
      order(1, { status: 'shipped', trackingNumber: 'RR123456785CH', shippedAt: 50, carrier: 'china-post' }),
    ]);
    const file = csvText([
      ['tracking_number', 'status'],
      ['RR123456785CH', 'Exception: customs'],
    ]);
    const read = await readTrackingExport(bytes(file), 't.csv');
    const result = await applyTrackingUpdates(db, ['s1'], 't.csv', read.updates, 60);
    expect(result).toMatchObject({ updated: 1, errors: [] });
    const [parcel] = await db.parcels.toArray();
    expect(parcel).toMatchObject({
      status: 'exception',
      orderIds: ['s1:1'],
      declaredAt: 50,
      carrierName: 'China Post',
    });
    expect((await db.orders.get('s1:1'))?.parcelId).toBe(parcel?.id);
    expect(await applyTrackingUpdates(db, ['s1'], 't.csv', read.updates, 61)).toMatchObject({ unchanged: 1 });
  });
});
