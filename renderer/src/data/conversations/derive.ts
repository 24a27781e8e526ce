import type { Conversation, Message, OrderStatus } from '@shared/domain/types';
import { isUnanswered } from '@shared/inbox/counters';
import { indexTokens } from '@shared/inbox/tokenize';
import type { InboxConversation, InboxMessage } from '../../db/db';

/** Fills the indexed fields from the domain fields; call on every conversation write. */
export function deriveConversation(
  c: Conversation & { orderStatus?: OrderStatus },
  orderStatus = c.orderStatus,
): InboxConversation {
  const out: InboxConversation = { ...c, assigneeKey: c.assigneeId ?? '' };
  if (orderStatus) out.orderStatus = orderStatus;
  else delete out.orderStatus;
  if (isUnanswered(c) && c.awaitingReplySince !== undefined) out.waitingSince = c.awaitingReplySince;
  else delete out.waitingSince;
  return out;
}

export function withTokens(m: Message): InboxMessage {
  return { ...m, tokens: indexTokens(m.body) };
}
