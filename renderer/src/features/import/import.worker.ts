/// <reference lib="webworker" />
import { openWorkstationDb, type WorkstationDb } from '../../db/db';
import { buildPreview } from './preview';
import type { ImportEvent, ImportFileRequest, ImportRequest } from './protocol';
import { IMPORT_LOCK } from './recovery';
import { runImport, type ImportProgress } from './runImport';
import { undoBatch, UndoBlockedError } from './undoBatch';

/** Parsing and every IndexedDB write of an import run here, so the page never blocks while a file is read. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const PROGRESS_INTERVAL_MS = 100;
let cancelled = false;
const post = (event: ImportEvent) => scope.postMessage(event);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** At most one progress message per interval: the page re-renders on each. */
function throttledProgress(): (progress: ImportProgress) => void {
  let last = 0;
  return (progress) => {
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS && progress.rowsDone < progress.rowsTotal) return;
    last = now;
    post({ type: 'progress', ...progress });
  };
}

async function importFile(db: WorkstationDb, request: ImportFileRequest): Promise<void> {
  const run = () =>
    runImport(
      db,
      { storeId: request.storeId, kind: request.kind, fileName: request.fileName, bytes: new Uint8Array(request.bytes), mapping: request.mapping },
      { isCancelled: () => cancelled, onProgress: throttledProgress() },
    );
  // The lock tells recovery at start-up in another window that this batch is alive, not crashed.
  const outcome = navigator.locks ? await navigator.locks.request(IMPORT_LOCK, run) : await run();
  post(outcome.status === 'done' ? { type: 'done', batchId: outcome.batch.id, rows: outcome.batch.rows } : { type: 'cancelled' });
}

async function previewFile(db: WorkstationDb, request: ImportFileRequest): Promise<void> {
  const preview = await buildPreview(db, { ...request, bytes: new Uint8Array(request.bytes) });
  post({ type: 'preview', preview });
}

async function undoImport(db: WorkstationDb, batchId: string): Promise<void> {
  try {
    await undoBatch(db, batchId);
    post({ type: 'undone' });
  } catch (error) {
    if (!(error instanceof UndoBlockedError)) throw error;
    post({ type: 'failed', message: error.message, blockedBy: error.blockedBy.fileName });
  }
}

function handle(db: WorkstationDb, request: Exclude<ImportRequest, { type: 'cancel' }>): Promise<void> {
  if (request.type === 'undo') return undoImport(db, request.batchId);
  return request.type === 'preview' ? previewFile(db, request) : importFile(db, request);
}

scope.onmessage = (message: MessageEvent<ImportRequest>) => {
  const request = message.data;
  if (request.type === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  const db = openWorkstationDb();
  handle(db, request)
    .catch((error: unknown) => post({ type: 'failed', message: messageOf(error) }))
    .finally(() => db.close());
};
