/**
 * Maintained filter counters for the inbox (ARCHITECTURE §7: keep counters instead of count() scans). Every
 * write of a conversation turns into deltas from its keys before and after; the renderer applies them in the
 * same Dexie transaction. "Overdue" depends on the clock, not on a write, so it is not a counter.
 */
import { CONVERSATION_STATUSES, type Conversation } from '@shared/domain/types';

export type CounterKey = string;
export type Counters = Record<CounterKey, number>;

export interface CounterOptions {
  /** Also emit `<storeId>|<key>` for every key, for per-store filter badges. */
  perStore?: boolean;
}

/**
 * "Unanswered": the buyer spoke last and the rep can act — not resolved, not snoozed (the rep chose to wait)
 * and not handled by the platform (read-only for the merchant).
 */
export function isUnanswered(c: Conversation): boolean {
  return (
    c.awaitingReplySince !== undefined &&
    c.status !== 'resolved' &&
    c.status !== 'snoozed' &&
    !c.platformHandled
  );
}

/** Every filter key a conversation counts towards. */
export function counterKeys(c: Conversation, options: CounterOptions = {}): CounterKey[] {
  const keys: CounterKey[] = ['all', `status:${c.status}`, `store:${c.storeId}`, `language:${c.language}`];
  keys.push(c.assigneeId ? `assignee:${c.assigneeId}` : 'unassigned');
  if (isUnanswered(c)) keys.push('unanswered');
  if (c.platformHandled) keys.push('platform-handled');
  for (const label of new Set(c.labels)) keys.push(`label:${label}`);
  if (options.perStore) for (const key of [...keys]) keys.push(`${c.storeId}|${key}`);
  return keys;
}

/** Deltas for one write: null `before` is a create, null `after` a delete. Only non-zero entries. */
export function counterDeltas(
  before: Conversation | null | undefined,
  after: Conversation | null | undefined,
  options: CounterOptions = {},
): Counters {
  const deltas: Counters = {};
  for (const key of before ? counterKeys(before, options) : []) deltas[key] = (deltas[key] ?? 0) - 1;
  for (const key of after ? counterKeys(after, options) : []) deltas[key] = (deltas[key] ?? 0) + 1;
  for (const key of Object.keys(deltas)) if (deltas[key] === 0) delete deltas[key];
  return deltas;
}

/** A new counters object with the deltas applied; keys that reach zero are dropped. */
export function applyCounterDeltas(counters: Readonly<Counters>, deltas: Readonly<Counters>): Counters {
  const out: Counters = { ...counters };
  for (const [key, delta] of Object.entries(deltas)) {
    const next = (out[key] ?? 0) + delta;
    if (next === 0) delete out[key];
    else out[key] = next;
  }
  return out;
}

/** Counts from scratch: to build counters the first time, or to check maintained ones. */
export function countConversations(
  conversations: Iterable<Conversation>,
  options: CounterOptions = {},
): Counters {
  let counters: Counters = {};
  for (const c of conversations) counters = applyCounterDeltas(counters, counterDeltas(null, c, options));
  return counters;
}

/** Status keys in display order, for a filter bar. */
export const STATUS_COUNTER_KEYS: readonly CounterKey[] = CONVERSATION_STATUSES.map((s) => `status:${s}`);
