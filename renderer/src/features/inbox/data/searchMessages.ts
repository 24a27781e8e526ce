import { matchesQuery, queryTokens, type QueryToken } from '@shared/inbox/tokenize';
import type { WorkstationDb, InboxConversation, InboxMessage } from '../../../db/db';

export interface SearchHit {
  message: InboxMessage;
  conversation: InboxConversation;
}

/** The token that narrows the index range most: exact ones (Chinese) first, then the longest prefix. */
function drivingToken(tokens: QueryToken[]): QueryToken {
  return [...tokens].sort((a, b) => Number(a.prefix) - Number(b.prefix) || b.text.length - a.text.length)[0]!;
}

/** Primary keys read from the index in the first round; each further round reads four times as many. */
const FIRST_KEYS = 100;

/**
 * Full-text search over a store's messages through the `*tokens` multiEntry index. The most selective query
 * token gives one index range, read as primary keys only (one getAllKeys, no cursor step per row); only those
 * messages are then loaded, in index order, and checked for the store and the other tokens, until `limit`
 * hits. A range with more candidates than the first read holds is read again with a larger count.
 */
export async function searchMessages(
  db: WorkstationDb,
  storeId: string,
  query: string,
  limit = 50,
): Promise<SearchHit[]> {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [];
  const { messages, conversations } = db;
  const first = drivingToken(tokens);
  const range = () =>
    first.prefix
      ? messages.where('tokens').startsWith(first.text)
      : messages.where('tokens').equals(first.text);
  const found: InboxMessage[] = [];
  const checked = new Set<string>();
  for (let count = FIRST_KEYS; found.length < limit; count *= 4) {
    const keys = await range().limit(count).primaryKeys();
    // A message with two tokens in the range is listed twice: keep its first place, skip what was checked.
    const fresh = [...new Set(keys)].filter((id) => !checked.has(id));
    for (let at = 0; at < fresh.length && found.length < limit; at += limit) {
      const batch = fresh.slice(at, at + limit);
      batch.forEach((id) => checked.add(id));
      for (const m of await messages.bulkGet(batch)) {
        if (m && m.storeId === storeId && matchesQuery(m.tokens ?? [], tokens) && found.length < limit)
          found.push(m);
      }
    }
    if (keys.length < count) break;
  }
  const owners = await conversations.bulkGet([...new Set(found.map((m) => m.conversationId))]);
  const byId = new Map(owners.filter((c) => c !== undefined).map((c) => [c.id, c]));
  return found
    .flatMap((message) => {
      const conversation = byId.get(message.conversationId);
      return conversation ? [{ message, conversation }] : [];
    })
    .sort((a, b) => b.message.sentAt - a.message.sentAt);
}
