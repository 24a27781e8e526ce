import type { BackupInspection, BackupKind } from '@shared/backup/format';
import { call } from '../../bridge/client';
import { startBackupWorker } from './workerClient';

export interface JobProgress {
  done: number;
  total: number;
  /** Milliseconds left, once enough is done to tell. */
  etaMs?: number;
}

export interface FinishedBackup {
  name: string;
  path: string;
  bytes: number;
  inspection: BackupInspection;
}

export class BackupCancelled extends Error {
  constructor() {
    super('The backup was cancelled');
    this.name = 'AbortError';
  }
}

const PAGE_ROWS = 2000;

/** Progress with an ETA from the rate so far (after the first second, so the first page does not mislead). */
export function progressClock(total: number, onProgress?: (p: JobProgress) => void) {
  const started = performance.now();
  return (done: number) => {
    const elapsed = performance.now() - started;
    const etaMs = done > 0 && elapsed > 1000 ? ((total - done) * elapsed) / done : undefined;
    onProgress?.({ done, total, etaMs });
  };
}

/**
 * A whole-database backup: the worker reads and serialises pages in primary-key order, this page relays
 * each chunk to the Node side, which zips it. Cancel (the signal) removes the partial file.
 */
export async function runBackup(
  kind: BackupKind,
  options: { signal?: AbortSignal; onProgress?: (p: JobProgress) => void } = {},
): Promise<FinishedBackup> {
  const worker = startBackupWorker();
  let jobId: string | undefined;
  try {
    const { source } = await worker.call({ type: 'open-backup', pageRows: PAGE_ROWS }, 'backup-source');
    const total = source.tables.reduce((sum, t) => sum + t.rows, 0);
    const report = progressClock(total, options.onProgress);
    report(0);
    const begun = await call('backup:begin', {
      kind,
      schemaVersion: source.schemaVersion,
      stores: source.stores,
    });
    jobId = begun.jobId;
    let done = 0;
    for (;;) {
      if (options.signal?.aborted) throw new BackupCancelled();
      const { chunk } = await worker.call({ type: 'next-chunk' }, 'chunk');
      if (!chunk) break;
      await call('backup:rows', { jobId, table: chunk.table, text: chunk.text });
      done += chunk.rows;
      report(done);
    }
    if (options.signal?.aborted) throw new BackupCancelled();
    const { media } = await worker.call({ type: 'media' }, 'media');
    const finished = await call('backup:finish', { jobId, media });
    jobId = undefined;
    return finished;
  } finally {
    worker.terminate();
    if (jobId) await call('backup:cancel', { jobId }).catch(() => undefined);
  }
}
