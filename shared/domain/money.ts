import type { CurrencyCode, MinorUnits } from './types';

const exponents = new Map<string, number>();

/** Digits after the decimal point for a currency (USD 2, KRW 0), from the platform's ISO 4217 data. */
export function minorExponent(currency: CurrencyCode): number {
  let digits = exponents.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    exponents.set(currency, digits);
  }
  return digits;
}

export function toMinor(major: number, currency: CurrencyCode): MinorUnits {
  return Math.round(major * 10 ** minorExponent(currency));
}

export function toMajor(minor: MinorUnits, currency: CurrencyCode): number {
  return minor / 10 ** minorExponent(currency);
}
