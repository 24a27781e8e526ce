import { describe, expect, it } from 'vitest';
import { parseConversationFile } from '@shared/inbox/conversationImport';
import { ensureInboxIndex } from '../../../data/conversations/ensureIndex';
import { importConversations, importedConversationId } from './importConversations';
import { readInboxCounters } from '../../../data/conversations/counters';

import { searchMessages } from './searchMessages';
import { freshDb } from './testing';

const CSV = `conversation_id,buyer_name,country,language,order_id,subject,labels,author,body,sent_at
c1,Иван Петров,RU,,8100001,Посылка,vip;urgent,buyer,Где моя посылка?,2025-05-01T10:00:00Z
c1,Иван Петров,RU,,8100001,Посылка,,seller,Отправлена вчера,2025-05-01T12:00:00Z
c1,Иван Петров,RU,,8100001,Посылка,,buyer,Спасибо! А трек?,2025-05-02T09:00:00Z
c2,Ana Souza,Brasil,pt,,,,buyer,Oi,2025-05-01T10:00:00Z
c3,Marie,FR,fr,,,,robot,Bonjour,2025-05-01T10:00:00Z
c4,Paul,FR,fr,,,,buyer,Bonjour,yesterday
c5,John,US,en,,,,buyer,Hello,1746093600000
`;

describe('conversation import', () => {
  it('keeps good rows, reports each bad one with line, field and reason', () => {
    const { conversations, issues } = parseConversationFile('inbox.csv', CSV);
    expect(conversations.map((c) => c.key)).toEqual(['c1', 'c5']);
    expect(conversations[0]).toMatchObject({
      orderNumber: '8100001',
      labels: ['vip', 'urgent'],
      country: 'RU',
    });
    expect(conversations[0]!.messages).toHaveLength(3);
    expect(issues).toEqual([
      { row: 5, field: 'country', reason: expect.stringMatching(/two-letter country code/) },
      { row: 6, field: 'author', reason: expect.stringMatching(/buyer, seller, note/) },
      { row: 7, field: 'sent_at', reason: expect.stringMatching(/ISO 8601/) },
    ]);
  });

  it('reports a missing column and JSON problems per conversation and message', () => {
    expect(parseConversationFile('x.csv', 'conversation_id,body\n1,hi').issues.map((i) => i.field)).toEqual([
      'buyer_name',
      'country',
      'author',
      'sent_at',
    ]);
    const json = JSON.stringify([
      {
        id: 'j1',
        buyerName: 'Li',
        country: 'CN',
        messages: [
          { author: 'buyer', body: '你好', sentAt: 1 },
          { author: 'buyer', body: '', sentAt: 2 },
        ],
      },
      { id: 'j2', buyerName: '', country: 'CN', messages: [] },
      {
        id: 'j3',
        buyerName: 'Bo',
        country: 'CN',
        language: 'zh',
        messages: [{ author: 'buyer', body: 'x', sentAt: 1 }],
      },
    ]);
    const { conversations, issues } = parseConversationFile('x.json', json);
    expect(conversations.map((c) => c.key)).toEqual(['j1']);
    expect(issues).toEqual([
      { row: 1, field: 'messages[2].body', reason: 'required, was empty' },
      { row: 2, field: 'buyerName', reason: 'required, was empty' },
      { row: 3, field: 'language', reason: expect.stringMatching(/en, ru, pt, es, fr/) },
    ]);
    expect(parseConversationFile('x.json', '{oops').issues[0]).toMatchObject({
      field: 'file',
      reason: expect.stringMatching(/not valid JSON/),
    });
  });

  it('writes conversations with tokens and counters, and a re-import updates instead of duplicating', async () => {
    const db = freshDb();
    await ensureInboxIndex(db, 's1');
    const { conversations } = parseConversationFile('inbox.csv', CSV);
    await importConversations(db, 's1', conversations, { detect: () => 'ru' });
    await importConversations(db, 's1', conversations, { detect: () => 'ru' });
    const c1 = await db.conversations.get(importedConversationId('s1', 'c1'));
    expect(c1).toMatchObject({
      language: 'ru',
      status: 'open',
      waitingSince: Date.parse('2025-05-02T09:00:00Z'),
      messageCount: 3,
    });
    expect(await readInboxCounters(db, 's1')).toMatchObject({
      all: 2,
      unanswered: 2,
      'language:ru': 1,
      'label:vip': 1,
    });
    expect((await searchMessages(db, 's1', 'трек')).map((h) => h.message.body)).toEqual(['Спасибо! А трек?']);
  });
});
