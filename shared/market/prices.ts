/**
 * Prices in the forms AliExpress pages print them: "US $4.05 - 19.90", "1 084,15 ₽", "R$ 32,40", "8,75 €",
 * "£3.20", "¥12.50", "12,99 zł", "₩15,000", "US $4.05 - US $19.90". Amounts are in the currency's major unit
 * as shown (4.05), which is what a seller reads and types; the app stores minor units (see toMinorUnits).
 */
import { minorExponent, toMinor } from '@shared/domain/money';
import { parseLocaleNumber } from './numbers';

/** Currency marks, longest first so "US $" wins over "$" and "руб." over "р.". */
const CURRENCY_MARKS: readonly [string, string][] = [
  ['US $', 'USD'],
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['CA $', 'CAD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AU $', 'AUD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['MX$', 'MXN'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['R$', 'BRL'],
  ['BRL', 'BRL'],
  ['CLP', 'CLP'],
  ['COP', 'COP'],
  ['EUR', 'EUR'],
  ['€', 'EUR'],
  ['GBP', 'GBP'],
  ['£', 'GBP'],
  ['RUB', 'RUB'],
  ['руб.', 'RUB'],
  ['руб', 'RUB'],
  ['₽', 'RUB'],
  ['р.', 'RUB'],
  ['CN¥', 'CNY'],
  ['CNY', 'CNY'],
  ['RMB', 'CNY'],
  ['JP¥', 'JPY'],
  ['JPY', 'JPY'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['元', 'CNY'],
  ['PLN', 'PLN'],
  ['zł', 'PLN'],
  ['KRW', 'KRW'],
  ['₩', 'KRW'],
  ['UAH', 'UAH'],
  ['₴', 'UAH'],
  ['TRY', 'TRY'],
  ['₺', 'TRY'],
  ['KZT', 'KZT'],
  ['₸', 'KZT'],
  ['$', 'USD'],
];

/** Currencies without minor units on AliExpress pages. */
const ZERO_DECIMAL = new Set(['JPY', 'KRW', 'CLP', 'COP']);

export interface PriceRange {
  min: number;
  max: number;
  currency: string;
}

export interface PriceMatch {
  range: PriceRange;
  /** Where the match starts and ends in the line, so a second price on the same line can be found after it. */
  start: number;
  end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const MARK = `(${CURRENCY_MARKS.map(([mark]) => escape(mark)).join('|')})`;
const AMOUNT = String.raw`(\d{1,3}(?:[ ,.']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)`;
const DASH = String.raw`\s*[-–—~至]\s*`;
// Mark before the amount ("US $4.05", "R$ 32,40"), or after it ("1 084,15 ₽", "8,75 €"); a range may repeat the mark.
const BEFORE = new RegExp(String.raw`${MARK}\s?${AMOUNT}(?:${DASH}(?:${MARK}\s?)?${AMOUNT})?(?![\d])`, 'gu');
const AFTER = new RegExp(
  String.raw`(?<![\d.,])${AMOUNT}(?:\s?${MARK})?(?:${DASH}${AMOUNT})\s?${MARK}(?![\p{L}])|(?<![\d.,])${AMOUNT}\s?${MARK}(?![\p{L}])`,
  'gu',
);

function currencyOf(mark: string): string {
  return CURRENCY_MARKS.find(([candidate]) => candidate === mark)?.[1] ?? 'USD';
}

/** A mark glued to a word before it is part of that word ("стр. 5", "ARS$"), not a currency. */
function glued(line: string, index: number): boolean {
  const before = line[index - 1];
  return before !== undefined && /[\p{L}]/u.test(before) && !/[\s(]/u.test(before);
}

/** Every price on a line, in reading order. */
export function findPrices(line: string): PriceMatch[] {
  const found: PriceMatch[] = [];
  for (const match of line.matchAll(BEFORE)) {
    const [text, mark = '$', low = '', , high] = match;
    if (glued(line, match.index)) continue;
    const range = toRange(currencyOf(mark), low, high);
    if (range) found.push({ range, start: match.index, end: match.index + text.length });
  }
  for (const match of line.matchAll(AFTER)) {
    const text = match[0];
    const start = match.index;
    if (found.some((other) => start < other.end && other.start < start + text.length)) continue;
    const [, rangeLow, , rangeHigh, rangeMark, singleAmount, singleMark] = match;
    const mark = rangeMark ?? singleMark ?? '';
    // "4.8 ★" or a bare "$" after a number belongs to something else; only a real mark after the amount counts.
    if (mark === '$') continue;
    const range = singleAmount
      ? toRange(currencyOf(mark), singleAmount, undefined)
      : toRange(currencyOf(mark), rangeLow ?? '', rangeHigh);
    if (range) found.push({ range, start, end: start + text.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function toRange(currency: string, low: string, high: string | undefined): PriceRange | null {
  const min = amountOf(low, currency);
  if (min === null) return null;
  const max = high ? amountOf(high, currency) : min;
  if (max === null || max < min) return { min, max: min, currency };
  return { min, max, currency };
}

function amountOf(text: string, currency: string): number | null {
  // "₩15,000" and "¥1.200" are thousands in zero-decimal currencies; parseLocaleNumber already reads them so.
  const value = parseLocaleNumber(text);
  if (value === null) return null;
  return ZERO_DECIMAL.has(currency) ? Math.round(value) : Math.round(value * 100) / 100;
}

/** Major units as shown (4.05) → integer minor units (405) for the database's Money. */
export function toMinorUnits(amount: number, currency: string): number {
  return toMinor(amount, currency);
}

/** Integer minor units → major units, the inverse of toMinorUnits. */
export function fromMinorUnits(amount: number, currency: string): number {
  return amount / 10 ** minorExponent(currency);
}
