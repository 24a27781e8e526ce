import type { Table } from 'dexie';
import type { Conversation, Message, OrderStatus } from '@shared/domain/types';
import type { WorkstationDb } from '../../../db/db';

/**
 * A conversation row as the inbox stores it: the domain fields plus a few derived, indexed ones. They are
 * derived (never edited by hand) so the list can page through an index for every queue instead of scanning.
 */
export interface InboxConversation extends Conversation {
  /** awaitingReplySince while the rep can act on it (isUnanswered); absent otherwise, so it drops out of the index. */
  waitingSince?: number;
  /** assigneeId, or '' when unassigned: IndexedDB cannot index a missing value. */
  assigneeKey?: string;
  /** The linked order's status when the inbox last looked at it (index time, open, write). */
  orderStatus?: OrderStatus;
}

/** A message with its full-text tokens (indexTokens of the body), in the `*tokens` multiEntry index. */
export interface InboxMessage extends Message {
  tokens?: string[];
}

export const OUTBOX_STATES = ['to-send', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** A reply waiting to reach the buyer. With no platform connection, the rep sends it by hand and marks it. */
export interface OutboxItem {
  id: string;
  storeId: string;
  conversationId: string;
  body: string;
  state: OutboxState;
  repId?: string;
  attachmentMediaIds?: string[];
  createdAt: number;
  updatedAt: number;
  sentAt?: number;
  /** Why the rep marked it failed (their words). */
  failure?: string;
  /** The seller message created when it was marked sent. */
  messageId?: string;
}

/** A customer-service rep on this PC. */
export interface Rep {
  id: string;
  name: string;
  createdAt: number;
}

/** The inbox's tables with the row types it writes (db.ts types conversations/messages without derived fields). */
export function inboxTables(db: WorkstationDb) {
  return {
    conversations: db.table('conversations') as Table<InboxConversation, string>,
    messages: db.table('messages') as Table<InboxMessage, string>,
    outbox: db.table('outbox') as Table<OutboxItem, string>,
    reps: db.table('reps') as Table<Rep, string>,
  };
}
