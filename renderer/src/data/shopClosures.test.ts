import { describe, expect, it } from 'vitest';
import { DEFAULT_SHIP_BY_RULE } from '@shared/logistics/deadline';
import { freshDb } from './hosting/testKit';
import { loadOwnClosures, readShipBySetting, SHIP_BY_SETTING_KEY } from './shopClosures';

describe('shop closures', () => {
  it('are the defaults until the seller sets any', async () => {
    expect(await loadOwnClosures(freshDb())).toEqual(DEFAULT_SHIP_BY_RULE.own);
  });

  it('read what Logistics → Rules saved, a field the row lacks keeping its default', async () => {
    const db = freshDb();
    await db.settings.put({
      key: SHIP_BY_SETTING_KEY,
      value: { rule: 'calendar-days', own: { closedDays: ['2027-10-20'] } },
    });
    expect(await loadOwnClosures(db)).toEqual({
      closedDays: ['2027-10-20'],
      openDays: [],
      weekendsClosed: true,
    });
    expect(readShipBySetting(undefined)).toEqual(DEFAULT_SHIP_BY_RULE);
    expect(readShipBySetting({ rule: 'calendar-days' }).rule).toBe('calendar-days');
  });
});
