/**
 * Currency symbols, codes and names as they appear in seller-centre exports → ISO 4217.
 */
import { normalizeKey } from './text';
import { minorExponent } from '../domain/money';

/** ISO 4217 codes an AliExpress seller is likely to meet. */

const KNOWN_CODES = new Set([
  'USD',
  'EUR',
  'CNY',
  'RUB',
  'BRL',
  'PLN',
  'KRW',
  'GBP',
  'JPY',
  'CAD',
  'AUD',
  'NZD',
  'MXN',
  'CLP',
  'COP',
  'PEN',
  'ARS',
  'UYU',
  'ILS',
  'UAH',
  'KZT',
  'BYN',
  'TRY',
  'SAR',
  'AED',
  'QAR',
  'KWD',
  'BHD',
  'OMR',
  'JOD',
  'EGP',
  'MAD',
  'TND',
  'ZAR',
  'NGN',
  'INR',
  'PKR',
  'IDR',
  'MYR',
  'SGD',
  'THB',
  'VND',
  'PHP',
  'HKD',
  'TWD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'ISK',
  'CZK',
  'HUF',
  'RON',
  'BGN',
  'RSD',
  'MDL',
  'GEL',
  'AMD',
  'AZN',
  'UZS',
  'KGS',
  'PYG',
  'UGX',
  'XOF',
  'XAF',
  'BAM',
  'MKD',
  'ALL',
]);

/**
 * Symbols that name more than one currency. The first is the default; the context (a currency column,
 * the header, the caller's default) picks another when it is in the list.
 */
const AMBIGUOUS: Record<string, readonly string[]> = {
  $: ['USD', 'CAD', 'AUD', 'NZD', 'MXN', 'CLP', 'COP', 'ARS', 'UYU', 'SGD', 'HKD', 'TWD'],
  '¥': ['CNY', 'JPY'],
  kr: ['SEK', 'NOK', 'DKK', 'ISK'],
};

/** Keys are matched after normalizeKey, except symbols, matched as typed (normalizeKey would drop them). */
const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  '₽': 'RUB',
  '₩': 'KRW',
  '₴': 'UAH',
  '₸': 'KZT',
  '₺': 'TRY',
  '₪': 'ILS',
  '₹': 'INR',
  '฿': 'THB',
  '₫': 'VND',
  '₱': 'PHP',
  '₼': 'AZN',
  '₾': 'GEL',
  US$: 'USD',
  $US: 'USD',
  R$: 'BRL',
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  MX$: 'MXN',
  HK$: 'HKD',
  NT$: 'TWD',
  S$: 'SGD',
  'S/': 'PEN',
  'S/.': 'PEN',
  CLP$: 'CLP',
  COL$: 'COP',
};

const WORDS: Record<string, string> = {
  rmb: 'CNY',
  元: 'CNY',
  人民币: 'CNY',
  美元: 'USD',
  美金: 'USD',
  欧元: 'EUR',
  英镑: 'GBP',
  日元: 'JPY',
  円: 'JPY',
  卢布: 'RUB',
  俄罗斯卢布: 'RUB',
  韩元: 'KRW',
  원: 'KRW',
  雷亚尔: 'BRL',
  巴西雷亚尔: 'BRL',
  兹罗提: 'PLN',
  波兰兹罗提: 'PLN',
  руб: 'RUB',
  рубль: 'RUB',
  рублей: 'RUB',
  р: 'RUB',
  rur: 'RUB',
  грн: 'UAH',
  тг: 'KZT',
  тенге: 'KZT',
  zł: 'PLN',
  zl: 'PLN',
  tl: 'TRY',
  kč: 'CZK',
  kc: 'CZK',
  ft: 'HUF',
  lei: 'RON',
  лв: 'BGN',
  rm: 'MYR',
  rp: 'IDR',
  nis: 'ILS',
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  usdollar: 'USD',
};

/** A currency hint from a column, a header or the caller, used to resolve an ambiguous symbol. */
export type CurrencyContext = string | undefined;

function resolveAmbiguous(symbolKey: string, context: CurrencyContext): string | undefined {
  const options = AMBIGUOUS[symbolKey];
  if (!options) return undefined;
  return context && options.includes(context) ? context : options[0];
}

/** ISO code for a symbol/code/name, or undefined when unrecognised. `context` resolves "$", "¥", "kr". */
export function currencyFromText(text: string, context?: CurrencyContext): string | undefined {
  const compact = text.normalize('NFKC').replace(/\s+/gu, '');
  if (compact === '') return undefined;
  const upper = compact.toUpperCase();
  if (/^[A-Z]{3}$/u.test(upper) && KNOWN_CODES.has(upper)) return upper;
  const symbolKey = compact.toLowerCase() === 'kr' || compact.toLowerCase() === 'kr.' ? 'kr' : compact;
  const ambiguous = resolveAmbiguous(symbolKey, context);
  if (ambiguous) return ambiguous;
  const symbol = SYMBOLS[upper] ?? SYMBOLS[compact];
  if (symbol) return symbol;
  return WORDS[normalizeKey(compact)];
}

/** One table of minor-unit digits for the whole app lives with the domain types. */
export const minorDigits = minorExponent;

export function isKnownCurrencyCode(code: string): boolean {
  return KNOWN_CODES.has(code);
}
