/**
 * From bytes to a ready-to-convert table: format and encoding, header row, column mapping, and the
 * file-level checks (no header, required column missing) that stop an import before any row is read.
 */
import { isBlankRow, cellText, type Cell } from './cells';
import { fieldSpecsFor, type FieldSpec } from './fields';
import {
  applyOverride,
  findHeaderRow,
  HEADER_SEARCH_ROWS,
  headerTexts,
  layoutFingerprint,
  mapColumns,
} from './header';
import { readTable, type SourceTable } from './read-table';
import type { TableLayout } from './row-reader';
import { normalizeKey } from './text';
import type { ImportError, ImportField, ImportKind, ImportOptions } from './types';
import { problem } from './problems';

export interface DataRow {
  cells: Cell[];
  /** Spreadsheet row number (1-based). */
  rowNumber: number;
}

export interface PreparedTable {
  table: SourceTable | null;
  headerIndex: number;
  layout: TableLayout;
  layoutFingerprint: string | null;
  dataRows: DataRow[];
  /** File-level errors; when non-empty no row is converted. */
  fatal: ImportError[];
}

const SUMMARY_LABELS = new Set([
  '合计',
  '总计',
  '汇总',
  'total',
  'totals',
  'grandtotal',
  'sum',
  'итого',
  'всего',
]);
const QUOTED_ALIASES = 4;

/** A "Total / 合计" line under the data, which exports add and which is not an order. */
function isSummaryRow(cells: readonly Cell[]): boolean {
  const first = cells.find((cell) => cellText(cell) !== '');
  return first !== undefined && SUMMARY_LABELS.has(normalizeKey(cellText(first)));
}

function missingColumnError(spec: FieldSpec): ImportError {
  const names = spec.aliases.slice(0, QUOTED_ALIASES).join(', ');
  return { row: null, column: spec.field, ...problem('missingColumn', { field: spec.field, names }) };
}

function noHeaderError(kind: ImportKind, specs: readonly FieldSpec[]): ImportError {
  const examples = specs
    .filter((spec) => spec.required)
    .map((spec) => spec.aliases.slice(0, 2).join('/'))
    .join(', ');
  const code = kind === 'orders' ? 'noOrdersHeader' : 'noTrafficHeader';
  return { row: null, column: null, ...problem(code, { examples }) };
}

function emptyPrepared(table: SourceTable | null, fatal: ImportError[]): PreparedTable {
  return {
    table,
    headerIndex: -1,
    layout: { mapping: {}, headers: [] },
    layoutFingerprint: null,
    dataRows: [],
    fatal,
  };
}

function collectDataRows(rows: readonly Cell[][], headerIndex: number): DataRow[] {
  const dataRows: DataRow[] = [];
  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    const cells = rows[index] ?? [];
    if (!isBlankRow(cells) && !isSummaryRow(cells)) dataRows.push({ cells, rowNumber: index + 1 });
  }
  return dataRows;
}

/** The first row with at least two filled cells, within the rows a header is looked for in. */
function firstFilledRow(rows: readonly Cell[][]): number {
  return rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => row.filter((cell) => cellText(cell) !== '').length >= 2);
}

function chooseHeaderRow(
  rows: readonly Cell[][],
  specs: readonly FieldSpec[],
  options: ImportOptions,
): number {
  const chosen = options.headerRow;
  if (chosen !== undefined && Number.isInteger(chosen) && chosen >= 1 && chosen <= rows.length)
    return chosen - 1;
  return findHeaderRow(rows, specs);
}

export async function prepareTable(
  bytes: Uint8Array,
  fileName: string,
  kind: ImportKind,
  options: ImportOptions,
): Promise<PreparedTable> {
  const read = await readTable(bytes, fileName);
  if (!read.ok) return emptyPrepared(null, [read.error]);
  const { table } = read;
  const specs = fieldSpecsFor(kind);
  const found = chooseHeaderRow(table.rows, specs, options);
  // No row looks like a known header: the file's own first filled row is its header, so the user can map its
  // columns by hand (the mapping editor lists them) instead of being left with nothing to choose from.
  const recognised = found >= 0;
  const headerIndex = recognised ? found : firstFilledRow(table.rows);
  if (headerIndex < 0) return emptyPrepared(table, [noHeaderError(kind, specs)]);
  const headers = headerTexts(table.rows[headerIndex] ?? []);
  const detected = recognised ? mapColumns(headers, specs) : {};
  const mapping = applyOverride(detected, options.mapping, headers.length);
  const missing = specs.filter((spec) => spec.required && mapping[spec.field as ImportField] === undefined);
  const dataRows = collectDataRows(table.rows, headerIndex);
  const fatal =
    !recognised && missing.length > 0 ? [noHeaderError(kind, specs)] : missing.map(missingColumnError);
  if (fatal.length === 0 && dataRows.length === 0) {
    fatal.push({ row: headerIndex + 1, column: null, ...problem('noDataRows') });
  }
  return {
    table,
    headerIndex,
    layout: { mapping, headers },
    layoutFingerprint: layoutFingerprint(headers),
    dataRows,
    fatal,
  };
}
