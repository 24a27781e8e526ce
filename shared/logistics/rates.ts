/**
 * Carrier rate tables the seller imports and edits: one row per carrier service and zone, priced either by weight
 * bands (首重 + each started 续重 step) or per kilogram plus a registration fee (挂号费). Prices are kept as
 * integer ten-thousandths of the table's currency so quotes round once, exactly, to 0.01.
 */
import { isKnownCurrencyCode } from '@shared/import/currency';
import { decimalToMinor, parseDecimalCore } from '@shared/import/numbers';
import { isIsoCountryCode } from './isoCountries';
import {
  problemAt,
  readTableRecords,
  tableField,
  type FieldMapping,
  type TableProblem,
  type TableRow,
} from './tableRecords';

/** Prices are stored in 1/10 000 of a currency unit. */
export const PRICE_SCALE = 10_000;

export interface RateRow {
  id: string;
  carrier: string;
  service: string;
  /** ISO alpha-2 codes, or '*' for every country. */
  countries: readonly string[] | '*';
  minWeightG: number;
  maxWeightG: number;
  pricing:
    | {
        kind: 'band';
        firstWeightG: number;
        firstPrice: number;
        additionalStepG: number;
        additionalPrice: number;
      }
    | { kind: 'per-kg'; perKgPrice: number; registrationFee: number; minChargeG: number };
  currency: string;
  /** cm³ per kg (5000, 6000, 8000); null when the service charges actual weight only. */
  volumetricDivisor: number | null;
  daysMin: number;
  daysMax: number;
  tracked: boolean;
}

/** The documented import header, in this order. */
export const RATE_CSV_COLUMNS = [
  'carrier',
  'service',
  'countries',
  'min_weight_g',
  'max_weight_g',
  'first_weight_g',
  'first_price',
  'additional_step_g',
  'additional_price',
  'per_kg_price',
  'registration_fee',
  'min_charge_g',
  'currency',
  'volumetric_divisor',
  'days_min',
  'days_max',
  'tracked',
] as const;
export type RateField = (typeof RATE_CSV_COLUMNS)[number];

export const RATE_FIELD_SPECS = [
  tableField('carrier', true, 'Carrier|承运商|物流商|快递公司|物流公司'),
  tableField('service', true, 'Service|服务|物流服务|渠道|物流渠道|产品'),
  tableField('countries', true, 'Countries|Country|Zone|国家|目的国|国家/地区|分区'),
  tableField('min_weight_g', false, 'Min weight (g)|Min weight|最小重量|最小重量(克)|起重'),
  tableField('max_weight_g', true, 'Max weight (g)|Max weight|最大重量|最大重量(克)|限重'),
  tableField('first_weight_g', false, 'First weight (g)|First weight|首重|首重(克)'),
  tableField('first_price', false, 'First price|首重价格|首重费用|首重运费'),
  tableField('additional_step_g', false, 'Additional step (g)|Additional step|续重单位|续重(克)|续重'),
  tableField('additional_price', false, 'Additional price|续重价格|续重费用|续重运费'),
  tableField('per_kg_price', false, 'Per kg price|Price per kg|每公斤|每公斤价格|运费/公斤|公斤价'),
  tableField('registration_fee', false, 'Registration fee|挂号费|处理费'),
  tableField('min_charge_g', false, 'Min charge (g)|Min charge weight|最低计费重|最低计费重量'),
  tableField('currency', true, 'Currency|币种|货币'),
  tableField('volumetric_divisor', false, 'Volumetric divisor|Dim divisor|体积重系数|抛比|材积除数'),
  tableField('days_min', true, 'Days min|Min days|最短时效|最快天数'),
  tableField('days_max', true, 'Days max|Max days|最长时效|最慢天数'),
  tableField('tracked', true, 'Tracked|Tracking|可跟踪|是否跟踪|有无跟踪'),
];

export interface RatesRead {
  rates: RateRow[];
  errors: TableProblem[];
  rowsRead: number;
}

const TRUE_TEXTS = new Set(['true', 'yes', 'y', '1', '是', '有', 'tracked', '√']);
const FALSE_TEXTS = new Set(['false', 'no', 'n', '0', '否', '无', 'untracked', '×', '']);

/** Reads a cell of one row; each reader reports its own problem and returns undefined. */
class RowCells<F extends string> {
  readonly problems: TableProblem[] = [];
  constructor(
    private readonly file: string,
    private readonly source: TableRow<F>,
  ) {}

  text(field: F): string {
    return (this.source.cells[field] ?? '').trim();
  }

  fail(field: F, code: string, expected: string): undefined {
    const value = this.text(field);
    const column = this.source.columns[field] ?? field;
    this.problems.push(
      problemAt(this.file, this.source.row, column, field, code, `${column}: "${value}" is not ${expected}`),
    );
    return undefined;
  }

  /** A non-negative decimal scaled to `digits` decimals; empty is `fallback` (undefined = required). */
  decimal(field: F, digits: number, fallback?: number): number | undefined {
    const value = this.text(field);
    if (value === '') return fallback ?? this.fail(field, 'required', 'filled in (the column is required)');
    const parsed = parseDecimalCore(value);
    if (!parsed) return this.fail(field, 'notNumber', 'a number ≥ 0');
    return decimalToMinor(parsed, digits);
  }

  count(field: F, fallback?: number): number | undefined {
    return this.decimal(field, 0, fallback);
  }

  price(field: F, fallback?: number): number | undefined {
    return this.decimal(field, 4, fallback);
  }

  bool(field: F): boolean | undefined {
    const value = this.text(field).toLowerCase();
    if (TRUE_TEXTS.has(value)) return true;
    if (FALSE_TEXTS.has(value)) return false;
    return this.fail(field, 'notBoolean', 'yes/no (true, false, 1, 0, 是, 否)');
  }
}

/** Blank and zero cells both mean "this pricing is not used". */
function isNonZero(text: string): boolean {
  return text !== '' && !/^0*([.,]0*)?$/u.test(text);
}

function rateFromRow(
  file: string,
  source: TableRow<RateField>,
): { rate?: RateRow; problems: TableProblem[] } {
  const cells = new RowCells(file, source);
  const carrier = cells.text('carrier');
  const service = cells.text('service');
  if (carrier === '') cells.fail('carrier', 'required', 'a carrier name');
  if (service === '') cells.fail('service', 'required', 'a service name');
  const zone = cells.text('countries').toUpperCase();
  let countries: RateRow['countries'] | undefined;
  if (zone === '*') countries = '*';
  else {
    const codes = zone
      .split(/[;；]/u)
      .map((code) => code.trim())
      .filter((code) => code !== '');
    if (codes.length === 0 || codes.some((code) => !isIsoCountryCode(code)))
      cells.fail('countries', 'badCountries', '"*" or ISO 3166-1 alpha-2 codes separated by ";"');
    else countries = codes;
  }
  const minWeightG = cells.count('min_weight_g', 0);
  const maxWeightG = cells.count('max_weight_g');
  const currency = cells.text('currency').toUpperCase();
  if (!isKnownCurrencyCode(currency)) cells.fail('currency', 'badCurrency', 'an ISO 4217 currency code');
  const divisor = cells.count('volumetric_divisor', 0);
  const daysMin = cells.count('days_min');
  const daysMax = cells.count('days_max');
  const tracked = cells.bool('tracked');
  const perKgGiven = isNonZero(cells.text('per_kg_price'));
  const bandGiven = cells.text('first_price') !== '';
  let pricing: RateRow['pricing'] | undefined;
  if (perKgGiven && isNonZero(cells.text('first_price')))
    cells.fail(
      'per_kg_price',
      'bothPricings',
      'allowed with first_price: a row uses weight bands or a per-kg price',
    );
  else if (perKgGiven) {
    const perKgPrice = cells.price('per_kg_price');
    const registrationFee = cells.price('registration_fee', 0);
    const minChargeG = cells.count('min_charge_g', 0);
    if (perKgPrice !== undefined && registrationFee !== undefined && minChargeG !== undefined)
      pricing = { kind: 'per-kg', perKgPrice, registrationFee, minChargeG };
  } else if (bandGiven) {
    const firstWeightG = cells.count('first_weight_g', 0);
    const firstPrice = cells.price('first_price');
    const additionalPrice = cells.price('additional_price', 0);
    const additionalStepG = cells.count('additional_step_g', 0);
    if (additionalPrice !== undefined && additionalPrice > 0 && additionalStepG === 0)
      cells.fail('additional_step_g', 'stepMissing', 'a step above 0 g (additional_price needs it)');
    else if (
      firstWeightG !== undefined &&
      firstPrice !== undefined &&
      additionalPrice !== undefined &&
      additionalStepG !== undefined
    )
      pricing = { kind: 'band', firstWeightG, firstPrice, additionalStepG, additionalPrice };
  } else
    cells.fail(
      'first_price',
      'noPricing',
      'a price: a row needs first_price (weight bands) or per_kg_price (per kg)',
    );
  if (minWeightG !== undefined && maxWeightG !== undefined && maxWeightG < minWeightG)
    cells.fail('max_weight_g', 'maxBelowMin', `at least min_weight_g (${minWeightG})`);
  if (daysMin !== undefined && daysMax !== undefined && daysMax < daysMin)
    cells.fail('days_max', 'maxBelowMin', `at least days_min (${daysMin})`);
  if (cells.problems.length > 0) return { problems: cells.problems };
  return {
    problems: [],
    rate: {
      id: `${file}#${source.row}`,
      carrier,
      service,
      countries: countries ?? '*',
      minWeightG: minWeightG ?? 0,
      maxWeightG: maxWeightG ?? 0,
      pricing: pricing as RateRow['pricing'],
      currency,
      volumetricDivisor: divisor ? divisor : null,
      daysMin: daysMin ?? 0,
      daysMax: daysMax ?? 0,
      tracked: tracked ?? false,
    },
  };
}

/** Reads a rate table; every bad row is reported by row and column and the good rows are kept. */
export async function readRateTable(
  bytes: Uint8Array,
  fileName: string,
  mapping?: FieldMapping<RateField>,
): Promise<RatesRead> {
  const read = await readTableRecords(bytes, fileName, RATE_FIELD_SPECS, mapping);
  const rates: RateRow[] = [];
  const errors = [...read.errors];
  for (const row of read.rows) {
    const result = rateFromRow(fileName, row);
    if (result.rate) rates.push(result.rate);
    errors.push(...result.problems);
  }
  return { rates, errors, rowsRead: read.rows.length };
}
