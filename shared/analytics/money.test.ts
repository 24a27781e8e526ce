import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_EXCHANGE_RATES,
  ExchangeRatesSchema,
  convertMinor,
  currencyExponent,
  formatMoney,
} from './money';

const rates = DEFAULT_EXCHANGE_RATES;

describe('convertMinor', () => {
  it('honours minor-unit exponents', () => {
    expect(currencyExponent('KRW')).toBe(0);
    expect(currencyExponent('USD')).toBe(2);
    // $10.00 → ₩13,800 (no minor units) and back.
    expect(convertMinor(1000, 'USD', 'KRW', rates)).toBe(13_800);
    expect(convertMinor(13_800, 'KRW', 'USD', rates)).toBe(1000);
    // $1.00 → ¥7.20 → 720 fen.
    expect(convertMinor(100, 'USD', 'CNY', rates)).toBe(720);
  });

  it('is the identity for the same currency and antisymmetric in sign', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.constantFrom('USD', 'EUR', 'RUB', 'KRW', 'BRL'),
        (amount, to) => {
          // 0 - amount, not -amount: negating 0 gives -0, which is the caller's input, not our output.
          expect(convertMinor(amount, 'USD', 'USD', rates)).toBe(amount);
          const converted = convertMinor(amount, 'USD', to, rates);
          expect(Number.isInteger(converted)).toBe(true);
          expect(convertMinor(0 - amount, 'USD', to, rates)).toBe(-converted || 0);
          expect(Object.is(convertMinor(0 - amount, 'USD', to, rates), -0)).toBe(false);
        },
      ),
    );
  });

  it('names the missing currency', () => {
    expect(() => convertMinor(100, 'USD', 'XYZ', rates)).toThrow(/XYZ/u);
  });

  it('defaults are a valid settings object', () => {
    expect(ExchangeRatesSchema.parse(rates)).toEqual(rates);
  });
});

describe('formatMoney', () => {
  it('formats with the right number of decimals', () => {
    expect(formatMoney(1289, 'USD', 'en-US')).toBe('$12.89');
    expect(formatMoney(15_000, 'KRW', 'en-US')).toBe('₩15,000');
    expect(formatMoney(1289, 'EUR', 'de-DE')).toMatch(/^12,89\s€$/u);
  });
});
