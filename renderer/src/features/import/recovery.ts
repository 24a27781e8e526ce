import type { WorkstationDb } from '../../db/db';
import { rollbackBatch } from '../../data/orders/undoBatch';

/** Held by the worker for the whole of an import, so recovery never mistakes a live import for a crashed one. */
export const IMPORT_LOCK = 'seller-workstation-import';

/** What a rollback undid, for the notice that tells the user. */
export interface RolledBackImport {
  fileName: string;
  rows: number;
}

/**
 * Rolls back every batch left 'running' (the app closed or crashed mid-import). `onStart` hears of them
 * before the first row is touched, so the user is told while it happens, not only after.
 */
export async function recoverInterruptedImports(
  db: WorkstationDb,
  onStart?: (batches: RolledBackImport[]) => void,
): Promise<RolledBackImport[]> {
  // The history is one row per import the user ran: small enough to read whole.
  const running = (await db.importBatches.toArray()).filter((batch) => batch.status === 'running');
  const undone = running.map(({ fileName, rows }) => ({ fileName, rows }));
  if (running.length > 0) onStart?.(undone);
  for (const batch of running) await rollbackBatch(db, batch.id);
  return undone;
}

/** At app start: recover only if no import holds the lock (another window may be importing right now). */
export async function recoverAtStartup(
  db: WorkstationDb,
  onStart?: (batches: RolledBackImport[]) => void,
): Promise<RolledBackImport[]> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return recoverInterruptedImports(db, onStart);
  return locks.request(IMPORT_LOCK, { ifAvailable: true }, (lock) =>
    lock ? recoverInterruptedImports(db, onStart) : [],
  );
}
