import Dexie from 'dexie';
import { indexTokens } from '@shared/inbox/tokenize';
import { csvText } from '@shared/util/csv';
import type { WorkstationDb, OutboxItem, OutboxState } from '../../../db/db';
import { modifyConversation, without, WRITE_SCOPE } from '../../../data/conversations/writes';
import { newId } from '../../../data/ids';

export type OutboxAction = 'mark-sent' | 'mark-failed' | 'retry' | 'discard';

/** The outbox's only legal moves; anything else is a bug or a double click, and is refused. */
const TRANSITIONS: Record<OutboxState, Partial<Record<OutboxAction, OutboxState | 'deleted'>>> = {
  'to-send': { 'mark-sent': 'sent', 'mark-failed': 'failed', discard: 'deleted' },
  failed: { retry: 'to-send', 'mark-sent': 'sent', discard: 'deleted' },
  sent: {},
};

export function nextOutboxState(state: OutboxState, action: OutboxAction): OutboxState | 'deleted' {
  const next = TRANSITIONS[state][action];
  if (!next) throw new Error(`Outbox: cannot ${action} a reply that is ${state}`);
  return next;
}

/** Puts a reply in the outbox and clears the conversation's draft, in one transaction. */
export async function queueReply(
  db: WorkstationDb,
  input: {
    storeId: string;
    conversationId: string;
    body: string;
    repId?: string;
    attachmentMediaIds?: string[];
  },
  now = Date.now(),
): Promise<OutboxItem> {
  const item: OutboxItem = {
    id: newId('out'),
    ...input,
    body: input.body.trim(),
    state: 'to-send',
    createdAt: now,
    updatedAt: now,
  };
  if (!item.body) throw new Error('Outbox: an empty reply cannot be queued');
  await db.transaction('rw', [...WRITE_SCOPE], async () => {
    await db.outbox.add(item);
    await db.drafts.delete(input.conversationId);
  });
  return item;
}

async function load(db: WorkstationDb, id: string): Promise<OutboxItem> {
  const item = await db.outbox.get(id);
  if (!item) throw new Error(`Outbox: no reply ${id}`);
  return item;
}

/**
 * The rep sent it in the seller centre: it becomes a seller message in the thread, the buyer is no longer
 * waiting (the SLA clock stops and the counters move), all in one transaction.
 */
export async function markSent(db: WorkstationDb, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [...WRITE_SCOPE], async () => {
    const item = await load(db, id);
    nextOutboxState(item.state, 'mark-sent');
    const messageId = newId('msg');
    await modifyConversation(
      db,
      item.conversationId,
      (c) => ({
        ...without(c, 'awaitingReplySince'),
        status: c.status === 'open' ? 'pending' : c.status,
        lastMessageAt: Math.max(c.lastMessageAt, now),
        messageCount: c.messageCount + 1,
      }),
      async (c) => {
        await db.messages.add({
          id: messageId,
          conversationId: c.id,
          storeId: c.storeId,
          author: 'seller',
          body: item.body,
          sentAt: now,
          language: c.language,
          tokens: indexTokens(item.body),
          ...(item.attachmentMediaIds?.length ? { attachmentMediaIds: item.attachmentMediaIds } : {}),
        });
      },
    );
    await db.outbox.put({
      ...without(item, 'failure'),
      state: 'sent',
      sentAt: now,
      updatedAt: now,
      messageId,
    });
  });
}

export async function markFailed(
  db: WorkstationDb,
  id: string,
  reason: string,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', [...WRITE_SCOPE], async () => {
    const item = await load(db, id);
    nextOutboxState(item.state, 'mark-failed');
    await db.outbox.put({ ...item, state: 'failed', failure: reason.trim(), updatedAt: now });
  });
}

export async function retryReply(db: WorkstationDb, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [...WRITE_SCOPE], async () => {
    const item = await load(db, id);
    nextOutboxState(item.state, 'retry');
    await db.outbox.put({ ...without(item, 'failure'), state: 'to-send', updatedAt: now });
  });
}

export async function discardReply(db: WorkstationDb, id: string): Promise<void> {
  await db.transaction('rw', [...WRITE_SCOPE], async () => {
    const item = await load(db, id);
    nextOutboxState(item.state, 'discard');
    await db.outbox.delete(id);
  });
}

/** Unsent replies of a store, oldest first (for the outbox panel and its export). */
export function pendingReplies(
  db: WorkstationDb,
  storeId: string,
  state: Exclude<OutboxState, 'sent'>,
): Promise<OutboxItem[]> {
  return db.outbox
    .where('[storeId+state+createdAt]')
    .between([storeId, state, Dexie.minKey], [storeId, state, Dexie.maxKey])
    .limit(500)
    .toArray();
}

export const OUTBOX_CSV_HEADER = ['order_id', 'buyer_name', 'language', 'queued_at', 'reply'] as const;

/**
 * Every reply still to send as one CSV (order number, buyer, text), for pasting in the seller centre. Buyer names
 * and replies quoting the buyer are untrusted text: the one guarded writer keeps a `=…` from running in Excel.
 */
export async function outboxCsv(db: WorkstationDb, storeId: string): Promise<string> {
  const items = await pendingReplies(db, storeId, 'to-send');
  const conversations = await db.conversations.bulkGet(items.map((i) => i.conversationId));
  const rows = items.map((item, i) => {
    const c = conversations[i];
    return [
      c?.orderId?.split(':').at(-1) ?? '',
      c?.buyerName ?? '',
      c?.language ?? '',
      new Date(item.createdAt).toISOString(),
      item.body,
    ];
  });
  return csvText([OUTBOX_CSV_HEADER, ...rows]);
}
