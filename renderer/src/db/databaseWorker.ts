/// <reference lib="webworker" />
import { openWorkstationDb, type WorkstationDb } from './db';

/**
 * At most one call per interval; the final one always goes through. Workers report progress through this
 * because the page re-renders on every message.
 */
export function throttled<T>(
  send: (value: T) => void,
  isFinal: (value: T) => boolean,
  intervalMs = 100,
): (value: T) => void {
  let last = -Infinity;
  return (value) => {
    const now = performance.now();
    if (now - last < intervalMs && !isFinal(value)) return;
    last = now;
    send(value);
  };
}

type Job<Request> = Exclude<Request, { type: 'cancel' }>;

/**
 * The message loop of a worker that runs database jobs and can be told to cancel the running one: each job
 * gets its own connection, a way to ask whether it was cancelled, and a failure becomes a message, not a crash.
 */
export function serveDatabaseJobs<Request extends { type: string }>(
  run: (db: WorkstationDb, job: Job<Request>, isCancelled: () => boolean) => Promise<void>,
  onFailure: (message: string) => void,
): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  let cancelled = false;
  scope.onmessage = (message: MessageEvent<Request>) => {
    const request = message.data;
    if (request.type === 'cancel') {
      cancelled = true;
      return;
    }
    cancelled = false;
    const db = openWorkstationDb();
    run(db, request as Job<Request>, () => cancelled)
      .catch((error: unknown) => onFailure(error instanceof Error ? error.message : String(error)))
      .finally(() => db.close());
  };
}
