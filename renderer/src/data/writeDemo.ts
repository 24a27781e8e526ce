import { monthsOfDays } from '@shared/analytics/monthly';
import { generateDemo, type DemoChunk } from '@shared/demo';
import type { DimensionDay } from '@shared/domain/types';
import type { WorkstationDb } from '../db/db';
import { deleteStoreData } from './deleteStore';
import { ensureInboxIndex } from './conversations/ensureIndex';
import { rebuildShipQueue } from './shipQueue';

export interface WriteDemoOptions {
  seed: number | string;
  endDay: string;
  /** The moment the demo is made: no row is dated after it. */
  nowMs?: number;
  onProgress(progress: DemoChunk['progress']): void;
  isCancelled(): boolean;
}

export type WriteDemoOutcome = { status: 'done'; storeIds: string[] } | { status: 'cancelled' };

/**
 * Streams the generator's chunks into IndexedDB. A cancel or a failure removes every demo row written
 * so far, so the user never ends up with half a store.
 */
export async function writeDemo(db: WorkstationDb, options: WriteDemoOptions): Promise<WriteDemoOutcome> {
  const storeIds: string[] = [];
  const dimensionDays: DimensionDay[] = [];
  let last: DemoChunk['progress'] | undefined;
  const stopIfCancelled = () => {
    if (options.isCancelled()) throw new Cancelled();
  };
  try {
    for (const chunk of generateDemo({
      seed: options.seed,
      endDay: options.endDay,
      ...(options.nowMs === undefined ? {} : { nowMs: options.nowMs }),
    })) {
      stopIfCancelled();
      if (chunk.table === 'stores') storeIds.push(...(chunk.rows as { id: string }[]).map((s) => s.id));
      // Day rows of countries and products are stored folded into their months, once all are generated.
      if (chunk.table === 'dimensionDays') dimensionDays.push(...(chunk.rows as DimensionDay[]));
      else await db.table(chunk.table).bulkPut(chunk.rows);
      options.onProgress(chunk.progress);
      last = chunk.progress;
    }
    await writeInChunks(db, 'dimensionMonths', [...monthsOfDays(dimensionDays).values()]);
    // The generator streams orders table by table: the ship-by queue is made from them once they are all in.
    for (const id of storeIds) await rebuildShipQueue(db, id);
    // The inbox's search tokens, buyer intents and counters are made here, off the page, while the user
    // already waits for the demo: the first visit to the inbox then opens at once instead of indexing.
    if (last) options.onProgress({ ...last, done: Math.max(0, last.total - 1), phase: 'inbox' });
    for (const id of storeIds) {
      stopIfCancelled();
      await ensureInboxIndex(db, id);
    }
    if (last) options.onProgress({ ...last, done: last.total, phase: 'inbox' });
  } catch (error) {
    await removeStores(db, storeIds);
    if (error instanceof Cancelled) return { status: 'cancelled' };
    throw error;
  }
  return { status: 'done', storeIds };
}

/** Thrown between steps when the user cancels: the one catch below cleans up for a cancel and a failure alike. */
class Cancelled extends Error {}

async function removeStores(db: WorkstationDb, storeIds: string[]): Promise<void> {
  for (const id of storeIds) await deleteStoreData(db, id);
}

async function writeInChunks(db: WorkstationDb, table: string, rows: unknown[], size = 2000): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await db.table(table).bulkPut(rows.slice(i, i + size));
}
