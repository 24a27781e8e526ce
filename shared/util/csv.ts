const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * RFC 4180 text, UTF-8 with a byte-order mark and CRLF line ends. Why: Excel on Chinese Windows opens a CSV
 * without a BOM in the system code page (GBK/CP936), so Chinese or Russian titles turn into mojibake; the BOM is
 * how Excel recognises UTF-8. CRLF is the line end RFC 4180 and Excel expect; line breaks inside a title stay
 * inside its quoted cell.
 */
export function encodeCsv(rows: readonly (readonly string[])[]): Uint8Array {
  const text = UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
  return new TextEncoder().encode(text);
}

/**
 * Quotes a field when it holds a comma, quote, CR or LF (quotes doubled). A text starting with = + @ (or - not
 * followed by a digit) gets a leading apostrophe, so Excel shows it as text instead of running it as a formula: a
 * supplier's title is not trusted to be harmless.
 */
export function csvField(value: string): string {
  const safe = /^[=+@\t\r]|^-(?![\d.])/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
