import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { dayKeyOf } from '@shared/util/days';
import { call } from '../../bridge/client';
import { attachDemoImages } from '../../data/demoImages';
import { db } from '../../db/db';
import { useT } from '../../i18n/useT';
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
  const { t } = useT();
  const [state, setState] = useState<DemoState>({ status: 'idle' });
  const workerRef = useRef<Worker | undefined>(undefined);
  const startedAt = useRef(0);
  const cancelled = useRef(false);

  const showProgress = useCallback((phase: string, done: number, total: number, since: number) => {
    const elapsed = (performance.now() - since) / 1000;
    const rate = done / Math.max(elapsed, 0.001);
    const etaSeconds = done > 0 ? Math.max(0, Math.round((total - done) / rate)) : undefined;
    setState({ status: 'running', done, total, phase, etaSeconds });
  }, []);

  /** The pictures come after the rows: they are drawn on the Node side for the products the worker wrote. */
  const finish = useCallback(
    async (storeIds: string[]) => {
      const since = performance.now();
      await attachDemoImages(db, storeIds, {
        draw: async (images) => (await call('media:drawDemoImages', { images })).images,
        onProgress: (done, total) => showProgress('images', done, total, since),
        isCancelled: () => cancelled.current,
      }).catch((error: unknown) =>
        // The store is whole without pictures (its products wait for photos): say so, keep it.
        notifications.show({
          color: 'yellow',
          autoClose: false,
          message: t('welcome.imagesFailed', {
            message: error instanceof Error ? error.message : String(error),
          }),
        }),
      );
      await announceStores(storeIds);
      setState({ status: 'done', storeIds });
    },
    [showProgress, t],
  );

  useEffect(() => () => workerRef.current?.terminate(), []);

  const start = useCallback(() => {
    workerRef.current?.terminate();
    const worker = new Worker(new URL('./demo.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    startedAt.current = performance.now();
    cancelled.current = false;
    setState({ status: 'running', done: 0, total: 1, phase: 'stores' });
    worker.onmessage = (message: MessageEvent<DemoEvent>) => {
      const event = message.data;
      if (event.type === 'progress') {
        showProgress(event.phase, event.done, event.total, startedAt.current);
      } else if (event.type === 'done') {
        worker.terminate();
        workerRef.current = undefined;
        finish(event.storeIds).catch((error: unknown) =>
          setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
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
  }, [finish, showProgress]);

  const cancel = useCallback(() => {
    cancelled.current = true;
    workerRef.current?.postMessage({ type: 'cancel' });
  }, []);
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
