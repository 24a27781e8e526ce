import { describe, expect, it } from 'vitest';
import { DEFAULT_PLATFORM_SHIPPING_RULES, platformShippingRulesFrom } from './platformRules';
import { quoteParcel } from './quote';
import type { RateRow } from './rates';

const rule = (country: string, amount: number) => ({
  id: `r-${country}`,
  kind: 'no-untracked-at-or-above' as const,
  country,
  threshold: { amount, currency: 'USD' },
  source: 'seller centre notice',
  checkedOn: '2026-12-01',
});

describe('platform shipping rules as stored data', () => {
  it('uses the defaults until the seller saves a list, and keeps an emptied list empty', () => {
    expect(platformShippingRulesFrom(undefined)).toBe(DEFAULT_PLATFORM_SHIPPING_RULES);
    expect(platformShippingRulesFrom([])).toEqual([]);
    expect(platformShippingRulesFrom([rule('BR', 1000)])).toEqual([rule('BR', 1000)]);
  });

  it('falls back to the defaults when the stored list is broken (unknown country, no source)', () => {
    expect(platformShippingRulesFrom([rule('XX', 100)])).toBe(DEFAULT_PLATFORM_SHIPPING_RULES);
    expect(platformShippingRulesFrom([{ ...rule('US', 100), source: '' }])).toBe(
      DEFAULT_PLATFORM_SHIPPING_RULES,
    );
    expect(platformShippingRulesFrom('nonsense')).toBe(DEFAULT_PLATFORM_SHIPPING_RULES);
  });

  it('an edited threshold changes which services a quote offers', () => {
    const untracked: RateRow = {
      id: 'super-economy',
      carrier: 'Cainiao',
      service: 'Super Economy',
      countries: '*',
      minWeightG: 0,
      maxWeightG: 2000,
      pricing: { kind: 'per-kg', perKgPrice: 60, registrationFee: 0, minChargeG: 0 },
      currency: 'CNY',
      volumetricDivisor: null,
      daysMin: 15,
      daysMax: 30,
      tracked: false,
    };
    const parcel = {
      id: 'p',
      country: 'US',
      weightG: 200,
      orderValue: { amount: 800, currency: 'USD' },
    };
    expect(quoteParcel(parcel, [untracked]).options).toHaveLength(0);
    const raised = platformShippingRulesFrom([rule('US', 1000)]);
    expect(quoteParcel(parcel, [untracked], { rules: raised }).options).toHaveLength(1);
  });
});
