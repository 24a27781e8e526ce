import { describe, expect, it } from 'vitest';

import { recoverInterruptedImports } from './recovery';
import { runImport } from './runImport';
import {
  csvOrder,
  directRollup,
  freshDb,
  importOrders,
  snapshot,
  STORE_ID,
  storedRollup,
  csvBytes,
} from './testKit';
import { undoBatch, UndoBlockedError } from '../../data/orders/undoBatch';

const FILE = Array.from({ length: 10 }, (_, n) => csvOrder(n));

describe('import writes', () => {
  it('imports orders with lines, buyer ids, day, hosting mode and batch id, and rollups equal a rebuild', async () => {
    const db = await freshDb('semi-managed');
    const outcome = await importOrders(db, FILE);
    expect(outcome.status).toBe('done');
    const batch = outcome.status === 'done' ? outcome.batch : undefined;
    expect(batch).toMatchObject({ status: 'done', rows: 10, kind: 'orders', storeId: STORE_ID });
    const order = await db.orders.get(`${STORE_ID}:8000000001`);
    expect(order).toMatchObject({
      orderId: '8000000001',
      hostingMode: 'semi-managed',
      importBatchId: batch?.id,
      currency: 'USD',
    });
    expect(order?.day).toBe(new Date(order?.placedAt ?? 0).toISOString().slice(0, 10));
    expect(await db.orderLines.count()).toBe(10);
    // Buyers are per name and country: the ten rows pair six names with four countries, all ten pairs distinct.
    expect(new Set((await db.orders.toArray()).map((o) => o.buyerId)).size).toBe(10);
    expect(await storedRollup(db)).toEqual(await directRollup(db));
  });

  it('re-importing the same file doubles nothing and keeps rollups equal to a rebuild', async () => {
    const db = await freshDb();
    await importOrders(db, FILE);
    const first = await snapshot(db);
    await importOrders(db, FILE);
    const second = await snapshot(db);
    expect(second.orders.length).toBe(10);
    expect(second.orders.map(({ importBatchId: _, ...o }) => o)).toEqual(
      first.orders.map(({ importBatchId: _, ...o }) => o),
    );
    expect({ ...second, orders: [] }).toEqual({ ...first, orders: [] });
    expect(await storedRollup(db)).toEqual(await directRollup(db));
  });

  it('an overlapping export replaces changed orders and adds new ones; undo restores the previous state exactly', async () => {
    const db = await freshDb();
    await importOrders(db, FILE);
    const before = await snapshot(db);
    const overlapping = [
      ...FILE.slice(5).map((o) => ({ ...o, status: 'refunded' as const, refund: '1.00' })),
      csvOrder(20),
      csvOrder(21, { buyer: 'Buyer 1', time: '2024-12-01 08:00:00' }),
    ];
    const outcome = await importOrders(db, overlapping);
    expect(await db.orders.count()).toBe(12);
    expect((await db.orders.get(`${STORE_ID}:${FILE[6]?.orderId}`))?.status).toBe('refunded');
    expect(await storedRollup(db)).toEqual(await directRollup(db));

    await undoBatch(db, outcome.status === 'done' ? outcome.batch.id : '');
    expect(await snapshot(db)).toEqual(before);
    // Only the first import's undo records are left: ten orders in chunks of three.
    expect(await db.importUndo.count()).toBe(4);
  });

  it('refuses to undo an import a later one rewrote, until that one is undone', async () => {
    const db = await freshDb();
    const first = await importOrders(db, FILE);
    const second = await importOrders(db, FILE.slice(0, 2));
    const firstId = first.status === 'done' ? first.batch.id : '';
    await expect(undoBatch(db, firstId)).rejects.toBeInstanceOf(UndoBlockedError);
    await undoBatch(db, second.status === 'done' ? second.batch.id : '');
    await undoBatch(db, firstId);
    expect(await snapshot(db)).toEqual({
      orders: [],
      orderLines: [],
      trafficDays: [],
      dailyStats: [],
      dimensionMonths: [],
    });
    expect((await db.importBatches.get(firstId))?.status).toBe('undone');
  });

  it('keeps new orders compactly in the undo record, and still undoes records written in the older shape', async () => {
    const db = await freshDb();
    const outcome = await importOrders(db, FILE);
    const batchId = outcome.status === 'done' ? outcome.batch.id : '';
    const records = await db.importUndo.where('batchId').equals(batchId).toArray();
    expect(records.flatMap((r) => r.orders)).toEqual([]);
    expect(records.flatMap((r) => r.added?.orderNumbers ?? []).sort()).toEqual(
      FILE.map((o) => o.orderId).sort(),
    );
    // Before `added`, a new order was an entry of `orders` without `previous`.
    for (const record of records) {
      const ids = (record.added?.orderNumbers ?? []).map((n) => `${STORE_ID}:${n}`);
      await db.importUndo.put({ ...record, added: undefined, orders: ids.map((id) => ({ id })) });
    }
    await undoBatch(db, batchId);
    expect(await snapshot(db)).toEqual({
      orders: [],
      orderLines: [],
      trafficDays: [],
      dailyStats: [],
      dimensionMonths: [],
    });
  });

  it('cancel mid-way leaves nothing behind, not even the batch', async () => {
    const db = await freshDb();
    await importOrders(db, FILE.slice(0, 4));
    const before = await snapshot(db);
    const outcome = await importOrders(
      db,
      FILE.map((o) => ({ ...o, status: 'shipped' as const })),
      { chunkSize: 2, cancelAfterChunks: 2 },
    );
    expect(outcome.status).toBe('cancelled');
    expect(await snapshot(db)).toEqual(before);
    expect(await db.importBatches.count()).toBe(1);
    expect(await db.importUndo.count()).toBe(2);
  });

  it('a first import into an empty store, cancelled or crashed mid-way, leaves no order, buyer or rollup', async () => {
    const db = await freshDb();
    const empty = await snapshot(db);
    expect((await importOrders(db, FILE, { chunkSize: 2, cancelAfterChunks: 2 })).status).toBe('cancelled');
    expect(await snapshot(db)).toEqual(empty);
    const crash = runImport(
      db,
      { storeId: STORE_ID, kind: 'orders', fileName: 'crash.csv', bytes: csvBytes(FILE), chunkSize: 2 },
      {
        isCancelled: () => false,
        onProgress: (p) => {
          if (p.written >= 4) throw new Error('power cut');
        },
      },
    );
    await expect(crash).rejects.toThrow('power cut');
    expect(await snapshot(db)).toEqual(empty);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('a batch left running by a crash is rolled back at start', async () => {
    const db = await freshDb();
    await importOrders(db, FILE.slice(0, 4));
    const before = await snapshot(db);
    // A crash is a run that stops between chunks: simulate it by failing the progress callback after two chunks.
    let chunks = 0;
    const crash = runImport(
      db,
      {
        storeId: STORE_ID,
        kind: 'orders',
        fileName: 'crash.csv',
        bytes: csvBytes(FILE.map((o) => ({ ...o, amount: '99.00' }))),
        chunkSize: 2,
      },
      {
        isCancelled: () => false,
        onProgress: () => {
          chunks += 1;
          if (chunks === 2) throw new Error('power cut');
        },
      },
    );
    await expect(crash).rejects.toThrow('power cut');
    expect(await snapshot(db)).toEqual(before);
    await db.importBatches.add({
      id: 'import_crashed',
      storeId: STORE_ID,
      kind: 'orders',
      fileName: 'x.csv',
      importedAt: Date.now() + 10,
      rows: 0,
      status: 'running',
    });
    const told: unknown[] = [];
    expect(await recoverInterruptedImports(db, (batches) => told.push(...batches))).toEqual([
      { fileName: 'x.csv', rows: 0 },
    ]);
    // The user hears of it before the rollback starts.
    expect(told).toEqual([{ fileName: 'x.csv', rows: 0 }]);
    expect(await db.importBatches.get('import_crashed')).toBeUndefined();
  });
});
