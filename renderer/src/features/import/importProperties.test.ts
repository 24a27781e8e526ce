import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '@shared/domain/types';
import type { CsvOrder } from './ordersCsv';
import {
  csvOrder,
  directRollup,
  freshDb,
  importOrders,
  monthsAgainstDays,
  snapshot,
  storedRollup,
} from './testKit';
import { undoBatch, UndoBlockedError } from '../../data/orders/undoBatch';
import type { WorkstationDb } from '../../db/db';

/** Orders drawn from a small pool of ids, buyers and days, so files overlap and first orders move around. */
const orderArb = fc
  .record({
    n: fc.integer({ min: 0, max: 11 }),
    buyer: fc.integer({ min: 0, max: 3 }),
    day: fc.integer({ min: 1, max: 9 }),
    status: fc.constantFrom(...ORDER_STATUSES),
    cents: fc.integer({ min: 100, max: 99_999 }),
    quantity: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ n, buyer, day, status, cents, quantity }): CsvOrder =>
    csvOrder(n, {
      buyer: `Buyer ${buyer}`,
      country: 'US',
      time: `2025-03-0${day} 12:00:00`,
      status,
      quantity,
      amount: (cents / 100).toFixed(2),
    }),
  );
const fileArb = fc.uniqueArray(orderArb, { minLength: 1, maxLength: 8, selector: (o) => o.orderId });

type Step = { kind: 'import'; file: CsvOrder[] } | { kind: 'undo'; pick: number };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fileArb.map((file) => ({ kind: 'import' as const, file })),
  fc.nat().map((pick) => ({ kind: 'undo' as const, pick })),
);

async function undoSome(db: WorkstationDb, pick: number): Promise<void> {
  const done = (await db.importBatches.toArray()).filter((b) => b.status === 'done');
  const batch = done[pick % Math.max(1, done.length)];
  if (!batch) return;
  await undoBatch(db, batch.id).catch((error: unknown) => {
    if (!(error instanceof UndoBlockedError)) throw error;
  });
}

async function expectConsistent(db: WorkstationDb): Promise<void> {
  expect(await storedRollup(db)).toEqual(await directRollup(db));
  const months = await monthsAgainstDays(db);
  expect(months.stored).toEqual(months.expected);
}

const withoutBatch = (state: Awaited<ReturnType<typeof snapshot>>) => ({
  ...state,
  orders: state.orders.map(({ importBatchId: _, ...o }) => o),
});

describe('import properties', () => {
  it('re-importing any file is idempotent', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, async (file) => {
        const db = await freshDb();
        await importOrders(db, file);
        const once = withoutBatch(await snapshot(db));
        await importOrders(db, file);
        expect(withoutBatch(await snapshot(db))).toEqual(once);
        db.close();
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('after any sequence of imports and undos, rollups (new buyers included) equal a direct aggregation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 6 }), async (steps) => {
        const db = await freshDb();
        for (const step of steps) {
          if (step.kind === 'import') await importOrders(db, step.file);
          else await undoSome(db, step.pick);
          await expectConsistent(db);
        }
        db.close();
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('undoing every import in reverse order leaves an empty store', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fileArb, { minLength: 1, maxLength: 4 }), async (files) => {
        const db = await freshDb();
        for (const file of files) await importOrders(db, file);
        const batches = (await db.importBatches.toArray()).sort((a, b) => b.importedAt - a.importedAt);
        for (const batch of batches) await undoBatch(db, batch.id);
        const state = await snapshot(db);
        expect(state).toEqual({
          orders: [],
          orderLines: [],
          trafficDays: [],
          dailyStats: [],
          dimensionMonths: [],
        });
        db.close();
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});
