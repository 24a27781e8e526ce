import type { Conversation } from '@shared/domain/types';
import type { WorkstationDb, InboxConversation } from '../../db/db';
import { deriveConversation } from './derive';
import { applyInboxDeltas, inboxCounterDeltas } from './counters';

/** Tables any conversation write may touch; one list so every write opens the same transaction scope. */
export const WRITE_SCOPE = ['conversations', 'counters', 'messages', 'outbox', 'drafts'] as const;

/**
 * Writes one conversation with its derived fields and adjusts the counters. Must run inside a rw
 * transaction over WRITE_SCOPE; `before` is the stored row (undefined for a new conversation).
 */
export async function putConversationInTx(
  db: WorkstationDb,
  before: InboxConversation | undefined,
  next: Conversation & Partial<InboxConversation>,
): Promise<InboxConversation> {
  const row = deriveConversation(next, next.orderStatus ?? before?.orderStatus);
  await db.conversations.put(row);
  await applyInboxDeltas(db, row.storeId, inboxCounterDeltas(before, row));
  return row;
}

/**
 * Reads, changes and writes a conversation in one transaction, counters included. `change` gets a copy and
 * returns the new row; `alsoInTx` runs in the same transaction (e.g. adding the message that caused it).
 */
export async function modifyConversation(
  db: WorkstationDb,
  id: string,
  change: (c: InboxConversation) => InboxConversation,
  alsoInTx?: (c: InboxConversation) => Promise<void>,
): Promise<InboxConversation | undefined> {
  return db.transaction('rw', [...WRITE_SCOPE], async () => {
    const before = await db.conversations.get(id);
    if (!before) return undefined;
    const next = await putConversationInTx(db, before, change(structuredClone(before)));
    await alsoInTx?.(next);
    return next;
  });
}

/** Removes an optional field so Dexie stores no key at all (and the row leaves that index). */
export function without<T extends object, K extends keyof T>(row: T, ...keys: K[]): T {
  const copy = { ...row };
  for (const key of keys) delete copy[key];
  return copy;
}
