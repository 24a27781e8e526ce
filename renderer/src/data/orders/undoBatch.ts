import { emptyRollup, mergeRollupsInto } from '@shared/analytics/rollup';
import type { ImportBatch } from '@shared/domain/types';
import type { WorkstationDb, ImportUndoChunk } from '../../db/db';
import { applyRollupDelta, rollupTables } from './applyRollup';
import { addedOrderIds, orderIdsOfChunk } from './importTables';
import { storedOrderHistory } from './orderHistory';
import { applyOrderChanges } from './orderWrites';
import { shipQueueTables } from '../shipQueue';
import { applyTrafficChanges } from './trafficWrites';

/** A later import rewrote some of the same orders or traffic rows: undo that one first. */
export class UndoBlockedError extends Error {
  constructor(readonly blockedBy: ImportBatch) {
    super(`Undo "${blockedBy.fileName}" first: it changed rows of this import.`);
  }
}

/**
 * Puts back what one chunk replaced, in one transaction with the removal of its undo record. `applyRollups`
 * is false for a batch that never committed: its rollups were never added, so nothing is subtracted.
 */
async function restoreChunk(
  db: WorkstationDb,
  chunk: ImportUndoChunk,
  currency: string,
  applyRollups: boolean,
): Promise<void> {
  const tables = [
    db.orders,
    db.orderLines,
    ...shipQueueTables(db),
    db.trafficDays,
    ...rollupTables(db),
    db.importUndo,
  ];
  await db.transaction('rw', tables, async () => {
    const orders = await applyOrderChanges(db, storedOrderHistory(db), [
      ...chunk.orders.map((o) => ({ id: o.id, next: o.previous, nextLines: o.previousLines ?? [] })),
      ...addedOrderIds(chunk).map((id) => ({ id, nextLines: [] })),
    ]);
    const traffic = await applyTrafficChanges(
      db,
      chunk.traffic.map((t) => ({ id: t.id, next: t.previous, hostingMode: t.hostingMode })),
      currency,
    );
    if (applyRollups) {
      const delta = emptyRollup();
      mergeRollupsInto(delta, orders.delta, 1);
      mergeRollupsInto(delta, traffic.delta, 1);
      await applyRollupDelta(db, delta);
    }
    await db.importUndo.delete(chunk.id);
  });
}

/** Newest chunk first, one at a time, so memory holds one chunk's previous versions at most. */
async function restoreAllChunks(db: WorkstationDb, batch: ImportBatch, applyRollups: boolean): Promise<void> {
  const store = await db.stores.get(batch.storeId);
  const chunkIds = (await db.importUndo.where('batchId').equals(batch.id).primaryKeys()).sort().reverse();
  for (const id of chunkIds) {
    const chunk = await db.importUndo.get(id);
    if (chunk) await restoreChunk(db, chunk, store?.currency ?? 'USD', applyRollups);
  }
}

/** Removes every trace of a batch that did not finish (cancelled, failed or crashed): as if never started. */
export async function rollbackBatch(db: WorkstationDb, batchId: string): Promise<void> {
  const batch = await db.importBatches.get(batchId);
  if (!batch) return;
  await restoreAllChunks(db, batch, batch.status === 'done');
  await db.importBatches.delete(batchId);
}

async function idsOfBatch(db: WorkstationDb, batchId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  await db.importUndo
    .where('batchId')
    .equals(batchId)
    .each((chunk) =>
      [...orderIdsOfChunk(chunk), ...chunk.traffic.map((row) => row.id)].forEach((id) => ids.add(id)),
    );
  return ids;
}

/** The first later, still-applied import that rewrote one of this batch's rows, if any. */
export async function findBlockingBatch(
  db: WorkstationDb,
  batch: ImportBatch,
): Promise<ImportBatch | undefined> {
  const later = (await db.importBatches.where('storeId').equals(batch.storeId).toArray())
    .filter((b) => b.id !== batch.id && b.importedAt > batch.importedAt && b.status !== 'undone')
    .sort((a, b) => a.importedAt - b.importedAt);
  if (later.length === 0) return undefined;
  const mine = await idsOfBatch(db, batch.id);
  for (const candidate of later) {
    const theirs = await idsOfBatch(db, candidate.id);
    for (const id of theirs) if (mine.has(id)) return candidate;
  }
  return undefined;
}

/**
 * Restores exactly the state before the batch: new rows deleted, replaced rows back to their previous version,
 * buyers and rollups adjusted. Chunk by chunk, each in its own transaction; an interrupted undo leaves a
 * consistent store and the batch still 'done', and undoing again finishes it.
 */
export async function undoBatch(db: WorkstationDb, batchId: string): Promise<void> {
  const batch = await db.importBatches.get(batchId);
  if (!batch || batch.status !== 'done') throw new Error(`Import ${batchId} is not a finished import`);
  const blocker = await findBlockingBatch(db, batch);
  if (blocker) throw new UndoBlockedError(blocker);
  await restoreAllChunks(db, batch, true);
  await db.importBatches.update(batchId, { status: 'undone' });
}
