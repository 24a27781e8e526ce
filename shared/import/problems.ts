/**
 * Every problem the import engine reports, as a stable code with its parameters. The English text below is
 * the `message` the CLI's JSON prints (a contract: it must read as before); the app shows the code translated
 * (renderer/src/features/import/i18n.ts, `import.problem.<code>`), so each template's {{placeholders}} are the
 * parameters every translation gets.
 */

const DATE_EXAMPLES =
  'expected e.g. 2025-11-11 10:23:45, 11/11/2025 10:23, 11.11.2025 or 2025年11月11日 10:23';

export const IMPORT_PROBLEMS_EN = {
  // Files that cannot be read at all.
  fileNotReadable: 'Cannot read "{{file}}": {{reason}}',
  fileEmpty: '"{{file}}" is empty.',
  legacyXls: '"{{file}}" is an old Excel 97–2003 (.xls) workbook; save it as .xlsx or CSV and import that.',
  binaryFile: '"{{file}}" is a binary file, not a CSV/TSV text file or an .xlsx workbook.',
  notText: 'The file is not readable text in UTF-8, UTF-16 or GBK.',
  textEmpty: 'The file is empty.',
  xlsxUnreadable: 'The file looks like a zip archive but is not a readable .xlsx workbook ({{reason}}).',
  csvSyntax: 'CSV syntax: {{detail}}',
  // The header.
  noOrdersHeader:
    'No orders header row found in the first 30 rows: expected columns such as {{examples}}. Choose which of the file’s own columns holds each field under “Columns”.',
  noTrafficHeader:
    'No traffic header row found in the first 30 rows: expected columns such as {{examples}}. Choose which of the file’s own columns holds each field under “Columns”.',
  missingColumn: 'Required column "{{field}}" is missing: expected a header such as {{names}}.',
  noDataRows: 'The file has a header row but no data rows.',
  // Cells of an orders row.
  orderIdMissing: 'order id is missing',
  orderIdScientific:
    'order id "{{value}}" was shortened by Excel into scientific notation and its digits are lost; export again, or format the column as Text before saving',
  orderIdTooLong: 'order id is longer than {{max}} characters',
  orderTimeMissing: 'order time is missing',
  dateCellUnreadable: 'unreadable date cell',
  dateUnreadable: `unreadable date "{{value}}": ${DATE_EXAMPLES}`,
  countryMissing: 'country is missing',
  countryUnknown: 'unknown country "{{value}}": expected a country name or ISO code',
  statusMissing: 'order status is missing',
  statusUnknown: 'unknown order status "{{value}}"',
  notNumber: '"{{value}}" is not a number',
  notWholeNumber: '"{{value}}" is not a whole number',
  quantityTooSmall: 'quantity must be at least 1, got {{value}}',
  amountMissing: 'amount is missing',
  amountNegative: 'amount must not be negative',
  shippingFeeNegative: 'shipping fee must not be negative',
  refundNegative: 'refund must not be negative',
  currencyUnknown: 'unknown currency "{{value}}"',
  currencyUnknownInCell: 'unknown currency "{{currency}}" in "{{value}}"',
  currencyContradicts: 'amount is in {{currency}} but the currency column says {{column}}',
  noCurrency: 'no currency: add a currency column, a symbol in the amount, or choose a default currency',
  currencyMissing: 'currency is missing',
  shippingFeeCurrency: 'shippingFee is in {{currency}}, the order in {{orderCurrency}}',
  refundCurrency: 'refund is in {{currency}}, the order in {{orderCurrency}}',
  lineCurrencyConflict: "currency {{currency}} differs from {{otherCurrency}} on the order's other lines",
  // Cells of a traffic row.
  dateMissing: 'date is missing',
  visitorsMissing: 'visitors is missing',
  visitorsNegative: 'visitors must not be negative, got {{value}}',
  productViewsNegative: 'product views must not be negative, got {{value}}',
  addToCartsNegative: 'add-to-carts must not be negative, got {{value}}',
  ordersNegative: 'orders must not be negative, got {{value}}',
} as const;

export type ImportProblemCode = keyof typeof IMPORT_PROBLEMS_EN;
export const IMPORT_PROBLEM_CODES = Object.keys(IMPORT_PROBLEMS_EN) as ImportProblemCode[];

/** The {{names}} in a template, as a union of string literals. */
type Placeholders<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
export type ProblemParamsOf<C extends ImportProblemCode> = Record<
  Placeholders<(typeof IMPORT_PROBLEMS_EN)[C]>,
  string | number
>;

/** A problem's identity without its place in the file. */
export interface Problem {
  code: ImportProblemCode;
  /** Values for the code's placeholders, as text. */
  params: Record<string, string>;
  /** The English text (the CLI's `message`). */
  message: string;
}

/** Fills {{name}} from `params`; what is not given stays as written. */
export function fillTemplate(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (whole, name: string) => params[name] ?? whole);
}

/** A problem with its English message. Parameters are checked against the template at compile time. */
export function problem<C extends ImportProblemCode>(
  code: C,
  ...args: [Placeholders<(typeof IMPORT_PROBLEMS_EN)[C]>] extends [never] ? [] : [params: ProblemParamsOf<C>]
): Problem {
  const given = (args[0] ?? {}) as Record<string, string | number>;
  const params = Object.fromEntries(Object.entries(given).map(([key, value]) => [key, String(value)]));
  return { code, params, message: fillTemplate(IMPORT_PROBLEMS_EN[code], params) };
}
