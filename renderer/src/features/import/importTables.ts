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
  /** Orders the chunk wrote; `previous` is the version it replaced (absent when the order was new). */
  orders: { id: string; previous?: Order; previousLines?: OrderLine[] }[];
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

export const undoChunkId = (batchId: string, chunk: number): string => `${batchId}|${String(chunk).padStart(6, '0')}`;
