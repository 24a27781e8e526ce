/**
 * One cell of a source table. CSV cells are always strings; XLSX cells keep their type so that a numeric
 * cell "1.234" is never mistaken for "one thousand two hundred thirty-four" written with a dot grouping.
 */

/** A numeric XLSX cell, kept as the exact text stored in the file (large order ids survive as digits). */
export interface RawNumber {
  readonly rawNumber: string;
}

export type Cell = string | RawNumber | Date | boolean | null;

export function isRawNumber(cell: Cell | undefined): cell is RawNumber {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

/** The cell as text, trimmed; how it would read in a spreadsheet cell for an error message. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return cell.rawNumber;
}

export function isBlankCell(cell: Cell | undefined): boolean {
  return cellText(cell) === '';
}

export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every(isBlankCell);
}
