/**
 * Locale-tolerant numbers: "1,234.56", "1.234,56", "1 234,56", "1'234.56", "(12.30)", "-5", "US $12.30",
 * "12,30 руб". Parsed into digit strings first so amounts convert to minor units without float error.
 */
import { isRawNumber, type Cell } from './cells';
import { problem, type Problem } from './problems';
import { normalizeText } from './text';

export type DecimalSeparator = '.' | ',';

export interface ParsedDecimal {
  negative: boolean;
  /** Digits before the decimal separator, without grouping ("1234"). */
  integer: string;
  /** Digits after the decimal separator ("56"), possibly empty. */
  fraction: string;
}

export type NumberResult = { ok: true; value: ParsedDecimal } | { ok: false; problem: Problem };

/** Amount cell split into its number and any currency text around it ("US $", "руб", "€"). */
export type AmountResult =
  { ok: true; value: ParsedDecimal; currencyText: string } | { ok: false; problem: Problem };

const GROUPING_SPACES = /[\s'\u00a0\u202f\u2009\u2007’]/gu;
const MINUS_SIGNS = /[-−–]/u;

function isGroupedCorrectly(digitsWithGrouping: string, separator: string): boolean {
  const groups = digitsWithGrouping.split(separator);
  const [first, ...rest] = groups;
  return first !== undefined && /^\d{1,3}$/u.test(first) && rest.every((group) => /^\d{3}$/u.test(group));
}

function splitAtDecimal(core: string, decimal: DecimalSeparator | null): ParsedDecimal | null {
  const grouping = decimal === ',' ? '.' : decimal === '.' ? ',' : core.includes('.') ? '.' : ',';
  const at = decimal ? core.lastIndexOf(decimal) : -1;
  const integerPart = at >= 0 ? core.slice(0, at) : core;
  const fraction = at >= 0 ? core.slice(at + 1) : '';
  if (!/^\d*$/u.test(fraction)) return null;
  if (integerPart.includes(grouping) && !isGroupedCorrectly(integerPart, grouping)) return null;
  const integer = integerPart.split(grouping).join('');
  if (!/^\d*$/u.test(integer) || (integer === '' && fraction === '')) return null;
  return { negative: false, integer: integer === '' ? '0' : integer, fraction };
}

/**
 * Which separator is the decimal one. Both present: the later one. One present once: a decimal point unless
 * exactly three digits follow it ("1,234" is a thousand), which the column's hint can overrule.
 */
function chooseDecimal(core: string, hint: DecimalSeparator | undefined): DecimalSeparator | null {
  const lastDot = core.lastIndexOf('.');
  const lastComma = core.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const separator: DecimalSeparator | null = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (separator === null) return null;
  const occurrences = core.split(separator).length - 1;
  if (occurrences > 1) return null;
  const digitsAfter = core.length - core.lastIndexOf(separator) - 1;
  if (digitsAfter !== 3) return separator;
  if (hint) return hint === separator ? separator : null;
  return /^0?[.,]/u.test(core) ? separator : null;
}

/** Parses the bare numeric core (digits and separators only, spaces allowed as grouping). */
export function parseDecimalCore(text: string, hint?: DecimalSeparator): ParsedDecimal | null {
  const core = text.replace(GROUPING_SPACES, '');
  if (!/^[\d.,]+$/u.test(core)) return null;
  return splitAtDecimal(core, chooseDecimal(core, hint));
}

/** The decimal separator a column uses, from any value that shows it unambiguously. */
export function inferDecimalSeparator(texts: Iterable<string>): DecimalSeparator | undefined {
  for (const text of texts) {
    const core = text.replace(GROUPING_SPACES, '').replace(/[^\d.,]/gu, '');
    const lastDot = core.lastIndexOf('.');
    const lastComma = core.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
    const at = Math.max(lastDot, lastComma);
    const single = core.split(core[at] ?? '').length === 2;
    if (at >= 0 && single && core.length - at - 1 !== 3) return lastDot >= 0 ? '.' : ',';
  }
  return undefined;
}

function rawNumberDecimal(raw: string): ParsedDecimal | null {
  const value = Number(raw);
  if (!Number.isFinite(value)) return null;
  // Exponent forms ("1.5E-2") come from Excel for very small or large numbers.
  const plain = /e/iu.test(raw) ? value.toFixed(12).replace(/\.?0+$/u, '') : raw;
  const negative = plain.startsWith('-');
  const [integer = '0', fraction = ''] = plain.replace(/^[-+]/u, '').split('.');
  return { negative, integer, fraction };
}

interface SignedParts {
  negative: boolean;
  core: string;
  affix: string;
}

/** Splits "-US $1,234.56" or "(12,30 €)" into sign, numeric core and currency affix. */
function splitSignAndAffix(text: string): SignedParts | null {
  const first = text.search(/\d/u);
  if (first < 0) return null;
  let last = text.length - 1;
  while (last >= 0 && !/\d/u.test(text[last] ?? '')) last -= 1;
  let prefix = text.slice(0, first);
  let suffix = text.slice(last + 1);
  const core = text.slice(first, last + 1);
  const parenthesised = prefix.includes('(') && suffix.includes(')');
  const minus = MINUS_SIGNS.test(prefix) || /^\s*[-−–]/u.test(suffix);
  prefix = prefix.replace(/[()+\-−–]/gu, ' ').trim();
  suffix = suffix.replace(/[()\-−–]/gu, ' ').trim();
  if (prefix !== '' && suffix !== '' && prefix.replace(/\s/gu, '') !== suffix.replace(/\s/gu, ''))
    return null;
  return { negative: parenthesised || minus, core, affix: prefix || suffix };
}

/** A number cell with optional currency text around it. */
export function parseAmountCell(cell: Cell, hint?: DecimalSeparator): AmountResult {
  if (isRawNumber(cell)) {
    const value = rawNumberDecimal(cell.rawNumber);
    return value
      ? { ok: true, value, currencyText: '' }
      : { ok: false, problem: problem('notNumber', { value: cell.rawNumber }) };
  }
  const text = typeof cell === 'string' ? normalizeText(cell) : '';
  const parts = splitSignAndAffix(text);
  const decimal = parts ? parseDecimalCore(parts.core, hint) : null;
  if (!parts || !decimal) return { ok: false, problem: problem('notNumber', { value: text }) };
  return {
    ok: true,
    value: { ...decimal, negative: parts.negative && !isZero(decimal) },
    currencyText: parts.affix,
  };
}

export function isZero(value: ParsedDecimal): boolean {
  return /^0*$/u.test(value.integer) && /^0*$/u.test(value.fraction);
}

export function decimalToNumber(value: ParsedDecimal): number {
  const magnitude = Number(`${value.integer}.${value.fraction || '0'}`);
  return value.negative ? -magnitude : magnitude;
}

/** Integer minor units, rounding half away from zero on the digits (no float multiply). */
export function decimalToMinor(value: ParsedDecimal, digits: number): number {
  const kept = value.fraction.slice(0, digits).padEnd(digits, '0');
  const roundUp = (value.fraction[digits] ?? '0') >= '5';
  const magnitude = Number(`${value.integer}${kept}`) + (roundUp ? 1 : 0);
  return value.negative ? -magnitude : magnitude;
}

/** Minor units back to major units, exactly as the decimal string reads (12.3 for 1230 cents). */
export function minorToMajor(minor: number, digits: number): number {
  return digits === 0 ? minor : Number((minor / 10 ** digits).toFixed(digits));
}

const COUNT_UNITS = /^(pcs?|pieces?|units?|lots?|件|个|套|шт)\.?$/iu;

/** A whole count ("2", "1,234", "3 pcs", "5件"); negative counts are returned so the caller can name them. */
export function parseCountCell(cell: Cell): { ok: true; value: number } | { ok: false; problem: Problem } {
  const parsed = parseAmountCell(cell);
  const text = isRawNumber(cell) ? cell.rawNumber : normalizeText(typeof cell === 'string' ? cell : '');
  if (!parsed.ok || (parsed.currencyText !== '' && !COUNT_UNITS.test(parsed.currencyText))) {
    return { ok: false, problem: problem('notWholeNumber', { value: text }) };
  }
  if (!/^0*$/u.test(parsed.value.fraction))
    return { ok: false, problem: problem('notWholeNumber', { value: text }) };
  return { ok: true, value: decimalToNumber({ ...parsed.value, fraction: '' }) };
}
