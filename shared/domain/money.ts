import type { CurrencyCode, MinorUnits } from './types';

/**
 * Minor-unit digits where ISO 4217 says other than 2. A fixed table rather than Intl data, so the renderer
 * (Chromium) and the services and CLI (Node) always agree on how an amount is stored.
 */
const EXPONENT_EXCEPTIONS: Readonly<Record<string, number>> = {
  JPY: 0,
  KRW: 0,
  CLP: 0,
  VND: 0,
  ISK: 0,
  PYG: 0,
  UGX: 0,
  XOF: 0,
  XAF: 0,
  KWD: 3,
  BHD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
};

/** Digits after the decimal point for a currency (USD 2, KRW 0, KWD 3). */
export function minorExponent(currency: CurrencyCode): number {
  return EXPONENT_EXCEPTIONS[currency] ?? 2;
}

export function toMinor(major: number, currency: CurrencyCode): MinorUnits {
  return Math.round(major * 10 ** minorExponent(currency));
}

export function toMajor(minor: MinorUnits, currency: CurrencyCode): number {
  return minor / 10 ** minorExponent(currency);
}
