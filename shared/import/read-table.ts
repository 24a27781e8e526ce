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

function fileError(message: string): ReadTableResult {
  return { ok: false, error: { row: null, column: null, message } };
}

function readCsv(bytes: Uint8Array): ReadTableResult {
  const { text, encoding } = decodeText(bytes);
  if (replacementRatio(text) > 0.05)
    return fileError('The file is not readable text in UTF-8, UTF-16 or GBK.');
  if (text.trim() === '') return fileError('The file is empty.');
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const warnings = parsed.errors.map((error) => ({
    row: error.row === undefined ? null : error.row + 1,
    column: null,
    message: `CSV syntax: ${error.message}`,
  }));
  return { ok: true, table: { format: 'csv', encoding, delimiter, rows: parsed.data, warnings } };
}

async function readXlsx(bytes: Uint8Array): Promise<ReadTableResult> {
  try {
    const rows = await readXlsxSheet(bytes);
    return { ok: true, table: { format: 'xlsx', encoding: null, delimiter: null, rows, warnings: [] } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fileError(`The file looks like a zip archive but is not a readable .xlsx workbook (${reason}).`);
  }
}

export async function readTable(bytes: Uint8Array, fileName: string): Promise<ReadTableResult> {
  switch (sniffBytes(bytes)) {
    case 'empty':
      return fileError(`"${fileName}" is empty.`);
    case 'zip':
      return readXlsx(bytes);
    case 'legacy-xls':
      return fileError(
        `"${fileName}" is an old Excel 97–2003 (.xls) workbook; save it as .xlsx or CSV and import that.`,
      );
    case 'binary':
      return fileError(`"${fileName}" is a binary file, not a CSV/TSV text file or an .xlsx workbook.`);
    case 'text':
      return readCsv(bytes);
  }
}
