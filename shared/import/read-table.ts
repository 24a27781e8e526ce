/**
 * Bytes → a grid of cells, whatever the file format. Row i of the grid is spreadsheet row i + 1: blank
 * lines are kept (so row numbers match what Excel shows), and a quoted field spanning lines is one row,
 * as in Excel.
 */
import Papa from 'papaparse';
import readXlsxSheet from './xlsx';
import type { Cell } from './cells';
import { decodeText, replacementRatio } from './encoding';
import { detectDelimiter } from './delimiter';
import { sniffBytes } from './sniff';
import { problem, type Problem } from './problems';
import type { ImportError, SourceFormat, TextEncodingName } from './types';

export interface SourceTable {
  format: SourceFormat;
  encoding: TextEncodingName | null;
  delimiter: string | null;
  rows: Cell[][];
  /** Problems that did not stop reading, e.g. an unclosed quote. */
  warnings: ImportError[];
}

export type ReadTableResult = { ok: true; table: SourceTable } | { ok: false; error: ImportError };

function fileError(reason: Problem): ReadTableResult {
  return { ok: false, error: { row: null, column: null, ...reason } };
}

function readCsv(bytes: Uint8Array): ReadTableResult {
  const { text, encoding } = decodeText(bytes);
  if (replacementRatio(text) > 0.05) return fileError(problem('notText'));
  if (text.trim() === '') return fileError(problem('textEmpty'));
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const warnings = parsed.errors.map((error) => ({
    row: error.row === undefined ? null : error.row + 1,
    column: null,
    ...problem('csvSyntax', { detail: error.message }),
  }));
  return { ok: true, table: { format: 'csv', encoding, delimiter, rows: parsed.data, warnings } };
}

async function readXlsx(bytes: Uint8Array): Promise<ReadTableResult> {
  try {
    const rows = await readXlsxSheet(bytes);
    return { ok: true, table: { format: 'xlsx', encoding: null, delimiter: null, rows, warnings: [] } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fileError(problem('xlsxUnreadable', { reason }));
  }
}

export async function readTable(bytes: Uint8Array, fileName: string): Promise<ReadTableResult> {
  switch (sniffBytes(bytes)) {
    case 'empty':
      return fileError(problem('fileEmpty', { file: fileName }));
    case 'zip':
      return readXlsx(bytes);
    case 'legacy-xls':
      return fileError(problem('legacyXls', { file: fileName }));
    case 'binary':
      return fileError(problem('binaryFile', { file: fileName }));
    case 'text':
      return readCsv(bytes);
  }
}
