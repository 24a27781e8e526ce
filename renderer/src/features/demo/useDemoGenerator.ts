import { useCallback, useEffect, useRef, useState } from 'react';
import { dayKeyOf } from '@shared/util/days';
import { db } from '../../db/db';
import type { DemoEvent } from './protocol';

export const DEMO_SEED = 20261111;

export type DemoState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; phase: string; etaSeconds?: number }
  | { status: 'done'; storeIds: string[] }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** Runs the demo worker and turns its messages into state with an ETA. */
export function useDemoGenerator(): { state: DemoState; start(): void; cancel(): void } {
  const [state, setState] = useState<DemoState>({ status: 'idle' });
  const workerRef = useRef<Worker | undefined>(undefined);
  const startedAt = useRef(0);

  useEffect(() => () => workerRef.current?.terminate(), []);

  const start = useCallback(() => {
    workerRef.current?.terminate();
    const worker = new Worker(new URL('./demo.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    startedAt.current = performance.now();
    setState({ status: 'running', done: 0, total: 1, phase: 'stores' });
    worker.onmessage = (message: MessageEvent<DemoEvent>) => {
      const event = message.data;
      if (event.type === 'progress') {
        const elapsed = (performance.now() - startedAt.current) / 1000;
        const rate = event.done / Math.max(elapsed, 0.001);
        const etaSeconds =
          event.done > 0 ? Math.max(0, Math.round((event.total - event.done) / rate)) : undefined;
        setState({ status: 'running', done: event.done, total: event.total, phase: event.phase, etaSeconds });
      } else if (event.type === 'done') {
        worker.terminate();
        workerRef.current = undefined;
        void announceStores(event.storeIds).then(() =>
          setState({ status: 'done', storeIds: event.storeIds }),
        );
      } else {
        setState(
          event.type === 'failed' ? { status: 'failed', message: event.message } : { status: 'cancelled' },
        );
        worker.terminate();
        workerRef.current = undefined;
      }
    };
    worker.onerror = (error) => setState({ status: 'failed', message: error.message });
    const now = Date.now();
    worker.postMessage({ type: 'start', seed: DEMO_SEED, endDay: dayKeyOf(now), nowMs: now });
  }, []);

  const cancel = useCallback(() => workerRef.current?.postMessage({ type: 'cancel' }), []);
  return { state, start, cancel };
}

/**
 * The worker writes without telling open pages (see quietWorker.ts); one small write from the page
 * makes every live query that shows stores pick the new ones up.
 */
async function announceStores(storeIds: string[]): Promise<void> {
  const stores = (await db.stores.bulkGet(storeIds)).filter((s) => s !== undefined);
  await db.stores.bulkPut(stores);
}
