import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openWorkstationDb } from './db';
import { SCHEMA_V1 } from './schema';

describe('v13 creators upgrade', () => {
  it('gives old demo creators and campaigns the fields the desk reads, and a touch at the start', async () => {
    const name = `creators-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('influencers').put({
      id: 'i1',
      storeId: 's1',
      handle: '@Katya',
      platform: 'aliexpress-live',
      country: 'RU',
      followers: 10,
      commissionRate: 0.1,
    });
    await v1.table('campaigns').put({
      id: 'c1',
      storeId: 's1',
      influencerId: 'i1',
      name: 'LIVE',
      kind: 'live',
      startsAt: 1000,
      endsAt: 2000,
      productIds: ['p1'],
      visitors: 5,
      orders: 3,
      gmv: { amount: 900, currency: 'USD' },
      cost: { amount: 100, currency: 'USD' },
    });
    v1.close();
    const db = openWorkstationDb(name);
    const creator = await db.influencers.get('i1');
    expect(creator).toMatchObject({ handleKey: 'katya', tags: [] });
    const campaign = await db.campaigns.get('c1');
    expect(campaign).toMatchObject({ kind: 'live', status: 'done', codes: [], windowDays: 15 });
    expect(campaign).not.toHaveProperty('gmv');
    expect(await db.campaignTouches.where('campaignId').equals('c1').toArray()).toMatchObject([{ at: 1000 }]);
    expect(
      await db.influencers
        .where('[storeId+platform+handleKey]')
        .equals(['s1', 'aliexpress-live', 'katya'])
        .count(),
    ).toBe(1);
    db.close();
  });
});
