import Dexie, { liveQuery } from 'dexie';
import { useMemo, useSyncExternalStore } from 'react';
import { shipQueueOf } from '../../../data/shipQueue';
import type { Product } from '@shared/domain/types';
import { db, type ShipQueueRow } from '../../../db/db';

/**
 * Each store's ship-by queue, read once and shared by everything that shows it (the board, the at-risk count in
 * the shell and on the dashboard), so opening the board on a loaded store paints from memory. The rows are read
 * with one index range outside any liveQuery (one that tracks 20,000 rows key by key, and clones them, costs more
 * than the read); a committed write to the queue reads them again, one read at a time. The
 * store's products (a few hundred: their handling days give the deadlines of orders without their own) are
 * watched with it, so the board and the shell share them too.
 */
interface Entry {
  rows: ShipQueueRow[] | undefined;
  products: Product[] | undefined;
  listeners: Set<() => void>;
  stop: (() => void) | undefined;
  reading: boolean;
  dirty: boolean;
}

const entries = new Map<string, Entry>();

function notify(entry: Entry) {
  for (const listener of entry.listeners) listener();
}

function read(storeId: string, entry: Entry) {
  if (entry.reading) {
    entry.dirty = true;
    return;
  }
  entry.reading = true;
  shipQueueOf(db, storeId)
    .then(
      (rows) => {
        if (entries.get(storeId) !== entry) return;
        entry.rows = rows;
        notify(entry);
      },
      (error: unknown) => console.error('ship queue read failed', error),
    )
    .finally(() => {
      entry.reading = false;
      if (entry.dirty && entries.get(storeId) === entry) {
        entry.dirty = false;
        read(storeId, entry);
      }
    });
}

const QUEUE_PARTS = `idb://${db.name}/shipQueue/`;
let watching = false;

/**
 * Any committed write to the queue, here or in a worker (Dexie's storagemutated event, which Dexie carries across
 * contexts), reads every shown store's queue again. Subscribed before the first read, so no write is missed.
 */
function watchMutations() {
  if (watching) return;
  watching = true;
  Dexie.on.storagemutated.subscribe((parts) => {
    if (!Object.keys(parts).some((part) => part.startsWith(QUEUE_PARTS))) return;
    for (const [storeId, entry] of entries) read(storeId, entry);
  });
}

function subscribeStore(storeId: string, listener: () => void): () => void {
  let entry = entries.get(storeId);
  if (!entry) {
    entry = {
      rows: undefined,
      products: undefined,
      listeners: new Set(),
      stop: undefined,
      reading: false,
      dirty: false,
    };
    entries.set(storeId, entry);
  }
  const current = entry;
  current.listeners.add(listener);
  if (!current.stop) {
    watchMutations();
    read(storeId, current);
    const products = liveQuery(() => db.products.where('storeId').equals(storeId).toArray()).subscribe({
      next: (list) => {
        current.products = list;
        notify(current);
      },
      error: (error: unknown) => console.error('ship queue products failed', error),
    });
    current.stop = () => products.unsubscribe();
  }
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size > 0) return;
    // Nobody shows this store any more: stop watching and forget the rows, so a later visit never sees old ones.
    current.stop?.();
    entries.delete(storeId);
    for (const key of snapshots.keys()) if (key.split('|').includes(storeId)) snapshots.delete(key);
  };
}

export interface ShipQueue {
  rows: ShipQueueRow[];
  products: Map<string, Product>;
}

const snapshots = new Map<
  string,
  { parts: (ShipQueueRow[] | Product[] | undefined)[]; value: ShipQueue | undefined }
>();

/** The same object for as long as none of the stores' rows or products changed (what useSyncExternalStore needs). */
function snapshotOf(key: string): ShipQueue | undefined {
  const ids = key === '' ? [] : key.split('|');
  const parts = ids.flatMap((id) => [entries.get(id)?.rows, entries.get(id)?.products]);
  const last = snapshots.get(key);
  if (last && last.parts.length === parts.length && last.parts.every((part, i) => part === parts[i]))
    return last.value;
  let value: ShipQueue | undefined;
  if (parts.every((part) => part !== undefined)) {
    const rows = ids.map((id) => entries.get(id)?.rows as ShipQueueRow[]);
    value = {
      rows: rows.length === 1 ? (rows[0] as ShipQueueRow[]) : rows.flat(),
      products: new Map(ids.flatMap((id) => entries.get(id)?.products ?? []).map((p) => [p.id, p])),
    };
  }
  snapshots.set(key, { parts, value });
  return value;
}

/** The queue rows and products of the chosen stores, live; undefined until every store's are read. */
export function useShipQueue(storeIds: readonly string[]): ShipQueue | undefined {
  const key = storeIds.join('|');
  const subscribe = useMemo(
    () => (listener: () => void) => {
      const stops = key === '' ? [] : key.split('|').map((id) => subscribeStore(id, listener));
      return () => stops.forEach((stop) => stop());
    },
    [key],
  );
  return useSyncExternalStore(subscribe, () => snapshotOf(key));
}
