/**
 * Numbers as AliExpress pages print them in en/ru/pt/es/fr/zh: "1,084.15", "1 084,15" (with no-break or narrow
 * no-break spaces), "1.000", "32,40", and shortened counts such as "5K+", "1,2 тыс.", "5 mil+", "1万+".
 */

/** Every kind of space a browser copies (no-break U+00A0, narrow no-break U+202F, thin U+2009…) as a plain space. */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/[\u00A0\u202F\u2007\u2008\u2009\u200A\u3000]/gu, ' ')
    .replace(/[\u200B-\u200D\uFEFF]/gu, '');
}

/**
 * A number with the thousands and decimal separators of any of the six languages. Spaces and apostrophes
 * between digit groups are thousands separators; when both "," and "." occur the last one is the decimal mark;
 * a single mark followed by exactly three digits is a thousands separator (prices never have three decimals).
 */
export function parseLocaleNumber(raw: string): number | null {
  const text = raw.trim().replace(/[ ']/gu, '');
  if (!/^\d[\d.,]*$/u.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normalised = text.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const parts = text.split(mark);
    const tail = parts.at(-1) ?? '';
    normalised = parts.length > 2 || tail.length === 3 ? parts.join('') : parts.join('.');
  } else normalised = text;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Multipliers of the shortened counts pages show ("50K+", "1,2 тыс.", "5 mil", "1万+", "2千"). */
const COUNT_SUFFIXES: readonly [RegExp, number][] = [
  [/^[kк]$/iu, 1_000],
  [/^тыс\.?$/iu, 1_000],
  [/^mil$/iu, 1_000],
  [/^千$/u, 1_000],
  [/^万$/u, 10_000],
  [/^(m|млн\.?)$/iu, 1_000_000],
];

/** Grammar of a count as pages print it: digits with separators, an optional suffix, an optional "+". */
export const COUNT_PATTERN = String.raw`(\d{1,3}(?:[ .,']\d{3})+|\d+(?:[.,]\d+)?)\s?(k|K|к|тыс\.?|mil|千|万|млн\.?|M)?\s?(\+)?`;

/** A count and whether the page rounded it ("10,000+", "5K") rather than showing the exact figure. */
export function parseCount(
  digits: string,
  suffix: string | undefined,
  plus: string | undefined,
): { value: number; rounded: boolean } | null {
  const base = parseLocaleNumber(digits);
  if (base === null) return null;
  const multiplier = suffix ? (COUNT_SUFFIXES.find(([pattern]) => pattern.test(suffix))?.[1] ?? 1) : 1;
  return { value: Math.round(base * multiplier), rounded: Boolean(plus) || multiplier > 1 };
}
