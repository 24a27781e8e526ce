import Dexie from 'dexie';
import { countsAsSale } from '@shared/analytics/rollup';
import type { WorkstationDb } from '../../db/db';

export type IntegrityProblem =
  | { kind: 'schema'; found: number; expected: number }
  | { kind: 'counters'; store: string; counted: number; kept: number }
  | { kind: 'rollups'; store: string; day: string; counted: number; kept: number };

const DAY_MS = 24 * 3600 * 1000;
/** Stores sampled at start: the check must stay well inside its 500 ms on a 100k-row store. */
const SAMPLED_STORES = 3;

/**
 * The quick check at start: the database opened at the version this app declares, and for a sample of
 * stores the kept counts agree with the rows — the inbox's "all" counter with the store's conversations, and
 * the latest day with sales in the dashboard rollup with that day's orders. Index counts and one day's orders
 * only, never a scan of a big table.
 */
export async function checkIntegrity(db: WorkstationDb): Promise<IntegrityProblem[]> {
  const problems: IntegrityProblem[] = [];
  await db.open();
  const found = db.backendDB().version / 10;
  if (found !== db.verno) problems.push({ kind: 'schema', found, expected: db.verno });
  const stores = (await db.stores.limit(SAMPLED_STORES).toArray()).filter((s) => s.id);
  for (const store of stores) {
    const kept = await db.counters.get(`${store.id}|inbox|all`);
    const indexed = await db.counters.get(`${store.id}|inbox-meta|indexed`);
    if (kept && indexed) {
      const counted = await db.conversations
        .where('[storeId+lastMessageAt]')
        .between([store.id, Dexie.minKey], [store.id, Dexie.maxKey])
        .count();
      if (counted !== kept.value)
        problems.push({ kind: 'counters', store: store.name, counted, kept: kept.value });
    }
    const recent = await db.dailyStats
      .where('[storeId+day]')
      .between([store.id, ''], [store.id, '\uffff'])
      .reverse()
      .limit(20)
      .toArray();
    const sample = recent.find((row) => row.orders > 0);
    if (!sample) continue;
    const sameDay = await db.dailyStats.where('[storeId+day]').equals([store.id, sample.day]).toArray();
    const keptOrders = sameDay.reduce((sum, r) => sum + r.orders, 0);
    const start = Date.parse(`${sample.day}T00:00:00Z`);
    const orders = await db.orders
      .where('[storeId+placedAt]')
      .between([store.id, start], [store.id, start + DAY_MS], true, false)
      .toArray();
    const counted = orders.filter((o) => countsAsSale(o.status)).length;
    if (counted !== keptOrders)
      problems.push({ kind: 'rollups', store: store.name, day: sample.day, counted, kept: keptOrders });
  }
  return problems;
}
