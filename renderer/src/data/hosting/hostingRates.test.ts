import { describe, expect, it } from 'vitest';
import { DEFAULT_HOSTING_RATES, fieldKey, rateFields, writeSetting } from '@shared/hosting';
import { HOSTING_RATES_KEY, loadHostingRates, resetHostingRates, saveHostingRates } from './hostingRates';
import { freshDb } from './testKit';

describe('hosting rates settings', () => {
  it('uses the defaults until the seller saves their own, and resets to them', async () => {
    const db = freshDb();
    expect(await loadHostingRates(db)).toMatchObject({
      rates: DEFAULT_HOSTING_RATES,
      isDefault: true,
      storedInvalid: false,
    });
    const field = rateFields(DEFAULT_HOSTING_RATES).find(
      (f) => fieldKey(f) === 'commission.byCategory.led-lighting',
    )!;
    const mine = writeSetting(DEFAULT_HOSTING_RATES, field, 0.065);
    expect(await saveHostingRates(db, mine)).toEqual({ ok: true });
    const loaded = await loadHostingRates(db);
    expect(loaded.isDefault).toBe(false);
    expect(loaded.rates.commission.byCategory['led-lighting']).toMatchObject({
      value: 0.065,
      source: 'user',
    });
    await resetHostingRates(db);
    expect((await loadHostingRates(db)).rates).toEqual(DEFAULT_HOSTING_RATES);
  });

  it('refuses to save invalid settings and keeps the previous ones', async () => {
    const db = freshDb();
    const bad = structuredClone(DEFAULT_HOSTING_RATES);
    bad.returns.rate['self-operated'].value = 2;
    const result = await saveHostingRates(db, bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('returns.rate.self-operated.value');
    expect(await db.settings.get(HOSTING_RATES_KEY)).toBeUndefined();
  });

  it('falls back to the defaults, and says so, when stored settings are corrupt', async () => {
    const db = freshDb();
    await db.settings.put({ key: HOSTING_RATES_KEY, value: { version: 1, currency: 'USD' } });
    expect(await loadHostingRates(db)).toMatchObject({
      storedInvalid: true,
      isDefault: true,
      rates: DEFAULT_HOSTING_RATES,
    });
  });
});
