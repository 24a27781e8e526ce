import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUYER_LANGUAGES, CONVERSATION_STATUSES, type Conversation } from '@shared/domain/types';
import {
  applyCounterDeltas,
  counterDeltas,
  counterKeys,
  countConversations,
  type Counters,
} from './counters';

const base: Conversation = {
  id: 'c1',
  storeId: 's1',
  buyerId: 'b1',
  buyerName: 'Ana',
  country: 'BR',
  language: 'pt',
  subject: 'Pedido',
  status: 'open',
  labels: ['vip'],
  lastMessageAt: 1,
  awaitingReplySince: 1,
  platformHandled: false,
  messageCount: 1,
};

describe('conversation counters', () => {
  it('a new conversation counts in each of its filters', () => {
    expect(counterDeltas(null, base)).toEqual({
      all: 1,
      'status:open': 1,
      'store:s1': 1,
      'language:pt': 1,
      unassigned: 1,
      unanswered: 1,
      'label:vip': 1,
    });
  });

  it('an update moves only what changed', () => {
    const after: Conversation = {
      ...base,
      status: 'resolved',
      assigneeId: 'rep7',
      labels: ['vip', 'refund'],
      awaitingReplySince: undefined,
    };
    expect(counterDeltas(base, after)).toEqual({
      'status:open': -1,
      'status:resolved': 1,
      unassigned: -1,
      'assignee:rep7': 1,
      unanswered: -1,
      'label:refund': 1,
    });
    expect(counterDeltas(base, { ...base, lastMessageAt: 99 })).toEqual({});
  });

  it('a delete removes it everywhere; per-store keys are optional', () => {
    const deltas = counterDeltas(base, null, { perStore: true });
    expect(deltas['all']).toBe(-1);
    expect(deltas['s1|status:open']).toBe(-1);
    expect(Object.values(deltas).every((d) => d === -1)).toBe(true);
  });

  it('snoozed and platform-handled conversations are not "unanswered"', () => {
    expect(counterKeys({ ...base, status: 'snoozed' })).not.toContain('unanswered');
    expect(counterKeys({ ...base, platformHandled: true })).toEqual(
      expect.arrayContaining(['platform-handled']),
    );
    expect(counterKeys({ ...base, platformHandled: true })).not.toContain('unanswered');
    expect(counterKeys({ ...base, labels: ['a', 'a'] }).filter((k) => k === 'label:a')).toHaveLength(1);
  });

  it('maintained counters always equal a full recount', () => {
    const conversationArb = fc.record({
      id: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
      status: fc.constantFrom(...CONVERSATION_STATUSES),
      storeId: fc.constantFrom('s1', 's2'),
      language: fc.constantFrom(...BUYER_LANGUAGES),
      assigneeId: fc.option(fc.constantFrom('r1', 'r2'), { nil: undefined }),
      labels: fc.array(fc.constantFrom('vip', 'refund', 'late'), { maxLength: 3 }),
      awaitingReplySince: fc.option(fc.nat(), { nil: undefined }),
      platformHandled: fc.boolean(),
    });
    const writeArb = fc.oneof(
      conversationArb.map((c) => ({ kind: 'put' as const, c })),
      fc.constantFrom('c1', 'c2', 'c3', 'c4').map((id) => ({ kind: 'delete' as const, id })),
    );
    fc.assert(
      fc.property(fc.array(writeArb, { maxLength: 40 }), fc.boolean(), (writes, perStore) => {
        const table = new Map<string, Conversation>();
        let counters: Counters = {};
        for (const w of writes) {
          const id = w.kind === 'put' ? w.c.id : w.id;
          const before = table.get(id) ?? null;
          const after = w.kind === 'put' ? { ...base, ...w.c } : null;
          counters = applyCounterDeltas(counters, counterDeltas(before, after, { perStore }));
          if (after) table.set(id, after);
          else table.delete(id);
        }
        expect(counters).toEqual(countConversations(table.values(), { perStore }));
      }),
    );
  });
});
