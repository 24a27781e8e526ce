import type { ImportKind, MappingOverride } from '@shared/import';
import type { ImportPreview } from './preview';

/** Messages between the page and the import worker. Bytes travel as a transferred ArrayBuffer. */
export interface ImportFileRequest {
  storeId: string;
  kind: ImportKind;
  fileName: string;
  bytes: ArrayBuffer;
  mapping?: MappingOverride;
}

export type ImportRequest =
  | ({ type: 'preview' } & ImportFileRequest)
  | ({ type: 'import' } & ImportFileRequest)
  | { type: 'undo'; batchId: string }
  | { type: 'cancel' };

export type ImportEvent =
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'progress'; rowsDone: number; rowsTotal: number; written: number }
  | { type: 'done'; batchId: string; rows: number }
  | { type: 'cancelled' }
  | { type: 'undone' }
  /** blockedBy: the file name of a later import to undo first. */
  | { type: 'failed'; message: string; blockedBy?: string };
