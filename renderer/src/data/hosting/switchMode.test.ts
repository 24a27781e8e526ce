import { describe, expect, it } from 'vitest';
import { effectiveModeAt } from '@shared/hosting';
import { ensureInboxIndex } from '../conversations/ensureIndex';
import { readInboxCounters } from '../conversations/counters';
import { listModeChanges, toRecord } from './modeChanges';
import { switchProductModes, switchStoreMode } from './switchMode';
import { conversation, freshDb, line, product, sku, store } from './testKit';

async function seed() {
  const db = freshDb();
  await db.stores.put(store());
  await db.products.bulkPut([product('p1'), product('p2', { hostingMode: 'semi-managed' }), product('p3')]);
  await db.skus.bulkPut([
    sku('k1', 'p1', { supplyPrice: { amount: 700, currency: 'USD' } }),
    sku('k2', 'p2'),
    sku('k3', 'p3'),
  ]);
  await db.orderLines.bulkPut([line('o1', 'p1'), line('o2', 'p1'), line('o3', 'p2'), line('o4', 'p3')]);
  await db.conversations.bulkPut([
    conversation('c1', 'o1'),
    conversation('c2', 'o2'),
    conversation('c3', 'o3'),
    conversation('c4', 'o4'),
  ]);
  await ensureInboxIndex(db, 's1');
  return db;
}

describe('switching hosting modes', () => {
  it('moves a product, records it, hands its conversations to the platform — and back, losing nothing', async () => {
    const db = await seed();
    const skuBefore = await db.skus.get('k1');
    const result = await switchProductModes(db, 's1', ['p1'], 'fully-managed', { at: 5_000, via: 'hosting' });

    expect(result.conversationsUpdated).toBe(2);
    expect((await db.products.get('p1'))?.hostingMode).toBe('fully-managed');
    const history = await listModeChanges(db, 's1');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      productId: 'p1',
      from: 'self-operated',
      to: 'fully-managed',
      at: 5_000,
      via: 'hosting',
    });
    const flags = async () =>
      Object.fromEntries((await db.conversations.toArray()).map((c) => [c.id, c.platformHandled]));
    expect(await flags()).toEqual({ c1: true, c2: true, c3: false, c4: false });
    // The inbox's counters moved in the same transaction: two conversations left "unanswered".
    expect(await readInboxCounters(db, 's1')).toMatchObject({ 'platform-handled': 2, unanswered: 2 });

    await switchProductModes(db, 's1', ['p1'], 'store-default', { at: 9_000, via: 'editor' });
    expect((await db.products.get('p1'))?.hostingMode).toBeUndefined();
    expect(await flags()).toEqual({ c1: false, c2: false, c3: false, c4: false });
    expect((await readInboxCounters(db, 's1'))['platform-handled']).toBeUndefined();
    expect(await db.skus.get('k1')).toEqual(skuBefore);
    const both = await listModeChanges(db, 's1');
    expect(both.map((c) => [c.from, c.to])).toEqual([
      ['fully-managed', 'self-operated'],
      ['self-operated', 'fully-managed'],
    ]);
    const records = both.map(toRecord);
    expect(effectiveModeAt(records, 'p1', 6_000, 'self-operated')).toBe('fully-managed');
    expect(effectiveModeAt(records, 'p1', 9_000, 'self-operated')).toBe('self-operated');
  });

  it('writes nothing when the mode does not change', async () => {
    const db = await seed();
    const result = await switchProductModes(db, 's1', ['p2'], 'semi-managed', { at: 1, via: 'hosting' });
    expect(result.changes).toEqual([]);
    expect(await db.modeChanges.count()).toBe(0);
  });

  it('switches the store default: followers move, products with their own mode stay', async () => {
    const db = await seed();
    const result = await switchStoreMode(db, 's1', 'fully-managed', { at: 7_000, via: 'hosting' });
    expect(result.productIds.sort()).toEqual(['p1', 'p3']);
    expect((await db.stores.get('s1'))?.hostingMode).toBe('fully-managed');
    expect((await db.conversations.get('c3'))?.platformHandled).toBe(false);
    expect((await db.conversations.get('c4'))?.platformHandled).toBe(true);
    const [change] = await listModeChanges(db, 's1');
    expect(change).toMatchObject({ from: 'self-operated', to: 'fully-managed', followers: 2 });
    expect(change?.productId).toBeUndefined();

    await switchStoreMode(db, 's1', 'self-operated', { at: 8_000, via: 'hosting' });
    expect((await db.conversations.toArray()).every((c) => !c.platformHandled)).toBe(true);
    expect(await db.modeChanges.count()).toBe(2);
  });

  it('rolls everything back when a part of the switch fails', async () => {
    const db = await seed();
    // The last write of the transaction (a conversation) fails, as a full disk would.
    db.conversations.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(
      switchProductModes(db, 's1', ['p1'], 'fully-managed', { at: 1, via: 'hosting' }),
    ).rejects.toThrow();
    expect((await db.products.get('p1'))?.hostingMode).toBeUndefined();
    expect(await db.modeChanges.count()).toBe(0);
    expect((await db.conversations.get('c1'))?.platformHandled).toBe(false);
  });
});
