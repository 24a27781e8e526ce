/// <reference lib="webworker" />
import { openWorkstationDb } from '../../db/db';
import { computeStoreAttribution } from './data/storeAttribution';

/** One request: a store id; one answer: its attribution, or the reason it failed. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (message: MessageEvent<{ storeId: string }>) => {
  const db = openWorkstationDb();
  try {
    scope.postMessage({ ok: true, value: await computeStoreAttribution(db, message.data.storeId) });
  } catch (error) {
    scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
