import type { WorkstationDb } from '../../db/db';
import { rollbackBatch } from '../../data/orders/undoBatch';

/** Held by the worker for the whole of an import, so recovery never mistakes a live import for a crashed one. */
export const IMPORT_LOCK = 'seller-workstation-import';

/** Rolls back every batch left 'running' (the app closed or crashed mid-import). Returns how many. */
export async function recoverInterruptedImports(db: WorkstationDb): Promise<number> {
  // The history is one row per import the user ran: small enough to read whole.
  const running = (await db.importBatches.toArray()).filter((batch) => batch.status === 'running');
  for (const batch of running) await rollbackBatch(db, batch.id);
  return running.length;
}

/** At app start: recover only if no import holds the lock (another window may be importing right now). */
export async function recoverAtStartup(db: WorkstationDb): Promise<number> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return recoverInterruptedImports(db);
  return locks.request(IMPORT_LOCK, { ifAvailable: true }, (lock) =>
    lock ? recoverInterruptedImports(db) : 0,
  );
}
