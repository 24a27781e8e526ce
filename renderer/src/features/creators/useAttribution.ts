import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import type { StoreAttribution } from './data/storeAttribution';
import { revisionKey } from './data/writes';

export type AttributionState =
  { kind: 'loading' } | { kind: 'ready'; value: StoreAttribution } | { kind: 'failed'; error: string };

/**
 * The store's attribution, computed in a Web Worker and again whenever a campaign, touch or sample changes
 * (orders change by import, which leaves this page, so a visit after it computes afresh).
 */
export function useAttribution(storeId: string): AttributionState {
  const [state, setState] = useState<AttributionState>({ kind: 'loading' });
  // While a new count runs, the last one stays on screen (it is replaced as soon as the worker answers).
  // One settings row that every desk write bumps (data/writes.ts): reading it is cheap on any store size.
  const revision = useLiveQuery(
    async () => (await db.settings.get(revisionKey(storeId)))?.value ?? 0,
    [storeId],
  );
  useEffect(() => {
    if (revision === undefined) return;
    const worker = new Worker(new URL('./attribution.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (
      message: MessageEvent<{ ok: true; value: StoreAttribution } | { ok: false; error: string }>,
    ) => {
      setState(
        message.data.ok
          ? { kind: 'ready', value: message.data.value }
          : { kind: 'failed', error: message.data.error },
      );
      worker.terminate();
    };
    worker.onerror = (error) => {
      setState({ kind: 'failed', error: error.message });
      worker.terminate();
    };
    worker.postMessage({ storeId });
    return () => worker.terminate();
  }, [storeId, revision]);
  return state;
}
