import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readInboxCounters } from '../../../data/conversations/counters';
import { ensureInboxIndex } from '../../../data/conversations/ensureIndex';

import {
  discardReply,
  markFailed,
  markSent,
  nextOutboxState,
  OUTBOX_CSV_HEADER,
  outboxCsv,
  queueReply,
  retryReply,
} from './outbox';
import { saveDraft } from './drafts';
import { conversationFixture, freshDb } from './testing';

describe('outbox', () => {
  it('allows only the legal moves', () => {
    expect(nextOutboxState('to-send', 'mark-sent')).toBe('sent');
    expect(nextOutboxState('to-send', 'mark-failed')).toBe('failed');
    expect(nextOutboxState('failed', 'retry')).toBe('to-send');
    expect(nextOutboxState('failed', 'discard')).toBe('deleted');
    expect(() => nextOutboxState('sent', 'mark-sent')).toThrow(/cannot mark-sent a reply that is sent/);
    expect(() => nextOutboxState('to-send', 'retry')).toThrow();
  });

  it('queue clears the draft; fail, retry, sent makes a seller message and stops the clock', async () => {
    const db = freshDb();
    await db.conversations.put(conversationFixture('c1'));
    await ensureInboxIndex(db, 's1');
    await saveDraft(db, 'c1', 'Здравствуйте');
    const item = await queueReply(db, { storeId: 's1', conversationId: 'c1', body: ' Здравствуйте, Иван! ' });
    expect(item).toMatchObject({ state: 'to-send', body: 'Здравствуйте, Иван!' });
    expect(await db.drafts.get('c1')).toBeUndefined();

    await markFailed(db, item.id, 'seller centre timed out');
    expect(await db.outbox.get(item.id)).toMatchObject({
      state: 'failed',
      failure: 'seller centre timed out',
    });
    await expect(markFailed(db, item.id, 'again')).rejects.toThrow();
    await retryReply(db, item.id);
    await markSent(db, item.id, 9_000);

    const sent = await db.outbox.get(item.id);
    expect(sent).toMatchObject({ state: 'sent', sentAt: 9_000 });
    expect(sent?.failure).toBeUndefined();
    const message = await db.messages.get(sent!.messageId!);
    expect(message).toMatchObject({ author: 'seller', body: 'Здравствуйте, Иван!', sentAt: 9_000 });
    const conversation = await db.conversations.get('c1');
    expect(conversation).toMatchObject({ status: 'pending', lastMessageAt: 9_000, messageCount: 2 });
    expect(conversation?.awaitingReplySince).toBeUndefined();
    expect(conversation?.waitingSince).toBeUndefined();
    const counters = await readInboxCounters(db, 's1');
    expect(counters.unanswered).toBeUndefined();
    expect(counters['status:pending']).toBe(1);
    await expect(markSent(db, item.id)).rejects.toThrow(/cannot mark-sent/);
  });

  it('discard removes an unsent reply', async () => {
    const db = freshDb();
    await db.conversations.put(conversationFixture('c1'));
    const item = await queueReply(db, { storeId: 's1', conversationId: 'c1', body: 'x' });
    await discardReply(db, item.id);
    expect(await db.outbox.get(item.id)).toBeUndefined();
    await expect(queueReply(db, { storeId: 's1', conversationId: 'c1', body: '   ' })).rejects.toThrow(
      /empty/,
    );
  });

  it('exports buyer-written text through the guarded writer, so a formula is shown as text', async () => {
    const db = freshDb();
    await db.conversations.put(
      conversationFixture('c1', { buyerName: '=HYPERLINK("http://evil","Ivan")', orderId: 's1:8001' }),
    );
    await queueReply(db, { storeId: 's1', conversationId: 'c1', body: "-2+3+cmd|' /C calc'!A0" }, 5_000);
    await queueReply(db, { storeId: 's1', conversationId: 'c1', body: '@SUM(A1), thanks!' }, 6_000);
    const text = await outboxCsv(db, 's1');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...OUTBOX_CSV_HEADER]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['8001', `'=HYPERLINK("http://evil","Ivan")`, "'-2+3+cmd|' /C calc'!A0"],
      ['8001', `'=HYPERLINK("http://evil","Ivan")`, "'@SUM(A1), thanks!"],
    ]);
  });
});
