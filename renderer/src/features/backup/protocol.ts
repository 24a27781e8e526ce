/** Messages between the page and the backup worker: one request, one answer, matched by id. */
export type WorkerRequest =
  | { type: 'open-backup'; pageRows: number }
  | { type: 'next-chunk' }
  | { type: 'media' }
  | { type: 'open-restore'; version: number; tables: string[] }
  | { type: 'restore-rows'; table: string; text: string }
  | { type: 'close' };

export interface BackupSource {
  schemaVersion: number;
  tables: { name: string; rows: number }[];
  stores: { id: string; name: string }[];
}

export interface RowChunk {
  table: string;
  text: string;
  rows: number;
}

export type WorkerAnswer =
  | { type: 'backup-source'; source: BackupSource }
  | { type: 'chunk'; chunk: RowChunk | null }
  | { type: 'media'; media: { sha256: string; ext: 'jpg' | 'png' | 'webp' }[] }
  | { type: 'restore-ready'; tables: string[] }
  | { type: 'rows-written'; rows: number }
  | { type: 'closed' };

export type WorkerEnvelope =
  { id: number; ok: true; answer: WorkerAnswer } | { id: number; ok: false; message: string; name: string };
