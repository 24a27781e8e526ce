import Dexie, { type Collection, type InsertType } from 'dexie';
import { CONVERSATION_STATUSES, type ConversationStatus } from '@shared/domain/types';
import type { WorkstationDb, InboxConversation } from '../../../db/db';

export const QUEUES = [
  'all',
  'unanswered',
  'overdue',
  'mine',
  'unassigned',
  'platform-handled',
  ...CONVERSATION_STATUSES.map((s) => `status:${s}` as const),
] as const;
export type Queue = (typeof QUEUES)[number];

/** Rows the list reads first; it reads PAGE more each time the rep scrolls near the end. */
export const FIRST_PAGE = 60;
export const PAGE = 300;

export const FACET_KINDS = ['intent', 'language', 'country', 'label', 'order-status'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];
export interface Facet {
  kind: FacetKind;
  value: string;
}

export interface InboxFilter {
  storeId: string;
  queue: Queue;
  /** The current rep, for "mine". */
  meRepId?: string;
  facet?: Facet;
  /** waitingSince at or before this is overdue (overdueSinceThreshold). */
  overdueThreshold: number;
}

type Rows = Collection<InboxConversation, string, InsertType<InboxConversation, 'id'>>;

const FACET_FIELD = {
  intent: 'intent',
  language: 'language',
  country: 'country',
  'order-status': 'orderStatus',
} as const;

function matchesFacet(c: InboxConversation, facet: Facet | undefined): boolean {
  if (!facet) return true;
  switch (facet.kind) {
    case 'label':
      return c.labels.includes(facet.value);
    case 'language':
      return c.language === facet.value;
    case 'country':
      return c.country === facet.value;
    case 'order-status':
      return c.orderStatus === facet.value;
    case 'intent':
      return c.intent === facet.value;
  }
}

/** Newest first within `[storeId+<field>+lastMessageAt]` for one value of the field. */
function byFieldNewest(db: WorkstationDb, field: string, storeId: string, value: string): Rows {
  return db.conversations
    .where(`[storeId+${field}+lastMessageAt]`)
    .between([storeId, value, Dexie.minKey], [storeId, value, Dexie.maxKey])
    .reverse();
}

/**
 * The queue's rows through the index that serves it, so only `limit` rows are ever read. A facet is served by
 * its own index when the queue is "all", otherwise it filters the queue's cursor (which stops at `limit`).
 * Waiting queues list the longest-waiting buyer first; the rest list the newest conversation first.
 */
function collectionFor(db: WorkstationDb, filter: InboxFilter): { rows: Rows; facetDone: boolean } {
  const { storeId, queue, facet } = filter;
  const table = db.conversations;
  switch (queue) {
    case 'overdue':
      return {
        rows: table
          .where('[storeId+waitingSince]')
          .between([storeId, Dexie.minKey], [storeId, filter.overdueThreshold], true, true),
        facetDone: false,
      };
    case 'unanswered':
      return {
        rows: table.where('[storeId+waitingSince]').between([storeId, Dexie.minKey], [storeId, Dexie.maxKey]),
        facetDone: false,
      };
    case 'mine':
      return {
        rows: byFieldNewest(db, 'assigneeKey', storeId, filter.meRepId ?? '\uffff-nobody'),
        facetDone: false,
      };
    case 'unassigned':
      return { rows: byFieldNewest(db, 'assigneeKey', storeId, ''), facetDone: false };
    case 'all':
    case 'platform-handled': {
      if (facet && facet.kind !== 'label') {
        const rows = byFieldNewest(db, FACET_FIELD[facet.kind], storeId, facet.value);
        return { rows: queue === 'all' ? rows : rows.filter((c) => c.platformHandled), facetDone: true };
      }
      const rows = table
        .where('[storeId+lastMessageAt]')
        .between([storeId, Dexie.minKey], [storeId, Dexie.maxKey])
        .reverse();
      return { rows: queue === 'all' ? rows : rows.filter((c) => c.platformHandled), facetDone: false };
    }
    default:
      return {
        rows: byFieldNewest(db, 'status', storeId, queue.slice('status:'.length) as ConversationStatus),
        facetDone: false,
      };
  }
}

export async function fetchConversations(
  db: WorkstationDb,
  filter: InboxFilter,
  limit: number,
): Promise<InboxConversation[]> {
  const { rows, facetDone } = collectionFor(db, filter);
  const facet = facetDone ? undefined : filter.facet;
  return (facet ? rows.filter((c) => matchesFacet(c, facet)) : rows).limit(limit).toArray();
}

/** Size of the overdue queue: an index range read with a cap (the badge shows "cap+"). */
export async function countOverdue(
  db: WorkstationDb,
  storeId: string,
  threshold: number,
  cap = 999,
): Promise<{ count: number; capped: boolean }> {
  const keys = await db.conversations
    .where('[storeId+waitingSince]')
    .between([storeId, Dexie.minKey], [storeId, threshold], true, true)
    .limit(cap + 1)
    .primaryKeys();
  return { count: Math.min(keys.length, cap), capped: keys.length > cap };
}
