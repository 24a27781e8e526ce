import type { Rollup } from '@shared/analytics/rollup';
import type { CurrencyCode } from '@shared/domain/types';
import type { WorkstationDb } from '../../db/db';
import { undoChunkId } from './importTables';
import type { OrderHistory } from './orderHistory';
import { shipQueueTables } from '../shipQueue';
import { applyOrderChanges, type OrderChange } from './orderWrites';
import { applyTrafficChanges, type TrafficChange } from './trafficWrites';

/**
 * One chunk in one transaction: the rows and the record of what they replaced commit together, so a crash
 * never leaves a written row that the rollback cannot find. Returns the chunk's rollup delta.
 */
export function writeOrderChunk(
  db: WorkstationDb,
  history: OrderHistory,
  batchId: string,
  chunk: number,
  changes: OrderChange[],
): Promise<Rollup> {
  return db.transaction('rw', [db.orders, db.orderLines, ...shipQueueTables(db), db.importUndo], async () => {
    const result = await applyOrderChanges(db, history, changes);
    const replaced = result.previous.filter((p) => p.previous);
    const added = changes.flatMap((c, index) =>
      c.next && !result.previous[index]?.previous ? [c.next] : [],
    );
    const storeId = added[0]?.storeId ?? '';
    await db.importUndo.put({
      id: undoChunkId(batchId, chunk),
      batchId,
      chunk,
      orders: replaced,
      added: { storeId, orderNumbers: added.map((o) => o.orderId) },
      traffic: [],
    });
    return result.delta;
  });
}

export function writeTrafficChunk(
  db: WorkstationDb,
  currency: CurrencyCode,
  batchId: string,
  chunk: number,
  changes: TrafficChange[],
): Promise<Rollup> {
  return db.transaction('rw', [db.trafficDays, db.importUndo], async () => {
    const result = await applyTrafficChanges(db, changes, currency);
    await db.importUndo.put({
      id: undoChunkId(batchId, chunk),
      batchId,
      chunk,
      orders: [],
      traffic: result.previous,
    });
    return result.delta;
  });
}
