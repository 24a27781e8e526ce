import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Conversation, DimensionDay } from '@shared/domain/types';
import { ensureInboxIndex } from '../data/conversations/ensureIndex';
import { readInboxCounters } from '../data/conversations/counters';
import { openWorkstationDb } from './db';
import { CURRENT_SCHEMA, SCHEMA_V1 } from './schema';

const conversation = (id: string, status: Conversation['status'], awaiting?: number): Conversation => ({
  id,
  storeId: 's1',
  buyerId: 'b1',
  buyerName: 'Ivan',
  country: 'RU',
  language: 'ru',
  subject: 'Где мой заказ?',
  status,
  labels: [],
  lastMessageAt: 1,
  awaitingReplySince: awaiting,
  platformHandled: false,
  messageCount: 1,
});

const productDay = (day: string, gmv: number): DimensionDay => ({
  id: `s1|product|p1|${day}|self-operated`,
  storeId: 's1',
  dimension: 'product',
  key: 'p1',
  day,
  hostingMode: 'self-operated',
  currency: 'USD',
  orders: 1,
  units: 1,
  gmv,
  refunds: 0,
});

describe('workstation db', () => {
  it('migrates a v1 database to the latest version, keeps its data and fills what later versions keep', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('stores').put({
      id: 's1',
      name: 'Old store',
      hostingMode: 'self-operated',
      currency: 'USD',
      createdAt: 0,
      isDemo: false,
    });
    await v1
      .table('conversations')
      .bulkPut([conversation('c1', 'open', 5), conversation('c2', 'open'), conversation('c3', 'resolved')]);
    await v1
      .table('dimensionDays')
      .bulkPut([productDay('2026-01-05', 100), productDay('2026-01-20', 50), productDay('2026-02-01', 7)]);
    v1.close();

    const latest = openWorkstationDb(name);
    await latest.open();
    expect(latest.verno).toBe(17);
    expect((await latest.stores.get('s1'))?.name).toBe('Old store');
    // v5: the days v1 kept, folded into month rows that hold them.
    expect((await latest.dimensionMonths.get('s1|product|p1|2026-01-01|self-operated'))?.gmv).toBe(150);
    expect((await latest.dimensionMonths.get('s1|product|p1|2026-02-01|self-operated'))?.gmv).toBe(7);
    expect((await latest.dimensionMonths.get('s1|product|p1|2026-01-01|self-operated'))?.days).toEqual({
      '05': [1, 1, 100, 0],
      '20': [1, 1, 50, 0],
    });
    expect(latest.tables.map((t) => t.name)).not.toContain('dimensionDays');
    expect(latest.tables.map((t) => t.name)).not.toContain('buyers');
    // Counters for conversations that predate them: the inbox counts them on first open.
    await ensureInboxIndex(latest, 's1');
    const counters = await readInboxCounters(latest, 's1');
    expect(counters['status:open']).toBe(2);
    expect(counters['status:resolved']).toBe(1);
    expect(counters['unanswered']).toBe(1);
    expect(counters['all']).toBe(3);
    // v5, v7: the indexes in force are exactly the current layout's, dropped ones gone.
    for (const table of latest.tables) {
      const layout = CURRENT_SCHEMA[table.name]
        ?.split(',')
        .map((part) => part.trim())
        .slice(1)
        .sort();
      expect(table.schema.indexes.map((index) => index.src).sort(), table.name).toEqual(layout);
    }
    latest.close();
  });

  it('opens fresh at the latest version with every table', async () => {
    const db = openWorkstationDb(`fresh-${Math.random()}`);
    await db.open();
    const names = db.tables.map((t) => t.name);
    for (const table of [
      'orders',
      'products',
      'skus',
      'conversations',
      'messages',
      'dailyStats',
      'dimensionMonths',
      'counters',
      'modeChanges',
      'drafts',
      'shipments',
      'influencers',
      'campaigns',
    ]) {
      expect(names).toContain(table);
    }
    db.close();
  });
});
