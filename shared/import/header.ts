/**
 * Finding the header row, mapping its columns to canonical fields, and fingerprinting the layout.
 */
import { cellText, type Cell } from './cells';
import { currencyFromText } from './currency';
import type { FieldSpec } from './fields';
import { bracketContent, normalizeKey, withoutBrackets } from './text';
import type { ColumnMapping, ImportField, MappingOverride } from './types';

/** Title lines, notes and blank rows above the header are skipped; the header must be within this many rows. */
export const HEADER_SEARCH_ROWS = 30;
const MIN_HEADER_MATCHES = 2;

interface AliasHit {
  field: string;
  rank: number;
}

/** normalised alias → field, with its rank in the field's alias list. */
function aliasIndex(specs: readonly FieldSpec[]): Map<string, AliasHit> {
  const index = new Map<string, AliasHit>();
  for (const spec of specs) {
    spec.aliases.forEach((alias, rank) => {
      const key = normalizeKey(alias);
      if (!index.has(key)) index.set(key, { field: spec.field, rank });
    });
  }
  return index;
}

const TRAILING_CURRENCY = /(usd|cny|rmb|eur|rub|brl|pln|krw|gbp|jpy|美元|人民币|元|欧元|卢布)$/u;

/** Matches "Order Amount", "Order Amount (USD)", "订单金额（元）" and "Order Amount USD". */
function matchHeader(text: string, index: Map<string, AliasHit>): AliasHit | undefined {
  const key = normalizeKey(text);
  if (key === '') return undefined;
  const bare = normalizeKey(withoutBrackets(text));
  return index.get(key) ?? index.get(bare) ?? index.get(bare.replace(TRAILING_CURRENCY, ''));
}

/** Currency named in a header, e.g. "Order Amount (US $)" or "订单金额(元)". */
export function headerCurrency(text: string): string | undefined {
  const inBrackets = bracketContent(text);
  if (inBrackets) return currencyFromText(inBrackets);
  const trailing = TRAILING_CURRENCY.exec(normalizeKey(text));
  return trailing ? currencyFromText(trailing[1] ?? '') : undefined;
}

/** Each field takes the column matching its best-ranked alias; a column serves one field. */
export function mapColumns(headers: readonly string[], specs: readonly FieldSpec[]): ColumnMapping {
  const index = aliasIndex(specs);
  const hits = headers.map((header) => matchHeader(header, index));
  const mapping: ColumnMapping = {};
  for (const spec of specs) {
    let best: { column: number; rank: number } | undefined;
    hits.forEach((hit, column) => {
      if (hit?.field === spec.field && (!best || hit.rank < best.rank)) best = { column, rank: hit.rank };
    });
    if (best) mapping[spec.field as ImportField] = best.column;
  }
  return mapping;
}

/** How many distinct fields a row's cells name. */
function headerScore(row: readonly Cell[], index: Map<string, AliasHit>): number {
  const fields = new Set<string>();
  for (const cell of row) {
    const hit = typeof cell === 'string' ? matchHeader(cell, index) : undefined;
    if (hit) fields.add(hit.field);
  }
  return fields.size;
}

/** Zero-based index of the row that names the most fields (at least two), or -1. */
export function findHeaderRow(rows: readonly (readonly Cell[])[], specs: readonly FieldSpec[]): number {
  const index = aliasIndex(specs);
  let best = { row: -1, score: MIN_HEADER_MATCHES - 1 };
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, rowIndex) => {
    const score = headerScore(row, index);
    if (score > best.score) best = { row: rowIndex, score };
  });
  return best.row;
}

export function headerTexts(row: readonly Cell[]): string[] {
  return row.map((cell) => cellText(cell));
}

/** The detected mapping with the user's corrections applied (null unmaps; out-of-range columns are ignored). */
export function applyOverride(
  mapping: ColumnMapping,
  override: MappingOverride | undefined,
  width: number,
): ColumnMapping {
  const result: ColumnMapping = { ...mapping };
  for (const [field, column] of Object.entries(override ?? {}) as [ImportField, number | null][]) {
    if (column === null) delete result[field];
    else if (Number.isInteger(column) && column >= 0 && column < width) result[field] = column;
  }
  return result;
}

/** FNV-1a, 32-bit: small, stable across runtimes, good enough to key a remembered mapping. */
function fnv1a(text: string, seed: number): number {
  let hash = seed;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** 16 hex digits from two FNV-1a passes over the normalised headers (order matters, case and spacing do not). */
export function layoutFingerprint(headers: readonly string[]): string {
  const keys = headers.map(normalizeKey);
  // Trailing empty header cells come and go with a stray delimiter at line end; they are not layout.
  while (keys.length > 0 && keys[keys.length - 1] === '') keys.pop();
  const text = keys.join('\u0001');
  const hex = (value: number): string => value.toString(16).padStart(8, '0');
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x01000193 ^ 0x9e3779b9));
}
