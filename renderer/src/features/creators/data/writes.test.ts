import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openWorkstationDb } from '../../../db/db';
import { deleteSample, deleteTouch, revisionKey, saveSample, saveTouch } from './writes';

describe('desk deletes', () => {
  it('leave a stamped tombstone and bump the store revision, for touches and samples alike', async () => {
    const db = openWorkstationDb(`desk-${Math.random()}`);
    const touch = await saveTouch(
      db,
      { storeId: 's1', campaignId: 'c1', kind: 'post', at: 1 },
      undefined,
      10,
    );
    const sample = await saveSample(
      db,
      {
        storeId: 's1',
        campaignId: 'c1',
        carrier: 'other',
        trackingNumber: 'X1',
        cost: { amount: 500, currency: 'USD' },
        sentAt: 1,
        productIds: [],
      },
      10,
    );
    await deleteTouch(db, touch, 20);
    expect(await db.campaignTouches.get(touch)).toMatchObject({
      deletedAt: 20,
      updatedAt: 20,
      updatedBy: 'local',
    });
    const afterTouch = (await db.settings.get(revisionKey('s1')))?.value as number;
    expect(afterTouch).toBeGreaterThanOrEqual(20);
    await deleteSample(db, sample, 30);
    expect(await db.sampleShipments.get(sample)).toMatchObject({
      deletedAt: 30,
      updatedAt: 30,
      updatedBy: 'local',
    });
    expect((await db.settings.get(revisionKey('s1')))?.value).not.toBe(afterTouch);
  });
});
