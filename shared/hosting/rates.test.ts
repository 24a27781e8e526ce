import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@shared/domain/types';
import { DEFAULT_HOSTING_RATES, defaultHostingRates } from './defaults';
import { commissionFor, parseHostingRates } from './rates';

describe('hosting rates', () => {
  it('the defaults validate and cover every category', () => {
    expect(parseHostingRates(DEFAULT_HOSTING_RATES).ok).toBe(true);
    for (const category of CATEGORIES)
      expect(DEFAULT_HOSTING_RATES.commission.byCategory[category]).toBeDefined();
    for (const c of Object.values(DEFAULT_HOSTING_RATES.commission.byCategory)) {
      expect(c.value).toBeGreaterThanOrEqual(0.05);
      expect(c.value).toBeLessThanOrEqual(0.08);
    }
  });

  it('unknown categories fall back to the default commission', () => {
    expect(commissionFor(DEFAULT_HOSTING_RATES, 'garden-gnomes')).toBe(
      DEFAULT_HOSTING_RATES.commission.default,
    );
  });

  it('reports each bad field with its path', () => {
    const rates = defaultHostingRates() as unknown as {
      currency: string;
      ownLogistics: { first100g: { amount: number } };
    };
    rates.currency = 'usd';
    rates.ownLogistics.first100g.amount = 2.5;
    const result = parseHostingRates(rates);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('currency');
      expect(result.error).toContain('ownLogistics.first100g.amount');
    }
  });

  it('refuses percentage charges that reach 100 % of the price', () => {
    const rates = defaultHostingRates();
    rates.serviceFee['semi-managed'].value = 0.95;
    const result = parseHostingRates(rates);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/semi-managed.*100 %/);
  });

  it('a default copy is independent of the shared default', () => {
    const copy = defaultHostingRates();
    copy.commission.default.value = 0.5;
    expect(DEFAULT_HOSTING_RATES.commission.default.value).toBe(0.08);
  });
});
