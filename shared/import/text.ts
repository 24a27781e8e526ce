/**
 * Text normalisation shared by header matching and value parsing.
 * NFKC folds full-width forms (Excel on Chinese Windows often writes "ＵＳＤ", "（", "１２３") into ASCII.
 */

/** Full-width → ASCII, non-breaking and thin spaces → plain space, runs of whitespace collapsed, trimmed. */
export function normalizeText(value: string): string {
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
