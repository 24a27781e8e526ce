import { describe, expect, it } from 'vitest';
import type { Conversation, Message } from '@shared/domain/types';
import { openWorkstationDb } from '../../db/db';
import { fetchConversations } from '../../features/inbox/data/conversationQueries';
import { readInboxCounters } from './counters';
import { ensureInboxIndex } from './ensureIndex';

const conversation = (id: string, language: Conversation['language'], at: number): Conversation => ({
  id,
  storeId: 's1',
  buyerId: `b-${id}`,
  buyerName: 'Buyer',
  country: language === 'ru' ? 'RU' : 'BR',
  language,
  subject: 'Order',
  status: 'open',
  labels: [],
  lastMessageAt: at,
  awaitingReplySince: at,
  platformHandled: false,
  messageCount: 2,
});
const message = (conversationId: string, n: number, author: Message['author'], body: string): Message => ({
  id: `${conversationId}:${n}`,
  conversationId,
  storeId: 's1',
  author,
  body,
  sentAt: n * 1000,
});

describe('the inbox index step gives conversations their intent', () => {
  it('reads the latest buyer message that says something, counts intents and serves the intent queue', async () => {
    const db = openWorkstationDb(`intent-index-${Math.random()}`);
    // As the demo writes them: no tokens, no derived fields, no message language.
    await db.conversations.bulkPut([
      conversation('ru', 'ru', 3000),
      conversation('pt', 'pt', 2000),
      conversation('quiet', 'ru', 1000),
    ]);
    await db.messages.bulkPut([
      message('ru', 1, 'buyer', 'Где моя посылка?'),
      message('ru', 2, 'seller', 'Отправили вчера'),
      message('ru', 3, 'buyer', 'Посылку так и не получила, верните деньги'),
      message('ru', 4, 'buyer', 'Жду ответа'),
      message('pt', 1, 'buyer', 'Veio quebrado, nao funciona'),
      message('quiet', 1, 'buyer', 'Добрый день'),
    ]);
    await ensureInboxIndex(db, 's1');
    const rows = await db.conversations.bulkGet(['ru', 'pt', 'quiet']);
    expect(rows.map((c) => c?.intent)).toEqual(['not-received', 'damaged', undefined]);
    const counters = await readInboxCounters(db, 's1');
    expect(counters['intent:not-received']).toBe(1);
    expect(counters['intent:damaged']).toBe(1);
    const queue = await fetchConversations(
      db,
      { storeId: 's1', queue: 'all', facet: { kind: 'intent', value: 'damaged' }, overdueThreshold: 0 },
      50,
    );
    expect(queue.map((c) => c.id)).toEqual(['pt']);
    const unanswered = await fetchConversations(
      db,
      {
        storeId: 's1',
        queue: 'unanswered',
        facet: { kind: 'intent', value: 'not-received' },
        overdueThreshold: 0,
      },
      50,
    );
    expect(unanswered.map((c) => c.id)).toEqual(['ru']);
  });
});
