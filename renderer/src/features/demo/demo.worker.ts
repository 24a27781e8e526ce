/// <reference lib="webworker" />
import './quietWorker';
import { serveDatabaseJobs, throttled } from '../../db/databaseWorker';
import type { DemoEvent, DemoRequest } from './protocol';
import { writeDemo } from '../../data/writeDemo';

/** Generation and IndexedDB writes run here, so the page never blocks while a year of data is made. */
const post = (event: DemoEvent) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(event);

serveDatabaseJobs<DemoRequest>(
  async (db, request, isCancelled) => {
    const outcome = await writeDemo(db, {
      seed: request.seed,
      endDay: request.endDay,
      nowMs: request.nowMs,
      isCancelled,
      onProgress: throttled(
        (p) => post({ type: 'progress', ...p }),
        (p) => p.done >= p.total,
      ),
    });
    post(outcome.status === 'done' ? { type: 'done', storeIds: outcome.storeIds } : { type: 'cancelled' });
  },
  (message) => post({ type: 'failed', message }),
);
