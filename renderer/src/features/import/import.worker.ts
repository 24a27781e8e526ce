/// <reference lib="webworker" />
import type { WorkstationDb } from '../../db/db';
import { serveDatabaseJobs, throttled } from '../../db/databaseWorker';
import { buildPreview } from './preview';
import type { ImportEvent, ImportFileRequest, ImportRequest } from './protocol';
import { parseInWorker } from './parseInWorker';
import { IMPORT_LOCK } from './recovery';
import { runImport, type ImportProgress } from './runImport';
import { undoBatch, UndoBlockedError } from '../../data/orders/undoBatch';

/** Parsing and every IndexedDB write of an import run here, so the page never blocks while a file is read. */
const post = (event: ImportEvent) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(event);

async function importFile(
  db: WorkstationDb,
  request: ImportFileRequest,
  isCancelled: () => boolean,
): Promise<void> {
  const run = () =>
    runImport(
      db,
      {
        storeId: request.storeId,
        kind: request.kind,
        fileName: request.fileName,
        bytes: new Uint8Array(request.bytes),
        mapping: request.mapping,
        parse: parseInWorker,
      },
      {
        isCancelled,
        onProgress: throttled<ImportProgress>(
          (progress) => post({ type: 'progress', ...progress }),
          (p) => p.rowsDone >= p.rowsTotal,
        ),
      },
    );
  // The lock tells recovery at start-up in another window that this batch is alive, not crashed.
  const outcome = navigator.locks ? await navigator.locks.request(IMPORT_LOCK, run) : await run();
  post(
    outcome.status === 'done'
      ? { type: 'done', batchId: outcome.batch.id, rows: outcome.batch.rows }
      : { type: 'cancelled' },
  );
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

function handle(
  db: WorkstationDb,
  request: Exclude<ImportRequest, { type: 'cancel' }>,
  isCancelled: () => boolean,
): Promise<void> {
  if (request.type === 'undo') return undoImport(db, request.batchId);
  return request.type === 'preview' ? previewFile(db, request) : importFile(db, request, isCancelled);
}

serveDatabaseJobs<ImportRequest>(handle, (message) => post({ type: 'failed', message }));
