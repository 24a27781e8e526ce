/// <reference lib="webworker" />
import './quietWorker';
import { openWorkstationDb } from '../../db/db';
import type { DemoEvent, DemoRequest } from './protocol';
import { writeDemo } from './writeDemo';

/** Generation and IndexedDB writes run here, so the page never blocks while a year of data is made. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let cancelled = false;
let lastProgressAt = 0;
const post = (event: DemoEvent) => scope.postMessage(event);

/** At most ten progress messages a second: each one re-renders the page. */
function postProgress(progress: { done: number; total: number; phase: string }): void {
  const now = performance.now();
  if (now - lastProgressAt < 100 && progress.done < progress.total) return;
  lastProgressAt = now;
  post({ type: 'progress', ...progress });
}

scope.onmessage = (message: MessageEvent<DemoRequest>) => {
  const request = message.data;
  if (request.type === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  const db = openWorkstationDb();
  writeDemo(db, {
    seed: request.seed,
    endDay: request.endDay,
    isCancelled: () => cancelled,
    onProgress: postProgress,
  })
    .then((outcome) => post(outcome.status === 'done' ? { type: 'done', storeIds: outcome.storeIds } : { type: 'cancelled' }))
    .catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }))
    .finally(() => db.close());
};
