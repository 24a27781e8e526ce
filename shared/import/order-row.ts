/**
 * One data row of an orders export → validated order-line values, or the reasons it is not valid.
 */
import type { CarrierId, OrderStatus } from '../domain/types';
import { carrierFromText } from './carriers';
import { cellText, isRawNumber } from './cells';
import { countryFromText } from './countries';
import { currencyFromText, minorDigits } from './currency';
import { parseDateCell, toEpochMs, type DayMonthOrder } from './dates';
import {
  decimalToMinor,
  parseAmountCell,
  parseCountCell,
  type DecimalSeparator,
  type ParsedDecimal,
} from './numbers';
import { problem } from './problems';
import type { RowReader } from './row-reader';
import { statusFromText } from './statuses';

export interface OrderRowContext {
  dayMonthOrder: DayMonthOrder | undefined;
  decimalHints: { amount?: DecimalSeparator; shippingFee?: DecimalSeparator; refund?: DecimalSeparator };
  /** Currency named in the amount column's header, e.g. "Order Amount (USD)". */
  headerCurrency: string | undefined;
  defaultCurrency: string | undefined;
  timeZoneOffsetMinutes: number;
}

/** A valid row: order-level facts plus the one product line the row describes. */
export interface OrderRowValue {
  row: number;
  orderId: string;
  placedAt: number;
  country: string;
  currency: string;
  status: OrderStatus;
  amountMinor: number;
  quantity: number;
  productTitle?: string;
  productId?: string;
  sku?: string;
  shippingFeeMinor?: number;
  refundMinor?: number;
  trackingNumber?: string;
  buyerName?: string;
  carrier?: CarrierId;
  carrierName?: string;
  promoCode?: string;
}

const MAX_ORDER_ID_LENGTH = 64;

/** Undoes what Excel and exporters do to keep long ids as text: ="301…", '301…, a leading tab. */
export function cleanOrderId(raw: string): string {
  return raw
    .trim()
    .replace(/^="(.*)"$/u, '$1')
    .replace(/^'/u, '')
    .trim();
}

function readOrderId(reader: RowReader): string | undefined {
  const id = cleanOrderId(cellText(reader.cell('orderId')));
  if (id === '') return reader.fail('orderId', problem('orderIdMissing'));
  if (/^\d(\.\d+)?e\+\d+$/iu.test(id)) {
    return reader.fail('orderId', problem('orderIdScientific', { value: id }));
  }
  if (id.length > MAX_ORDER_ID_LENGTH)
    return reader.fail('orderId', problem('orderIdTooLong', { max: MAX_ORDER_ID_LENGTH }));
  return id;
}

function readPlacedAt(reader: RowReader, context: OrderRowContext): number | undefined {
  if (reader.isBlank('placedAt')) return reader.fail('placedAt', problem('orderTimeMissing'));
  const parsed = parseDateCell(reader.cell('placedAt'), context.dayMonthOrder);
  return parsed.ok
    ? toEpochMs(parsed.value, context.timeZoneOffsetMinutes)
    : reader.fail('placedAt', parsed.problem);
}

function readCountry(reader: RowReader): string | undefined {
  const text = reader.text('country');
  if (!text) return reader.fail('country', problem('countryMissing'));
  return countryFromText(text) ?? reader.fail('country', problem('countryUnknown', { value: text }));
}

function readStatus(reader: RowReader): OrderStatus | undefined {
  const text = reader.text('status');
  if (!text) return reader.fail('status', problem('statusMissing'));
  return statusFromText(text) ?? reader.fail('status', problem('statusUnknown', { value: text }));
}

function readQuantity(reader: RowReader): number | undefined {
  // No column or an empty cell: one piece, which is what a one-row-per-order export means.
  if (!reader.has('quantity') || reader.isBlank('quantity')) return 1;
  const parsed = parseCountCell(reader.cell('quantity'));
  if (!parsed.ok) return reader.fail('quantity', parsed.problem);
  if (parsed.value <= 0) return reader.fail('quantity', problem('quantityTooSmall', { value: parsed.value }));
  return parsed.value;
}

const NEGATIVE = {
  amount: 'amountNegative',
  shippingFee: 'shippingFeeNegative',
  refund: 'refundNegative',
} as const;
const OTHER_CURRENCY = { shippingFee: 'shippingFeeCurrency', refund: 'refundCurrency' } as const;

interface MoneyCell {
  value: ParsedDecimal;
  /** Currency written in the cell itself, if any. */
  currency: string | undefined;
}

function readMoney(
  reader: RowReader,
  field: 'amount' | 'shippingFee' | 'refund',
  context: OrderRowContext,
  currencyHint: string | undefined,
): MoneyCell | undefined {
  const parsed = parseAmountCell(reader.cell(field), context.decimalHints[field]);
  if (!parsed.ok) return reader.fail(field, parsed.problem);
  if (parsed.value.negative) return reader.fail(field, problem(NEGATIVE[field]));
  if (parsed.currencyText === '') return { value: parsed.value, currency: undefined };
  const currency = currencyFromText(parsed.currencyText, currencyHint);
  if (!currency)
    return reader.fail(
      field,
      problem('currencyUnknownInCell', {
        currency: parsed.currencyText,
        value: cellText(reader.cell(field)),
      }),
    );
  return { value: parsed.value, currency };
}

function readCurrencyColumn(reader: RowReader, context: OrderRowContext): string | undefined {
  const text = reader.text('currency');
  if (!text) return undefined;
  return (
    currencyFromText(text, context.defaultCurrency) ??
    reader.fail('currency', problem('currencyUnknown', { value: text }))
  );
}

function readAmount(
  reader: RowReader,
  context: OrderRowContext,
  currencyHint: string | undefined,
): MoneyCell | undefined {
  if (reader.isBlank('amount')) return reader.fail('amount', problem('amountMissing'));
  return readMoney(reader, 'amount', context, currencyHint);
}

/** Cell symbol, then currency column, then header, then the caller's default; explicit disagreements are errors. */
function resolveCurrency(
  reader: RowReader,
  amount: MoneyCell,
  column: string | undefined,
  context: OrderRowContext,
): string | undefined {
  if (amount.currency && column && amount.currency !== column) {
    return reader.fail('amount', problem('currencyContradicts', { currency: amount.currency, column }));
  }
  const currency = amount.currency ?? column ?? context.headerCurrency ?? context.defaultCurrency;
  if (!currency && !reader.has('currency')) {
    return reader.fail('amount', problem('noCurrency'));
  }
  // An unreadable currency cell has already been reported by readCurrencyColumn.
  if (!currency && reader.text('currency')) return undefined;
  return currency ?? reader.fail('currency', problem('currencyMissing'));
}

function readOptionalMoney(
  reader: RowReader,
  field: 'shippingFee' | 'refund',
  context: OrderRowContext,
  currency: string,
): number | undefined {
  if (!reader.has(field) || reader.isBlank(field)) return undefined;
  const money = readMoney(reader, field, context, currency);
  if (!money) return undefined;
  if (money.currency && money.currency !== currency)
    return reader.fail(
      field,
      problem(OTHER_CURRENCY[field], { currency: money.currency, orderCurrency: currency }),
    );
  return decimalToMinor(money.value, minorDigits(currency));
}

const OPTIONAL_TEXT_FIELDS = ['productTitle', 'sku', 'trackingNumber', 'buyerName', 'promoCode'] as const;

/** Optional descriptive columns, set only when the cell has text (no undefined-valued keys). */
function addOptionalTexts(reader: RowReader, value: OrderRowValue): void {
  const productIdCell = reader.cell('productId');
  const productId = isRawNumber(productIdCell) ? productIdCell.rawNumber : reader.text('productId');
  if (productId) value.productId = productId;
  for (const field of OPTIONAL_TEXT_FIELDS) {
    const text = reader.text(field);
    if (text) value[field] = text;
  }
  const carrierName = reader.text('carrier');
  if (!carrierName) return;
  value.carrierName = carrierName;
  const carrier = carrierFromText(carrierName);
  if (carrier) value.carrier = carrier;
}

/** Every problem in the row is reported, not just the first, so the user can fix a row in one pass. */
export function readOrderRow(reader: RowReader, context: OrderRowContext): OrderRowValue | undefined {
  const orderId = readOrderId(reader);
  const placedAt = readPlacedAt(reader, context);
  const country = readCountry(reader);
  const status = readStatus(reader);
  const quantity = readQuantity(reader);
  const columnCurrency = readCurrencyColumn(reader, context);
  const amount = readAmount(
    reader,
    context,
    columnCurrency ?? context.headerCurrency ?? context.defaultCurrency,
  );
  const currency = amount ? resolveCurrency(reader, amount, columnCurrency, context) : undefined;
  const shippingFeeMinor = currency ? readOptionalMoney(reader, 'shippingFee', context, currency) : undefined;
  const refundMinor = currency ? readOptionalMoney(reader, 'refund', context, currency) : undefined;
  if (reader.errors.length > 0) return undefined;
  if (!orderId || placedAt === undefined || !country || !status || !quantity || !amount || !currency)
    return undefined;
  const value: OrderRowValue = {
    row: reader.rowNumber,
    orderId,
    placedAt,
    country,
    currency,
    status,
    amountMinor: decimalToMinor(amount.value, minorDigits(currency)),
    quantity,
  };
  addOptionalTexts(reader, value);
  if (shippingFeeMinor !== undefined) value.shippingFeeMinor = shippingFeeMinor;
  if (refundMinor !== undefined) value.refundMinor = refundMinor;
  return value;
}
