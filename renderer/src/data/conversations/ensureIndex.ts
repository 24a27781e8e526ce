import Dexie from 'dexie';
import type { Order } from '@shared/domain/types';
import { indexTokens } from '@shared/inbox/tokenize';
import { primaryIntent, type Intent } from '@shared/inbox/intents';
import type { Counters } from '@shared/inbox/counters';
import type { WorkstationDb } from '../../db/db';
import { deriveConversation } from './derive';
import { addDeltas, inboxCounterDeltas, replaceInboxCounters } from './counters';

/** Bump when the derived fields or token rules change: every store is then indexed again once. */
export const INBOX_INDEX_VERSION = 2;
const CHUNK = 400;

const markerId = (storeId: string) => `${storeId}|inbox-meta|indexed`;

export interface IndexProgress {
  done: number;
  total: number;
}

export async function isInboxIndexed(db: WorkstationDb, storeId: string): Promise<boolean> {
  return (await db.counters.get(markerId(storeId)))?.value === INBOX_INDEX_VERSION;
}

/** Lets the page paint and handle input between chunks (ARCHITECTURE §9: never block > 50 ms). */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const running = new Map<string, Promise<void>>();

/**
 * Rows written by other code (the demo generator, older versions) have no tokens, derived fields or counters.
 * This fills them in small chunks and then counts from scratch, so it is idempotent: running it twice, or
 * after a crash half-way, gives the same result. It runs once per store (a marker counter remembers it, and
 * goes away with the store's counters when the store is deleted or the demo reset).
 */
export function ensureInboxIndex(
  db: WorkstationDb,
  storeId: string,
  onProgress?: (p: IndexProgress) => void,
): Promise<void> {
  const existing = running.get(storeId);
  if (existing) return existing;
  const job = indexStore(db, storeId, onProgress).finally(() => running.delete(storeId));
  running.set(storeId, job);
  return job;
}

async function indexStore(
  db: WorkstationDb,
  storeId: string,
  onProgress?: (p: IndexProgress) => void,
): Promise<void> {
  if (await isInboxIndexed(db, storeId)) return;
  const { conversations, messages } = db;
  const conversationIds = (await conversations
    .where('[storeId+lastMessageAt]')
    .between([storeId, Dexie.minKey], [storeId, Dexie.maxKey])
    .primaryKeys()) as string[];
  const messageIds = (await messages.where('storeId').equals(storeId).primaryKeys()) as string[];
  const total = conversationIds.length + messageIds.length;
  let done = 0;
  const counters: Counters = {};
  /** Per conversation, the buyer's latest message that says what they want: its time and intent. */
  const intents = new Map<string, { sentAt: number; intent: Intent }>();

  // Messages first: tokens for search, and what each buyer message asks for (v2), read in the same pass.
  for (let i = 0; i < messageIds.length; i += CHUNK) {
    const rows = (await messages.bulkGet(messageIds.slice(i, i + CHUNK))).filter((m) => m !== undefined);
    const missing = rows.filter((m) => !m.tokens);
    if (missing.length) await messages.bulkPut(missing.map((m) => ({ ...m, tokens: indexTokens(m.body) })));
    const buyer = rows.filter((m) => m.author === 'buyer');
    const unknownLanguage = [...new Set(buyer.filter((m) => !m.language).map((m) => m.conversationId))];
    const languages = new Map(
      (await conversations.bulkGet(unknownLanguage)).flatMap((c) => (c ? [[c.id, c.language] as const] : [])),
    );
    for (const m of buyer) {
      const known = intents.get(m.conversationId);
      if (known && known.sentAt >= m.sentAt) continue;
      const hit = primaryIntent(m.body, m.language ?? languages.get(m.conversationId) ?? 'en');
      if (hit) intents.set(m.conversationId, { sentAt: m.sentAt, intent: hit.intent });
    }
    done += rows.length;
    onProgress?.({ done, total });
    await yieldToPage();
  }
  for (let i = 0; i < conversationIds.length; i += CHUNK) {
    const rows = (await conversations.bulkGet(conversationIds.slice(i, i + CHUNK))).filter(
      (c) => c !== undefined,
    );
    const orderIds = [...new Set(rows.flatMap((c) => (c.orderId ? [c.orderId] : [])))];
    const orders = new Map(
      (await db.orders.bulkGet(orderIds)).filter((o): o is Order => !!o).map((o) => [o.id, o]),
    );
    const derived = rows.map((c) => {
      const row = deriveConversation(c, (c.orderId && orders.get(c.orderId)?.status) || c.orderStatus);
      const intent = intents.get(c.id)?.intent;
      if (intent) row.intent = intent;
      else delete row.intent;
      return row;
    });
    for (const c of derived) addDeltas(counters, inboxCounterDeltas(null, c));
    await conversations.bulkPut(derived);
    done += rows.length;
    onProgress?.({ done, total });
    await yieldToPage();
  }
  await writeCountsAndMark(db, storeId, counters);
}

/** Stores freshly counted counters and marks the store indexed, together. */
export async function writeCountsAndMark(
  db: WorkstationDb,
  storeId: string,
  counters: Counters,
): Promise<void> {
  await db.transaction('rw', [db.counters], async () => {
    await replaceInboxCounters(db, storeId, counters);
    await db.counters.put({ id: markerId(storeId), storeId, value: INBOX_INDEX_VERSION });
  });
}
