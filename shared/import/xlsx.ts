/**
 * The first sheet of an .xlsx workbook as a grid of cells, via read-excel-file's "universal" build, which
 * runs unchanged in a Web Worker and in Node (no node:* imports, no nested workers).
 */
import { readSheet } from 'read-excel-file/universal';
import type { Cell, RawNumber } from './cells';

type XlsxValue = string | number | boolean | Date | RawNumber | null;

/** Keep numbers as their stored text: a 16-digit order id must not pass through a float. */
function keepNumberText(text: string): RawNumber {
  return { rawNumber: text };
}

export default async function readXlsxSheet(bytes: Uint8Array): Promise<Cell[][]> {
  // The library takes an ArrayBuffer; copy out exactly our view's bytes (the view may share a larger buffer).
  const buffer = bytes.slice().buffer;
  const data = await readSheet<RawNumber>(buffer, 1, { parseNumber: keepNumberText, trim: false });
  return data.map((row) => row.map((value) => toCell(value as XlsxValue)));
}

function toCell(value: XlsxValue): Cell {
  if (typeof value === 'number') return { rawNumber: String(value) };
  return value;
}
