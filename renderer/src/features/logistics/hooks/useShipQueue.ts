import Dexie, { liveQuery } from 'dexie';
import { useMemo, useSyncExternalStore } from 'react';
import {
  refreshShipQueueDeadlines,
  shipQueuePage,
  withShipBy,
  type QueueCursor,
} from '../../../data/shipQueue';
import { readShipBySetting, SHIP_BY_SETTING_KEY } from '../../../data/shopClosures';
import type { Product } from '@shared/domain/types';
import { shipByRules } from '@shared/logistics/deadline';
import { db, type ShipQueueRow } from '../../../db/db';

/**
 * Each store's ship-by queue, read once and shared by everything that shows it (the board, the at-risk count in
 * the shell and on the dashboard), so opening the board on a loaded store paints from memory. The rows come in
 * deadline order through the [storeId+deadlineAt] index: a screenful first (the board paints it at once, marked as
 * partial), then the rest in pages, each a short task, outside any liveQuery (one that tracks 20,000 rows key by
 * key, and clones them, costs more than the read); a committed write to the queue reads them again, one read at a
 * time. The store's products (a few hundred) are watched with it: their handling days are checked against the
 * stored deadlines whenever either changes, and a row a catalog edit made stale is counted again and written back.
 */
interface Entry {
  rows: ShipQueueRow[] | undefined;
  /** False while only the first pages of the first read are in. */
  complete: boolean;
  products: Product[] | undefined;
  listeners: Set<() => void>;
  stop: (() => void) | undefined;
  reading: boolean;
  dirty: boolean;
}

const entries = new Map<string, Entry>();
/** Rows for the first paint: more than a tall window shows. */
const FIRST_PAGE = 60;
/** Rows per later page: each page's read and hand-over stays a short task. */
const PAGE = 2500;

function notify(entry: Entry) {
  for (const listener of entry.listeners) listener();
}

async function readPages(storeId: string, entry: Entry): Promise<void> {
  const live = () => entries.get(storeId) === entry;
  const first = await shipQueuePage(db, storeId, null, FIRST_PAGE);
  if (!live()) return;
  const rows = first.rows;
  if (first.next && entry.rows === undefined) {
    // Nothing shown yet: the first screenful now, the rest as it comes.
    entry.rows = rows.slice();
    notify(entry);
  }
  let cursor: QueueCursor | null = first.next;
  while (cursor) {
    const page = await shipQueuePage(db, storeId, cursor, PAGE);
    if (!live()) return;
    for (const row of page.rows) rows.push(row);
    cursor = page.next;
  }
  entry.rows = rows;
  entry.complete = true;
  notify(entry);
  void checkDeadlines(storeId, entry);
}

function read(storeId: string, entry: Entry) {
  if (entry.reading) {
    entry.dirty = true;
    return;
  }
  entry.reading = true;
  readPages(storeId, entry)
    .catch((error: unknown) => console.error('ship queue read failed', error))
    .finally(() => {
      entry.reading = false;
      if (entry.dirty && entries.get(storeId) === entry) {
        entry.dirty = false;
        read(storeId, entry);
      }
    });
}

/**
 * The stored deadlines against the catalog's handling days and the stored rule as they are now: rows that moved
 * (a product edited since they were written) are counted again in the data layer, whose write reads the queue
 * again. Nothing is written when all hold, so this settles.
 */
async function checkDeadlines(storeId: string, entry: Entry): Promise<void> {
  const { rows, products, complete } = entry;
  if (!rows || !products || !complete) return;
  const setting = await db.settings.get(SHIP_BY_SETTING_KEY);
  if (entries.get(storeId) !== entry || entry.rows !== rows) return;
  const days = new Map<string, number>();
  for (const p of products) if (p.handlingDays !== undefined) days.set(p.id, p.handlingDays);
  const context = {
    rules: shipByRules(readShipBySetting(setting?.value)),
    productDays: (id: string) => days.get(id),
  };
  const stale = rows.filter((row) => withShipBy(row, context) !== row).map((row) => row.id);
  if (stale.length > 0) await refreshShipQueueDeadlines(db, stale);
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
      complete: false,
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
        void checkDeadlines(storeId, current).catch((error: unknown) =>
          console.error('ship queue deadline check failed', error),
        );
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
  /** In deadline order within each store. */
  rows: ShipQueueRow[];
  products: Map<string, Product>;
  /** False while only the first screenful of some store's queue is in. */
  complete: boolean;
}

const snapshots = new Map<
  string,
  { parts: (ShipQueueRow[] | Product[] | boolean | undefined)[]; value: ShipQueue | undefined }
>();

/** The same object for as long as none of the stores' rows or products changed (what useSyncExternalStore needs). */
function snapshotOf(key: string): ShipQueue | undefined {
  const ids = key === '' ? [] : key.split('|');
  const parts = ids.flatMap((id) => [
    entries.get(id)?.rows,
    entries.get(id)?.products,
    entries.get(id)?.complete ?? false,
  ]);
  const last = snapshots.get(key);
  if (last && last.parts.length === parts.length && last.parts.every((part, i) => part === parts[i]))
    return last.value;
  let value: ShipQueue | undefined;
  if (parts.every((part) => part !== undefined)) {
    const rows = ids.map((id) => entries.get(id)?.rows as ShipQueueRow[]);
    value = {
      rows: rows.length === 1 ? (rows[0] as ShipQueueRow[]) : rows.flat(),
      products: new Map(ids.flatMap((id) => entries.get(id)?.products ?? []).map((p) => [p.id, p])),
      complete: ids.every((id) => entries.get(id)?.complete === true),
    };
  }
  snapshots.set(key, { parts, value });
  return value;
}

/** The queue rows and products of the chosen stores, live; undefined until every store's first page is read. */
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
