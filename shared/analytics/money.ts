/**
 * Currency conversion and display for dashboards that add up stores reporting in different currencies.
 * The rates below are EDITABLE DEFAULTS, not market data: the app works offline, so the seller sets the rates
 * they use (their payout rate, their bank's rate) in settings; these only make the first run show sensible
 * totals. Every conversion goes through USD, the currency AliExpress settles most stores in.
 */
import { z } from 'zod';
import { minorExponent } from '@shared/domain/money';
import type { CurrencyCode, MinorUnits } from '@shared/domain/types';

/** One table of minor-unit digits for the whole app lives with the domain types. */
export const currencyExponent = minorExponent;

export const ExchangeRatesSchema = z.object({
  version: z.literal(1),
  base: z.literal('USD'),
  /** The day the seller last reviewed these numbers. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  source: z.enum(['assumption', 'user']),
  /** i18n key of the note the settings page shows next to the table. */
  noteKey: z.string(),
  /** Units of each currency per 1 USD (major units: 7.2 CNY per dollar). */
  perUsd: z.record(z.string().regex(/^[A-Z]{3}$/u), z.number().positive()),
});

export type ExchangeRates = z.infer<typeof ExchangeRatesSchema>;

export const DEFAULT_EXCHANGE_RATES: ExchangeRates = {
  version: 1,
  base: 'USD',
  asOf: '2025-06-01',
  source: 'assumption',
  noteKey: 'settings.exchangeRates.defaultsNote',
  perUsd: {
    USD: 1,
    CNY: 7.2,
    EUR: 0.92,
    GBP: 0.79,
    RUB: 90,
    BRL: 5.5,
    PLN: 3.95,
    KRW: 1380,
    JPY: 150,
    UAH: 41,
    KZT: 500,
    ILS: 3.7,
    MXN: 18.5,
    CLP: 940,
    COP: 4100,
    ARS: 1000,
    TRY: 36,
    CAD: 1.37,
    AUD: 1.53,
    HKD: 7.8,
  },
};

function rateOf(currency: CurrencyCode, rates: ExchangeRates): number {
  const rate = rates.perUsd[currency];
  if (rate === undefined) {
    throw new RangeError(`No exchange rate for ${currency}; add it in Settings → Exchange rates`);
  }
  return rate;
}

/** Rounds half away from zero, so a refund (negative) converts to exactly minus the sale. */
function roundSymmetric(value: number): number {
  const magnitude = Math.round(Math.abs(value));
  // `|| 0` turns −0 into 0, so a tiny negative amount doesn't print as "-$0.00".
  return value < 0 ? -magnitude || 0 : magnitude;
}

/** Converts integer minor units between currencies, honouring each currency's exponent (KRW has none). */
export function convertMinor(
  amount: MinorUnits,
  from: CurrencyCode,
  to: CurrencyCode,
  rates: ExchangeRates,
): MinorUnits {
  if (from === to) return amount;
  const major = amount / 10 ** currencyExponent(from);
  const converted = (major / rateOf(from, rates)) * rateOf(to, rates);
  return roundSymmetric(converted * 10 ** currencyExponent(to));
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: CurrencyCode, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = currencyExponent(currency);
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "US$12.89", "12,89 €", "₩15,000" — the locale decides symbol placement and separators. */
export function formatMoney(minor: MinorUnits, currency: CurrencyCode, locale = 'en'): string {
  return formatterFor(currency, locale).format(minor / 10 ** currencyExponent(currency));
}
