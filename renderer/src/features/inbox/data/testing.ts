import type { Conversation, Message } from '@shared/domain/types';
import { openWorkstationDb, type WorkstationDb } from '../../../db/db';

let dbCount = 0;
/** A fresh fake-indexeddb database per test. */
export const freshDb = (): WorkstationDb => openWorkstationDb(`inbox-test-${Date.now()}-${dbCount++}`);

export function conversationFixture(id: string, over: Partial<Conversation> = {}): Conversation {
  return {
    id,
    storeId: 's1',
    buyerId: `b-${id}`,
    buyerName: 'Иван Петров',
    country: 'RU',
    language: 'ru',
    subject: 'Где мой заказ',
    status: 'open',
    labels: [],
    lastMessageAt: 1_000,
    awaitingReplySince: 1_000,
    platformHandled: false,
    messageCount: 1,
    ...over,
  };
}

export function messageFixture(
  id: string,
  conversationId: string,
  body: string,
  over: Partial<Message> = {},
): Message {
  return { id, conversationId, storeId: 's1', author: 'buyer', body, sentAt: 1_000, ...over };
}
