import { orderIdOf } from '@shared/domain/ids';
import type { ImportUndoChunk } from '../../db/db';

/** The ids of the orders a chunk added. */
export function addedOrderIds({ added }: ImportUndoChunk): string[] {
  return added ? added.orderNumbers.map((n) => orderIdOf(added.storeId, n)) : [];
}

/** Every order id a chunk wrote, replaced or added. */
export const orderIdsOfChunk = (chunk: ImportUndoChunk): string[] => [
  ...chunk.orders.map((o) => o.id),
  ...addedOrderIds(chunk),
];

export const undoChunkId = (batchId: string, chunk: number): string =>
  `${batchId}|${String(chunk).padStart(6, '0')}`;
