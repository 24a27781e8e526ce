import { matchesQuery, queryTokens, type QueryToken } from '@shared/inbox/tokenize';
import type { WorkstationDb } from '../../../db/db';
import { inboxTables, type InboxConversation, type InboxMessage } from './inboxTypes';

export interface SearchHit {
  message: InboxMessage;
  conversation: InboxConversation;
}

/** The token that narrows the index range most: exact ones (Chinese) first, then the longest prefix. */
function drivingToken(tokens: QueryToken[]): QueryToken {
  return [...tokens].sort((a, b) => Number(a.prefix) - Number(b.prefix) || b.text.length - a.text.length)[0]!;
}

/**
 * Full-text search over a store's messages through the `*tokens` multiEntry index: one index range for the
 * most selective query token, the other tokens checked on the (already tokenised) rows, stopping at `limit`.
 */
export async function searchMessages(db: WorkstationDb, storeId: string, query: string, limit = 50): Promise<SearchHit[]> {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [];
  const { messages, conversations } = inboxTables(db);
  const first = drivingToken(tokens);
  const range = first.prefix ? messages.where('tokens').startsWith(first.text) : messages.where('tokens').equals(first.text);
  const found = await range
    .distinct()
    .filter((m) => m.storeId === storeId && matchesQuery(m.tokens ?? [], tokens))
    .limit(limit)
    .toArray();
  const owners = await conversations.bulkGet([...new Set(found.map((m) => m.conversationId))]);
  const byId = new Map(owners.filter((c) => c !== undefined).map((c) => [c.id, c]));
  return found
    .flatMap((message) => {
      const conversation = byId.get(message.conversationId);
      return conversation ? [{ message, conversation }] : [];
    })
    .sort((a, b) => b.message.sentAt - a.message.sentAt);
}
