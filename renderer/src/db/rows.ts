import type {
  Conversation,
  HostingMode,
  Message,
  Order,
  OrderLine,
  OrderStatus,
  TrafficDay,
} from '@shared/domain/types';
import type { ImportKind, MappingOverride } from '@shared/import';
import type { Intent } from '@shared/inbox/intents';
import type { ShipByDeadline } from '@shared/logistics/deadline';
import type { PhotoPreset } from '@shared/photos';

/*
 * The row types of the app's own tables (domain rows shared with the CLI and the demo generator live in
 * shared/domain/types.ts). Each row type is defined once, here, and declared on WorkstationDb in db.ts.
 */

/**
 * The ship-by board's row of one order awaiting shipment (table `shipQueue`, keyed by the order's id): what the
 * board, its filters, the at-risk count and the joint-shipping check read, without the order's other fields or
 * its lines. Present exactly while the order's status is awaiting-shipment; every write path in renderer/src/data/
 * that changes an order keeps it in step (data/shipQueue.ts), and the v16 upgrade fills it for existing stores.
 * Since v17 each row carries its ship-by deadline (indexed with the store): the board reads the queue in deadline
 * order, a screenful first, and counts no deadline on the page. The deadline is counted where the row is written,
 * again when the ship-by rule or closures change (data/shipQueue.ts saveShipByRule), and checked against the
 * catalog's handling days whenever the queue is read whole (a product edit elsewhere is caught there).
 */
export type ShipQueueRow = Pick<
  Order,
  | 'id'
  | 'storeId'
  | 'orderId'
  | 'buyerId'
  | 'buyerName'
  | 'country'
  | 'placedAt'
  | 'paidAt'
  | 'amount'
  | 'currency'
  | 'hostingMode'
  | 'carrier'
  | 'handlingDays'
  | 'parcelId'
  | 'shipTo'
  | 'cashOnDelivery'
  | 'vatCollected'
  | 'parentOrderId'
> & {
  status: 'awaiting-shipment';
  /** The products of the order's lines (each once): the longest handling days and the product filter read them. */
  productIds: string[];
  /** The order's lines as a parcel needs them (product and quantity), so quoting reads no order lines (v17). */
  items: { productId: string; quantity: number }[];
} & ShipByDeadline;

/** A maintained count, e.g. `${storeId}|conversations|status:open`; read instead of `count()` scans. */
export interface Counter {
  id: string;
  storeId: string;
  value: number;
}

/** Where a switch of hosting mode was made from, for the history's "what" column. */
export type SwitchSource = 'hosting' | 'editor' | 'what-if';

/** A switch of hosting mode, of a store's default (productId undefined) or of one product. */
export interface ModeChange {
  id: string;
  storeId: string;
  productId?: string;
  from: HostingMode;
  to: HostingMode;
  at: number;
  /** Absent on rows written before the history recorded it. */
  via?: SwitchSource;
  /** The inbox rep marked "I am" on this PC at the time, by name; absent when there is none. */
  by?: string;
  /** Store switches: how many products followed the default at that moment. */
  followers?: number;
}

export interface Draft {
  conversationId: string;
  body: string;
  updatedAt: number;
}

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
  /** What the buyer asks for in their latest message that says something (offline rules); absent when unknown. */
  intent?: Intent;
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

/** What one chunk of an import replaced, so the batch can be undone or rolled back exactly. */
export interface ImportUndoChunk {
  /** `${batchId}|${chunk, zero-padded}`: string order is write order. */
  id: string;
  batchId: string;
  chunk: number;
  /** Orders the chunk replaced, with the version each replaced (records written before `added` existed also list new orders here, without `previous`). */
  orders: { id: string; previous?: Order; previousLines?: OrderLine[] }[];
  /**
   * Orders the chunk added, by their numbers within the store. Two thousand ids as objects made a record of
   * about 80 KB, past the 64 KB beyond which Chromium stores an IndexedDB value as a blob of its own.
   */
  added?: { storeId: string; orderNumbers: string[] };
  /** Traffic rows the chunk wrote, with the hosting mode their figures were rolled up under. */
  traffic: { id: string; previous?: TrafficDay; hostingMode: HostingMode }[];
}

/** A user's corrected column mapping, applied to every later file with the same header layout. */
export interface ImportLayout {
  fingerprint: string;
  kind: ImportKind;
  mapping: MappingOverride;
  updatedAt: number;
}

/** A seller's own preset, kept in Dexie (table `photoPresets`, schema v3). */
export interface UserPresetRow {
  id: string;
  /** What the seller called it; the preset id is derived from it once and never changes. */
  name: string;
  preset: PhotoPreset;
  /** Display name of the logo file, when the preset has one. */
  logoName?: string;
  updatedAt: number;
}
