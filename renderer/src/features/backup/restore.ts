import type { BackupInspection } from '@shared/backup/format';
import { call } from '../../bridge/client';
import { appSchemaVersion } from '../../db/backupRows';
import { progressClock, type JobProgress } from './runBackup';
import { startBackupWorker } from './workerClient';

/**
 * A restore runs in a page that has not opened the database: Settings (or the first-run screen) records
 * which backup to restore and reloads; the boot gate finds the record and restores before anything else
 * reads the database. A restore interrupted by a crash is found again at the next start and runs again
 * (it rebuilds the database from the file, so running it twice gives the same result).
 */
const PENDING_KEY = 'sw.pendingRestore';

export interface PendingRestore {
  name: string;
  /** The automatic backup of the data that was replaced, if there was any. */
  safetyBackup?: string;
}

export function readPendingRestore(storage: Storage = localStorage): PendingRestore | undefined {
  try {
    const raw = storage.getItem(PENDING_KEY);
    return raw ? (JSON.parse(raw) as PendingRestore) : undefined;
  } catch {
    return undefined;
  }
}

export function queueRestore(pending: PendingRestore, storage: Storage = localStorage): void {
  storage.setItem(PENDING_KEY, JSON.stringify(pending));
}

export function clearPendingRestore(storage: Storage = localStorage): void {
  storage.removeItem(PENDING_KEY);
}

export class RestoreRefused extends Error {
  constructor(readonly inspection: BackupInspection) {
    super(inspection.errors.map((e) => e.message).join('; '));
    this.name = 'RestoreRefused';
  }
}

/** Full verification with the app's schema version: what the user sees before confirming. */
export async function inspectForRestore(name: string): Promise<BackupInspection> {
  return call('backup:inspect', { name, appSchemaVersion: appSchemaVersion() });
}

/**
 * Verifies again on the Node side (the file may have changed since the confirm), then rebuilds the database
 * at the backup's schema version and writes every row; the next normal open upgrades it if it is older.
 */
export async function runRestore(
  name: string,
  onProgress?: (p: JobProgress) => void,
): Promise<BackupInspection> {
  const opened = await call('backup:restoreOpen', { name, appSchemaVersion: appSchemaVersion() });
  if (!opened.restoreId || !opened.inspection.ok || opened.inspection.schemaVersion === undefined)
    throw new RestoreRefused(opened.inspection);
  const restoreId = opened.restoreId;
  const total = Object.values(opened.inspection.tables).reduce((a, b) => a + b, 0);
  const report = progressClock(total, onProgress);
  const worker = startBackupWorker();
  try {
    await worker.call(
      {
        type: 'open-restore',
        version: opened.inspection.schemaVersion,
        tables: Object.keys(opened.inspection.tables),
      },
      'restore-ready',
    );
    let done = 0;
    // Read the next chunk from the Node side while the worker writes the current one.
    let next = call('backup:restoreRead', { restoreId });
    for (;;) {
      const chunk = await next;
      if (chunk.done || !chunk.table) break;
      next = call('backup:restoreRead', { restoreId });
      next.catch(() => undefined);
      const written = await worker.call(
        { type: 'restore-rows', table: chunk.table, text: chunk.text },
        'rows-written',
      );
      done += written.rows;
      report(done);
    }
    await worker.call({ type: 'close' }, 'closed');
    return opened.inspection;
  } finally {
    worker.terminate();
    await call('backup:restoreClose', { restoreId }).catch(() => undefined);
  }
}
