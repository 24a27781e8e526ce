/**
 * Text normalisation shared by header matching and value parsing.
 * NFKC folds full-width forms (Excel on Chinese Windows often writes "ＵＳＤ", "（", "１２３") into ASCII.
 */

const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/u;

/** Full-width → ASCII, non-breaking and thin spaces → plain space, runs of whitespace collapsed, trimmed. */
export function normalizeText(value: string): string {
  // Most cells are plain ASCII with single spaces: nothing to fold, and this path is hot on big files.
  if (PLAIN_ASCII.test(value)) return value;
  return value
    .normalize('NFKC')
    .replace(/[\s\u00a0\u2007\u202f\u2009\u200b\ufeff]+/gu, ' ')
    .trim();
}

/** A matching key: normalised, lower-cased, and stripped of everything that is not a letter or a digit. */
export function normalizeKey(value: string): string {
  return normalizeText(value)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The text with bracketed parts removed, e.g. "Order Amount (USD)" → "Order Amount ". */
export function withoutBrackets(value: string): string {
  return normalizeText(value).replace(/[([{【〔][^)\]}】〕]*[)\]}】〕]/gu, ' ');
}

/** The contents of the first bracketed part, e.g. "订单金额(美元)" → "美元". */
export function bracketContent(value: string): string | undefined {
  const match = /[([{【〔]([^)\]}】〕]*)[)\]}】〕]/u.exec(normalizeText(value));
  return match?.[1]?.trim() || undefined;
}

/**
 * Memoises a lookup by its input text. Country, status and currency columns repeat a few dozen values over
 * thousands of rows; the cache is dropped when it grows past `limit` so a column of unique junk stays bounded.
 */
export function memoizeByText<T>(lookup: (text: string) => T, limit = 5000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    if (cache.has(text)) return cache.get(text) as T;
    if (cache.size >= limit) cache.clear();
    const value = lookup(text);
    cache.set(text, value);
    return value;
  };
}
