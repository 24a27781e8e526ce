import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVERSATION_STATUSES } from '@shared/domain/types';
import {
  assignConversation,
  addNote,
  reopenConversation,
  resolveConversation,
  setConversationLabels,
  snoozeConversation,
  wakeSnoozed,
} from '../../features/inbox/data/conversationActions';
import { ensureInboxIndex } from './ensureIndex';
import { addDeltas, inboxCounterDeltas, readInboxCounters } from './counters';

import { markSent, queueReply } from '../../features/inbox/data/outbox';
import { conversationFixture, freshDb, messageFixture } from '../../features/inbox/data/testing';
import type { WorkstationDb } from '../../db/db';

async function recount(db: WorkstationDb, storeId: string) {
  const all = await db.conversations.toArray();
  const counts: Record<string, number> = {};
  for (const c of all.filter((x) => x.storeId === storeId)) addDeltas(counts, inboxCounterDeltas(null, c));
  return Object.fromEntries(Object.entries(counts).filter(([, v]) => v !== 0));
}

const IDS = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'];
const op = fc.oneof(
  fc.record({ kind: fc.constant('resolve' as const), id: fc.constantFrom(...IDS) }),
  fc.record({ kind: fc.constant('reopen' as const), id: fc.constantFrom(...IDS) }),
  fc.record({
    kind: fc.constant('assign' as const),
    id: fc.constantFrom(...IDS),
    rep: fc.option(fc.constantFrom('r1', 'r2'), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('label' as const),
    id: fc.constantFrom(...IDS),
    labels: fc.array(fc.constantFrom('vip', 'urgent', 'refund'), { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('snooze' as const),
    id: fc.constantFrom(...IDS),
    until: fc.integer({ min: 0, max: 10 }),
  }),
  fc.record({ kind: fc.constant('wake' as const), now: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ kind: fc.constant('reply' as const), id: fc.constantFrom(...IDS) }),
  fc.record({ kind: fc.constant('note' as const), id: fc.constantFrom(...IDS) }),
);

describe('inbox counters', () => {
  it('stay equal to a full recount after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            status: fc.constantFrom(...CONVERSATION_STATUSES),
            waiting: fc.boolean(),
            platform: fc.boolean(),
            lang: fc.constantFrom('ru', 'en', 'pt'),
          }),
          { minLength: IDS.length, maxLength: IDS.length },
        ),
        fc.array(op, { maxLength: 25 }),
        async (seeds, ops) => {
          const db = freshDb();
          await db.conversations.bulkPut(
            seeds.map((s, i) =>
              conversationFixture(IDS[i]!, {
                status: s.status,
                platformHandled: s.platform,
                language: s.lang as 'ru',
                awaitingReplySince: s.waiting ? 1_000 + i : undefined,
                orderId: `o${i}`,
              }),
            ),
          );
          await db.orders.put({ id: 'o1', storeId: 's1', status: 'shipped' } as never);
          await ensureInboxIndex(db, 's1');
          expect(await readInboxCounters(db, 's1')).toEqual(await recount(db, 's1'));
          for (const o of ops) {
            if (o.kind === 'resolve') await resolveConversation(db, o.id);
            if (o.kind === 'reopen') await reopenConversation(db, o.id);
            if (o.kind === 'assign') await assignConversation(db, o.id, o.rep);
            if (o.kind === 'label') await setConversationLabels(db, o.id, o.labels);
            if (o.kind === 'snooze') await snoozeConversation(db, o.id, o.until);
            if (o.kind === 'wake') await wakeSnoozed(db, 's1', o.now);
            if (o.kind === 'note') await addNote(db, o.id, 'заметка');
            if (o.kind === 'reply') {
              const item = await queueReply(db, { storeId: 's1', conversationId: o.id, body: 'Спасибо' });
              await markSent(db, item.id, 5_000);
            }
          }
          expect(await readInboxCounters(db, 's1')).toEqual(await recount(db, 's1'));
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the index step tokenises messages, counts once, and is idempotent', async () => {
    const db = freshDb();
    await db.conversations.bulkPut([
      conversationFixture('a'),
      conversationFixture('b', { status: 'resolved', awaitingReplySince: undefined }),
    ]);
    await db.messages.bulkPut([messageFixture('m1', 'a', 'Где мой заказ?')]);
    await Promise.all([ensureInboxIndex(db, 's1'), ensureInboxIndex(db, 's1')]);
    const first = await readInboxCounters(db, 's1');
    expect(first).toMatchObject({
      all: 2,
      unanswered: 1,
      'status:open': 1,
      'status:resolved': 1,
      'country:RU': 2,
    });
    expect((await db.messages.get('m1'))?.tokens).toContain('заказ');
    await ensureInboxIndex(db, 's1');
    expect(await readInboxCounters(db, 's1')).toEqual(first);
  });
});
