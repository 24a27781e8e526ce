import { orderIdOf } from '@shared/domain/ids';
import type { HostingMode, Order, OrderLine, TrafficDay } from '@shared/domain/types';
import type { ImportKind, MappingOverride } from '@shared/import';
import type { Table } from 'dexie';
import type { WorkstationDb } from '../../db/db';

/** What one chunk of an import replaced, so the batch can be undone or rolled back exactly. */
export interface ImportUndoChunk {
  /** `${batchId}|${chunk, zero-padded}`: string order is write order. */
  id: string;
  batchId: string;
  chunk: number;
  /** Orders the chunk replaced, with the version each replaced (records written before `added` existed also list new orders here, without `previous`). */
  orders: { id: string; previous?: Order; previousLines?: OrderLine[] }[];
  /**
   * Orders the chunk added, by their numbers within the store. Two thousand ids as objects made a record of
   * about 80 KB, past the 64 KB beyond which Chromium stores an IndexedDB value as a blob of its own.
   */
  added?: { storeId: string; orderNumbers: string[] };
  /** Traffic rows the chunk wrote, with the hosting mode their figures were rolled up under. */
  traffic: { id: string; previous?: TrafficDay; hostingMode: HostingMode }[];
}

/** A user's corrected column mapping, applied to every later file with the same header layout. */
export interface ImportLayout {
  fingerprint: string;
  kind: ImportKind;
  mapping: MappingOverride;
  updatedAt: number;
}

/** The import tables live in schema v3, which the shared db type does not list; typed access here. */
export const undoTable = (db: WorkstationDb): Table<ImportUndoChunk, string> => db.table('importUndo');
export const layoutsTable = (db: WorkstationDb): Table<ImportLayout, string> => db.table('importLayouts');

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
