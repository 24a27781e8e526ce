import { describe, expect, it } from 'vitest';
import { snoozeConversation, wakeSnoozed } from './conversationActions';
import { ensureInboxIndex } from '../../../data/conversations/ensureIndex';

import { conversationFixture, freshDb } from './testing';

describe('snoozes', () => {
  it('wakes only the due snoozes of the store: open while the buyer waits, else pending', async () => {
    const db = freshDb();
    const { conversations } = db;
    await conversations.bulkPut([
      conversationFixture('due-waiting'),
      conversationFixture('due-answered', { awaitingReplySince: undefined, status: 'pending' }),
      conversationFixture('later'),
      conversationFixture('other-store', { storeId: 's2' }),
    ]);
    await ensureInboxIndex(db, 's1');
    await ensureInboxIndex(db, 's2');
    await snoozeConversation(db, 'due-waiting', 5_000);
    await snoozeConversation(db, 'due-answered', 6_000);
    await snoozeConversation(db, 'later', 50_000);
    await snoozeConversation(db, 'other-store', 5_000);

    expect(await wakeSnoozed(db, 's1', 10_000)).toBe(2);
    const rows = await conversations.bulkGet(['due-waiting', 'due-answered', 'later', 'other-store']);
    expect(rows.map((c) => [c?.status, c?.snoozedUntil])).toEqual([
      ['open', undefined],
      ['pending', undefined],
      ['snoozed', 50_000],
      ['snoozed', 5_000],
    ]);
    expect(await wakeSnoozed(db, 's1', 10_000)).toBe(0);
  });
});
