/**
 * Parcel lists for quoting from the command line or an import: `id,country,weight_g,length_cm,width_cm,height_cm,
 * order_value,order_currency` (other layouts are mapped by their header names, as the order importer does).
 */
import { countryFromText } from '@shared/import/countries';
import { isKnownCurrencyCode, minorDigits } from '@shared/import/currency';
import { decimalToMinor, decimalToNumber, parseDecimalCore } from '@shared/import/numbers';
import { isIsoCountryCode } from './isoCountries';
import type { Parcel } from './quote';
import { problemAt, readTableRecords, tableField, type TableProblem, type TableRow } from './tableRecords';

export const PARCEL_FIELD_SPECS = [
  tableField('id', true, 'Parcel|Parcel ID|Order ID|Order|订单号|包裹号|包裹'),
  tableField('country', true, 'Country|Destination|国家|目的国|收货国家'),
  tableField('weight_g', true, 'Weight (g)|Weight|重量|重量(克)'),
  tableField('length_cm', false, 'Length (cm)|Length|长|长(cm)'),
  tableField('width_cm', false, 'Width (cm)|Width|宽|宽(cm)'),
  tableField('height_cm', false, 'Height (cm)|Height|高|高(cm)'),
  tableField('order_value', false, 'Order value|Value|订单金额|货值|申报价值'),
  tableField('order_currency', false, 'Order currency|Currency|币种'),
];
type ParcelField = (typeof PARCEL_FIELD_SPECS)[number]['field'];

function parcelFromRow(
  file: string,
  source: TableRow<ParcelField>,
): { parcel?: Parcel; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  const text = (field: ParcelField): string => (source.cells[field] ?? '').trim();
  const fail = (field: ParcelField, code: string, expected: string): undefined => {
    const column = source.columns[field] ?? field;
    problems.push(
      problemAt(file, source.row, column, field, code, `${column}: "${text(field)}" is not ${expected}`),
    );
    return undefined;
  };
  const positive = (field: ParcelField, required: boolean): number | undefined => {
    if (text(field) === '')
      return required ? fail(field, 'required', 'filled in (the column is required)') : undefined;
    const parsed = parseDecimalCore(text(field));
    const value = parsed ? decimalToNumber(parsed) : NaN;
    return value > 0 ? value : fail(field, 'notPositive', 'a number above 0');
  };
  const id = text('id');
  if (id === '') fail('id', 'required', 'a parcel id');
  const code = text('country').toUpperCase();
  const country = isIsoCountryCode(code) ? code : countryFromText(text('country'));
  if (!country) fail('country', 'badCountry', 'a country (ISO 3166-1 alpha-2 code or name)');
  const weightG = positive('weight_g', true);
  const sizes = (['length_cm', 'width_cm', 'height_cm'] as const).map((f) => positive(f, false));
  let orderValue: Parcel['orderValue'];
  if (text('order_value') !== '') {
    const currency = (text('order_currency') || 'USD').toUpperCase();
    const parsed = parseDecimalCore(text('order_value'));
    if (!isKnownCurrencyCode(currency)) fail('order_currency', 'badCurrency', 'an ISO 4217 currency code');
    else if (!parsed) fail('order_value', 'notNumber', 'a number ≥ 0');
    else orderValue = { amount: decimalToMinor(parsed, minorDigits(currency)), currency };
  }
  if (problems.length > 0 || !country || weightG === undefined) return { problems };
  const [length, width, height] = sizes;
  const parcel: Parcel = { id, country, weightG };
  if (length && width && height) parcel.sizeCm = { length, width, height };
  if (orderValue) parcel.orderValue = orderValue;
  return { parcel, problems };
}

export async function readParcelList(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ parcels: Parcel[]; errors: TableProblem[] }> {
  const read = await readTableRecords(bytes, fileName, PARCEL_FIELD_SPECS);
  const parcels: Parcel[] = [];
  const errors = [...read.errors];
  for (const row of read.rows) {
    const result = parcelFromRow(fileName, row);
    if (result.parcel) parcels.push(result.parcel);
    errors.push(...result.problems);
  }
  return { parcels, errors };
}
