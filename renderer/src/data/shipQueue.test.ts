import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Order, OrderLine } from '@shared/domain/types';
import { openWorkstationDb, type WorkstationDb } from '../db/db';
import { deleteStoreData } from './deleteStore';
import { writeOrderChunk } from './orders/chunkWrites';
import { storedOrderHistory } from './orders/orderHistory';
import { DAY_MS } from '@shared/util/days';
import { deadlineCalculator, DEFAULT_SHIP_BY_RULE, SHIP_BY_SETTING_KEY } from '@shared/logistics/deadline';
import type { Product } from '@shared/domain/types';
import {
  rebuildShipQueue,
  refreshShipQueueDeadlines,
  saveShipByRule,
  shipQueueOf,
  shipQueuePage,
  type QueueCursor,
} from './shipQueue';
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
    expect(latest.verno).toBe(17);
    const rows = await shipQueueOf(latest, 's1');
    expect(rows.map((r) => [r.id, r.productIds, r.parcelId])).toEqual([
      ['s1:1', ['p1'], undefined],
      ['s1:3', ['p4', 'p5'], 'p-1'],
    ]);
  });

  it('v17 gives stored rows their lines’ quantities and deadline, counted with the stored rule', async () => {
    const name = `ship-queue-v17-${crypto.randomUUID()}`;
    const v16 = openWorkstationDb(name, 16);
    await v16.open();
    await v16.settings.put({
      key: SHIP_BY_SETTING_KEY,
      value: { ...DEFAULT_SHIP_BY_RULE, rule: 'calendar-days', fallbackHandlingDays: 9 },
    });
    await v16.products.bulkPut([product('p1', 4), product('p2', 6)]);
    await v16.orderLines.bulkPut([{ ...line(1, 'p1'), quantity: 3 }, line(1, 'p2', 2), line(2, 'p9')]);
    // Rows as v16 wrote them: products, no quantities, no deadline.
    const {
      items: _i,
      deadlineAt: _d,
      shipByDays: _s,
      handlingAssumed: _h,
      deadlineRule: _r,
      ...v16Row
    } = await rowOf(1);
    await v16.shipQueue.bulkPut([
      { ...v16Row, productIds: ['p1', 'p2'] },
      { ...v16Row, id: 's1:2', orderId: '2', paidAt: 5000, productIds: ['p9'] },
    ] as never);
    v16.close();

    const latest = openWorkstationDb(name);
    await latest.open();
    expect(latest.verno).toBe(17);
    const one = await latest.shipQueue.get('s1:1');
    expect(one?.items).toEqual([
      { productId: 'p1', quantity: 3 },
      { productId: 'p2', quantity: 1 },
    ]);
    // Calendar days: paid at 2001 + the longest product's 6 days.
    expect([one?.deadlineAt, one?.shipByDays, one?.handlingAssumed]).toEqual([2001 + 6 * DAY_MS, 6, false]);
    const two = await latest.shipQueue.get('s1:2');
    expect([two?.deadlineAt, two?.shipByDays, two?.handlingAssumed]).toEqual([5000 + 9 * DAY_MS, 9, true]);
    // Read in deadline order through the new index.
    const page = await shipQueuePage(latest, 's1', null, 10);
    expect(page.rows.map((r) => r.id)).toEqual(['s1:1', 's1:2']);
  });

  it('stores each deadline where the row is written, and counts it again when the rule or a product changes', async () => {
    const db = openWorkstationDb(`ship-queue-deadline-${crypto.randomUUID()}`);
    await db.products.bulkPut([product('p1', 3), product('p2', 5)]);
    await saveShipByRule(db, { ...DEFAULT_SHIP_BY_RULE, rule: 'calendar-days' });
    await importOrders(
      db,
      [order(1), order(2, { handlingDays: 2 }), order(3)],
      [line(1, 'p1'), line(1, 'p2', 2), line(2, 'p1'), line(3, 'p7')],
    );
    const deadlines = async () =>
      (await shipQueueOf(db, 's1')).map((r) => [r.id, r.deadlineAt - (r.paidAt ?? 0), r.handlingAssumed]);
    expect(await deadlines()).toEqual([
      ['s1:1', 5 * DAY_MS, false],
      ['s1:2', 2 * DAY_MS, false],
      ['s1:3', 7 * DAY_MS, true],
    ]);

    // The catalog says p2 takes 8 days now: the rows that list it move when counted again.
    await db.products.put(product('p2', 8));
    expect((await refreshShipQueueDeadlines(db, ['s1:1', 's1:2', 's1:3'])).map((r) => r.id)).toEqual([
      's1:1',
    ]);
    expect((await deadlines())[0]).toEqual(['s1:1', 8 * DAY_MS, false]);

    // Working days over the Spring Festival 2026: paid Fri 13 Feb 10:00 China time, 2 days to handle.
    await db.orders.clear();
    await db.shipQueue.clear();
    const paidAt = Date.UTC(2026, 1, 13, 2);
    await importOrders(db, [order(4, { paidAt, handlingDays: 2 })], [line(4, 'p1')], 1);
    expect((await db.shipQueue.get('s1:4'))?.deadlineAt).toBe(paidAt + 2 * DAY_MS);
    expect(await saveShipByRule(db, { ...DEFAULT_SHIP_BY_RULE, rule: 'working-days' })).toBe(1);
    // Sat 14 Feb is a make-up workday, then closed until Tue 24 Feb: the second open day.
    const moved = (await db.shipQueue.get('s1:4'))?.deadlineAt ?? 0;
    expect(new Date(moved).toISOString()).toBe('2026-02-24T02:00:00.000Z');
    expect(moved).toBe(
      deadlineCalculator({ rule: 'working-days', own: DEFAULT_SHIP_BY_RULE.own }).deadline(paidAt, 2),
    );
  });

  it('reads the queue in deadline order a page at a time, ties by id across pages', async () => {
    const db = openWorkstationDb(`ship-queue-pages-${crypto.randomUUID()}`);
    await saveShipByRule(db, { ...DEFAULT_SHIP_BY_RULE, rule: 'calendar-days' });
    // Five orders paid at the same moment (ties) around others, written out of order.
    const paid = [9, 5, 5, 5, 5, 5, 1, 7];
    await importOrders(
      db,
      paid.map((p, n) => order(n, { paidAt: p * 1000, handlingDays: 1 })),
      paid.map((_, n) => line(n, 'p1')),
    );
    const seen: string[] = [];
    let cursor: QueueCursor | null = null;
    let pages = 0;
    do {
      const page = await shipQueuePage(db, 's1', cursor, 2);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.next;
      pages++;
    } while (cursor && pages < 20);
    expect(seen).toEqual(['s1:6', 's1:1', 's1:2', 's1:3', 's1:4', 's1:5', 's1:7', 's1:0']);
  });
});

function product(id: string, handlingDays: number): Product {
  return {
    id,
    storeId: 's1',
    code: id,
    title: { en: id },
    description: {},
    category: 'phone-accessories',
    attributes: {},
    packageCm: { length: 10, width: 10, height: 2 },
    handlingDays,
    mainImageIds: [],
    createdAt: 0,
    updatedAt: 0,
  };
}

/** A queue row as the current code writes it, for order n with product p1 (5 days). */
async function rowOf(n: number) {
  const db = openWorkstationDb(`ship-queue-row-${crypto.randomUUID()}`);
  await db.products.put(product('p1', 5));
  await importOrders(db, [order(n)], [line(n, 'p1')]);
  const row = await db.shipQueue.get(`s1:${n}`);
  if (!row) throw new Error('no row');
  return row;
}
