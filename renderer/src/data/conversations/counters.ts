import { counterKeys, type Counters } from '@shared/inbox/counters';
import type { Counter, WorkstationDb, InboxConversation } from '../../db/db';

/** Counter rows of the inbox: `<storeId>|inbox|<key>`, beside (not mixed with) other features' counters. */
export const counterId = (storeId: string, key: string) => `${storeId}|inbox|${key}`;
const prefixOf = (storeId: string) => `${storeId}|inbox|`;

/** The shared keys plus the facets only the inbox filters by: buyer country, order status and intent. */
export function inboxCounterKeys(c: InboxConversation): string[] {
  const keys = counterKeys(c);
  keys.push(`country:${c.country}`);
  if (c.orderStatus) keys.push(`order-status:${c.orderStatus}`);
  if (c.intent) keys.push(`intent:${c.intent}`);
  return keys;
}

/** Deltas for one write of one conversation; null before = created, null after = deleted. */
export function inboxCounterDeltas(
  before: InboxConversation | null | undefined,
  after: InboxConversation | null | undefined,
): Counters {
  const deltas: Counters = {};
  for (const key of before ? inboxCounterKeys(before) : []) deltas[key] = (deltas[key] ?? 0) - 1;
  for (const key of after ? inboxCounterKeys(after) : []) deltas[key] = (deltas[key] ?? 0) + 1;
  for (const key of Object.keys(deltas)) if (deltas[key] === 0) delete deltas[key];
  return deltas;
}

/** Sums deltas of many writes, so a batch touches each counter row once. */
export function addDeltas(into: Counters, deltas: Counters): Counters {
  for (const [key, delta] of Object.entries(deltas)) into[key] = (into[key] ?? 0) + delta;
  return into;
}

/**
 * Applies deltas to the counter rows. Call it inside the same rw transaction as the conversation write
 * (it must include the `counters` table), so a crash can never leave counts and rows disagreeing.
 */
export async function applyInboxDeltas(db: WorkstationDb, storeId: string, deltas: Counters): Promise<void> {
  const keys = Object.keys(deltas).filter((k) => deltas[k] !== 0);
  if (keys.length === 0) return;
  const ids = keys.map((k) => counterId(storeId, k));
  const rows = await db.counters.bulkGet(ids);
  const puts: Counter[] = [];
  const deletes: string[] = [];
  keys.forEach((key, i) => {
    const value = (rows[i]?.value ?? 0) + (deltas[key] ?? 0);
    if (value === 0) deletes.push(ids[i]!);
    else puts.push({ id: ids[i]!, storeId, value });
  });
  if (puts.length) await db.counters.bulkPut(puts);
  if (deletes.length) await db.counters.bulkDelete(deletes);
}

/** Every inbox counter of a store as { key: value } — a range read of a few dozen rows, never a scan. */
export async function readInboxCounters(db: WorkstationDb, storeId: string): Promise<Counters> {
  const prefix = prefixOf(storeId);
  const rows = await db.counters.where('id').startsWith(prefix).toArray();
  return Object.fromEntries(rows.map((r) => [r.id.slice(prefix.length), r.value]));
}

/** Replaces a store's inbox counters with freshly counted ones (the index step and its tests). */
export async function replaceInboxCounters(
  db: WorkstationDb,
  storeId: string,
  counters: Counters,
): Promise<void> {
  await db.counters.where('id').startsWith(prefixOf(storeId)).delete();
  await db.counters.bulkPut(
    Object.entries(counters)
      .filter(([, v]) => v !== 0)
      .map(([key, value]) => ({ id: counterId(storeId, key), storeId, value })),
  );
}
