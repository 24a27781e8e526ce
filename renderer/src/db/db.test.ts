import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '@shared/domain/types';
import { openWorkstationDb } from './db';
import { SCHEMA_V1 } from './schema';

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

describe('workstation db', () => {
  it('migrates a v1 database to v2 and keeps its data, filling the counters', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('stores').put({ id: 's1', name: 'Old store', hostingMode: 'self-operated', currency: 'USD', createdAt: 0, isDemo: false });
    await v1.table('conversations').bulkPut([conversation('c1', 'open', 5), conversation('c2', 'open'), conversation('c3', 'resolved')]);
    v1.close();

    const v2 = openWorkstationDb(name);
    await v2.open();
    expect(v2.verno).toBeGreaterThanOrEqual(2);
    expect((await v2.stores.get('s1'))?.name).toBe('Old store');
    expect((await v2.counters.get('s1|conversations|status:open'))?.value).toBe(2);
    expect((await v2.counters.get('s1|conversations|status:resolved'))?.value).toBe(1);
    expect((await v2.counters.get('s1|conversations|unanswered'))?.value).toBe(1);
    expect((await v2.counters.get('s1|conversations|all'))?.value).toBe(3);
    v2.close();
  });

  it('opens fresh at the latest version with every table', async () => {
    const db = openWorkstationDb(`fresh-${Math.random()}`);
    await db.open();
    const names = db.tables.map((t) => t.name);
    for (const table of ['orders', 'products', 'skus', 'conversations', 'messages', 'dailyStats', 'counters', 'modeChanges', 'drafts', 'shipments', 'influencers', 'campaigns']) {
      expect(names).toContain(table);
    }
    db.close();
  });
});
