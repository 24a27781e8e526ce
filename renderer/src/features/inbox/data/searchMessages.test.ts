import { describe, expect, it } from 'vitest';
import { highlight } from '@shared/inbox/tokenize';
import { ensureInboxIndex } from '../../../data/conversations/ensureIndex';

import { searchMessages } from './searchMessages';
import { conversationFixture, freshDb, messageFixture } from './testing';

describe('message search', () => {
  async function seeded() {
    const db = freshDb();
    await db.conversations.bulkPut([
      conversationFixture('ru'),
      conversationFixture('zh', { language: 'en' }),
      conversationFixture('fr', { language: 'fr' }),
      conversationFixture('other', { storeId: 's2' }),
    ]);
    await db.messages.bulkPut([
      messageFixture('m1', 'ru', 'Здравствуйте! Где моя посылка? Трек не обновляется.'),
      messageFixture('m2', 'zh', '请问我的包裹什么时候到？物流信息没有更新。'),
      messageFixture('m3', 'fr', 'Le colis est arrivé abîmé, je voudrais un remboursement.'),
      messageFixture('m4', 'other', 'Где моя посылка?', { storeId: 's2' }),
    ]);
    await ensureInboxIndex(db, 's1');
    await ensureInboxIndex(db, 's2');
    return db;
  }

  it('finds a Cyrillic word by its prefix, in this store only', async () => {
    const hits = await searchMessages(await seeded(), 's1', 'посыл');
    expect(hits.map((h) => h.message.id)).toEqual(['m1']);
    expect(
      highlight(hits[0]!.message.body, 'посыл')
        .filter((s) => s.match)
        .map((s) => s.text),
    ).toEqual(['посыл']);
  });

  it('finds a Chinese phrase and an accented word typed without accents', async () => {
    const db = await seeded();
    expect((await searchMessages(db, 's1', '物流信息')).map((h) => h.message.id)).toEqual(['m2']);
    expect((await searchMessages(db, 's1', '包裹 更新')).map((h) => h.message.id)).toEqual(['m2']);
    expect((await searchMessages(db, 's1', 'abime rembours')).map((h) => h.message.id)).toEqual(['m3']);
    expect(await searchMessages(db, 's1', '物流快递')).toEqual([]);
    expect(await searchMessages(db, 's1', '   ')).toEqual([]);
  });

  it('lists a message once when several of its words start with the query, and reads past other stores', async () => {
    const db = freshDb();
    await db.conversations.bulkPut([
      conversationFixture('ru'),
      conversationFixture('other', { storeId: 's2' }),
    ]);
    // 250 messages of another store come first in the index (ids sort before "m-…"): more than one key read.
    const others = Array.from({ length: 250 }, (_, i) =>
      messageFixture(`a-${String(i).padStart(3, '0')}`, 'other', 'Посылка пришла', { storeId: 's2' }),
    );
    await db.messages.bulkPut([
      ...others,
      messageFixture('m-1', 'ru', 'Посылка? Посылку не вижу, посылки нет.'),
      messageFixture('m-2', 'ru', 'Где посылка?'),
    ]);
    await ensureInboxIndex(db, 's1');
    await ensureInboxIndex(db, 's2');
    expect((await searchMessages(db, 's1', 'посыл')).map((h) => h.message.id).sort()).toEqual(['m-1', 'm-2']);
    expect((await searchMessages(db, 's2', 'посыл', 200)).length).toBe(200);
  });
});
