/**
 * Reading a rate table, a parcel list or a tracking export with the order importer's engine (encoding incl.
 * GBK, delimiter and header detection, XLSX, row numbers as a spreadsheet shows them): the columns are found by
 * their header names in English or Chinese, in any order, and a user's mapping can correct them.
 */
import { cellText, isBlankRow, type Cell } from '@shared/import/cells';
import type { FieldSpec } from '@shared/import/fields';
import { findHeaderRow, headerTexts, mapColumns } from '@shared/import/header';
import { readTable } from '@shared/import/read-table';

export interface TableField<F extends string> extends FieldSpec<F> {
  field: F;
}

export function tableField<F extends string>(field: F, required: boolean, aliases: string): TableField<F> {
  return { field, required, aliases: [field, ...aliases.split('|')] };
}

/** A problem with a file or one of its rows; `row` as a spreadsheet shows it, `column` as the header reads. */
export interface TableProblem {
  file: string;
  row: number | null;
  column: string | null;
  field: string | null;
  code: string;
  message: string;
}

export interface TableRow<F extends string> {
  /** Spreadsheet row number. */
  row: number;
  cells: Partial<Record<F, string>>;
  /** Header text of each mapped field's column, for messages. */
  columns: Partial<Record<F, string>>;
}

export type FieldMapping<F extends string> = Partial<Record<F, number>>;

export interface TableRead<F extends string> {
  ok: boolean;
  headers: string[];
  mapping: FieldMapping<F>;
  rows: TableRow<F>[];
  errors: TableProblem[];
}

export function problemAt(
  file: string,
  row: number | null,
  column: string | null,
  field: string | null,
  code: string,
  message: string,
): TableProblem {
  return { file, row, column, field, code, message };
}

/** Reads the file's first table; a missing required column is a file-level problem, rows are kept as text. */
export async function readTableRecords<F extends string>(
  bytes: Uint8Array,
  fileName: string,
  specs: readonly TableField<F>[],
  override?: FieldMapping<F>,
): Promise<TableRead<F>> {
  const read = await readTable(bytes, fileName);
  if (!read.ok)
    return {
      ok: false,
      headers: [],
      mapping: {},
      rows: [],
      errors: [problemAt(fileName, null, null, null, read.error.code, read.error.message)],
    };
  const grid: Cell[][] = read.table.rows;
  const headerIndex = Math.max(0, findHeaderRow(grid, specs));
  const headers = headerTexts(grid[headerIndex] ?? []);
  const mapping = { ...(mapColumns(headers, specs) as FieldMapping<F>), ...override };
  const missing = specs.filter((spec) => spec.required && mapping[spec.field] === undefined);
  if (missing.length > 0)
    return {
      ok: false,
      headers,
      mapping,
      rows: [],
      errors: missing.map((spec) =>
        problemAt(
          fileName,
          headerIndex + 1,
          spec.field,
          spec.field,
          'missingColumn',
          `missing column "${spec.field}"`,
        ),
      ),
    };
  const rows: TableRow<F>[] = [];
  for (let index = headerIndex + 1; index < grid.length; index++) {
    const raw = grid[index] ?? [];
    if (isBlankRow(raw)) continue;
    const cells: Partial<Record<F, string>> = {};
    const columns: Partial<Record<F, string>> = {};
    for (const spec of specs) {
      const column = mapping[spec.field];
      if (column === undefined) continue;
      cells[spec.field] = cellText(raw[column]);
      columns[spec.field] = headers[column] || spec.field;
    }
    rows.push({ row: index + 1, cells, columns });
  }
  return { ok: true, headers, mapping, rows, errors: [] };
}
