const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * One cell as an export hands it over. A number is written as a number (Excel keeps it numeric, a negative one
 * too); a string is text and is never trusted: it may come from a buyer, a supplier or a pasted title. Empty for
 * null/undefined and for non-finite numbers.
 */
export type CsvCell = string | number | null | undefined;
export type CsvRow = readonly CsvCell[];

/**
 * The one CSV writer of the app: RFC 4180 text, UTF-8 with a byte-order mark and CRLF line ends. Why: Excel on
 * Chinese Windows opens a CSV without a BOM in the system code page (GBK/CP936), so Chinese or Russian titles turn
 * into mojibake; the BOM is how Excel recognises UTF-8. CRLF is the line end RFC 4180 and Excel expect; line breaks
 * inside a title stay inside its quoted cell.
 */
export function csvText(rows: readonly CsvRow[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
}

/** {@link csvText} as UTF-8 bytes, for a file download or a zip entry. */
export function encodeCsv(rows: readonly CsvRow[]): Uint8Array {
  return new TextEncoder().encode(csvText(rows));
}

/**
 * Text a spreadsheet would run as a formula: it starts with = + - @, a tab or a carriage return (OWASP's list;
 * `-2+3+cmd|' /C calc'!A0` is a formula even though it starts like a number).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: a text cell that starts like a formula gets a leading apostrophe, so Excel and WPS show it as text
 * instead of running it; then the field is quoted when it holds a comma, quote, CR or LF (quotes doubled).
 * Numbers are written as they are, so a negative amount stays a number.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
