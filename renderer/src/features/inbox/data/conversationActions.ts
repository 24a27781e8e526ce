import Dexie from 'dexie';
import type { BuyerLanguage, OrderStatus } from '@shared/domain/types';
import { indexTokens } from '@shared/inbox/tokenize';
import type { WorkstationDb } from '../../../db/db';
import { modifyConversation, without } from '../../../data/conversations/writes';

import { newId } from '../../../data/ids';

export const resolveConversation = (db: WorkstationDb, id: string) =>
  modifyConversation(db, id, (c) => ({ ...without(c, 'snoozedUntil'), status: 'resolved' }));

export const reopenConversation = (db: WorkstationDb, id: string) =>
  modifyConversation(db, id, (c) => ({
    ...without(c, 'snoozedUntil'),
    status: c.awaitingReplySince ? 'open' : 'pending',
  }));

export const assignConversation = (db: WorkstationDb, id: string, repId: string | undefined) =>
  modifyConversation(db, id, (c) => (repId ? { ...c, assigneeId: repId } : without(c, 'assigneeId')));

export const setConversationLabels = (db: WorkstationDb, id: string, labels: string[]) =>
  modifyConversation(db, id, (c) => ({
    ...c,
    labels: [...new Set(labels.map((l) => l.trim()).filter(Boolean))],
  }));

export const snoozeConversation = (db: WorkstationDb, id: string, until: number) =>
  modifyConversation(db, id, (c) => ({ ...c, status: 'snoozed', snoozedUntil: until }));

export const setConversationLanguage = (db: WorkstationDb, id: string, language: BuyerLanguage) =>
  modifyConversation(db, id, (c) => ({ ...c, language }));

/** Keeps the denormalised order status (a filter facet) in step with the order the rep is looking at. */
export const refreshOrderStatus = (db: WorkstationDb, id: string, orderStatus: OrderStatus) =>
  modifyConversation(db, id, (c) => ({ ...c, orderStatus }));

/** A team-only note: part of the thread, never sent, does not stop the reply clock. */
export async function addNote(
  db: WorkstationDb,
  conversationId: string,
  body: string,
  at = Date.now(),
): Promise<void> {
  const text = body.trim();
  if (!text) return;
  await modifyConversation(
    db,
    conversationId,
    (c) => ({ ...c, messageCount: c.messageCount + 1 }),
    async (c) => {
      await db.messages.add({
        id: newId('note'),
        conversationId,
        storeId: c.storeId,
        author: 'note',
        body: text,
        sentAt: at,
        tokens: indexTokens(text),
      });
    },
  );
}

/**
 * Snoozes whose time has come go back to the queue: open if the buyer is still waiting, else pending. One
 * index range over the due snooze times, so a store with thousands of snoozed conversations reads only the due.
 */
export async function wakeSnoozed(db: WorkstationDb, storeId: string, now = Date.now()): Promise<number> {
  const due = await db.conversations
    .where('[storeId+snoozedUntil]')
    .between([storeId, Dexie.minKey], [storeId, now], true, true)
    .filter((c) => c.status === 'snoozed')
    .primaryKeys();
  for (const id of due) await reopenConversation(db, id);
  return due.length;
}
