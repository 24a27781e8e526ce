/**
 * Groups valid order rows into orders. Rows with the same order id and different products are lines of
 * one order (amount and quantity summed); a row repeating an order id and product already seen is a
 * duplicate and replaces it ("last one wins", e.g. an export concatenated with a newer one).
 */
import { minorDigits } from './currency';
import { minorToMajor } from './numbers';
import type { OrderRowValue } from './order-row';
import { normalizeKey } from './text';
import type { ParsedOrderLine, ParsedOrderRow } from './types';
import { problem, type Problem } from './problems';

/** What tells two lines of an order apart; with no product columns every repeat is a duplicate. */
function lineKey(value: OrderRowValue): string {
  return normalizeKey(value.productId ?? value.sku ?? value.productTitle ?? '');
}

function toLine(value: OrderRowValue): ParsedOrderLine {
  const digits = minorDigits(value.currency);
  const line: ParsedOrderLine = {
    row: value.row,
    quantity: value.quantity,
    amount: minorToMajor(value.amountMinor, digits),
    amountMinor: value.amountMinor,
  };
  if (value.productTitle !== undefined) line.productTitle = value.productTitle;
  if (value.productId !== undefined) line.productId = value.productId;
  if (value.sku !== undefined) line.sku = value.sku;
  return line;
}

function optionalOrderFields(last: OrderRowValue, digits: number): Partial<ParsedOrderRow> {
  const fields: Partial<ParsedOrderRow> = {
    trackingNumber: last.trackingNumber,
    buyerName: last.buyerName,
    carrier: last.carrier,
    carrierName: last.carrierName,
    promoCode: last.promoCode,
  };
  if (last.shippingFeeMinor !== undefined) {
    fields.shippingFeeMinor = last.shippingFeeMinor;
    fields.shippingFee = minorToMajor(last.shippingFeeMinor, digits);
  }
  if (last.refundMinor !== undefined) {
    fields.refundMinor = last.refundMinor;
    fields.refund = minorToMajor(last.refundMinor, digits);
  }
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** Order-level fields (time, country, status, fees, tracking) come from the order's last row. */
export function buildOrder(values: readonly OrderRowValue[]): ParsedOrderRow {
  const first = values[0];
  const last = values[values.length - 1];
  if (!first || !last) throw new Error('buildOrder needs at least one row');
  const digits = minorDigits(last.currency);
  const amountMinor = values.reduce((sum, value) => sum + value.amountMinor, 0);
  const order: ParsedOrderRow = {
    orderId: last.orderId,
    placedAt: last.placedAt,
    placedAtIso: new Date(last.placedAt).toISOString(),
    country: last.country,
    currency: last.currency,
    amount: minorToMajor(amountMinor, digits),
    amountMinor,
    quantity: values.reduce((sum, value) => sum + value.quantity, 0),
    status: last.status,
    ...optionalOrderFields(last, digits),
    lines: values.map(toLine),
    rows: values.map((value) => value.row),
  };
  if (first.productTitle !== undefined) order.productTitle = first.productTitle;
  if (first.productId !== undefined) order.productId = first.productId;
  if (first.sku !== undefined) order.sku = first.sku;
  return order;
}

export interface AddOutcome {
  duplicate: boolean;
  /** Set when the row's currency differs from the order's other lines. */
  conflict?: Problem;
}

/** Collects the rows of orders still open (their last row not reached yet). */
export class OrderAssembler {
  private readonly open = new Map<string, Map<string, OrderRowValue>>();

  add(value: OrderRowValue): AddOutcome {
    const lines = this.open.get(value.orderId) ?? new Map<string, OrderRowValue>();
    const other = lines.values().next().value;
    if (other && other.currency !== value.currency) {
      return {
        duplicate: false,
        conflict: problem('lineCurrencyConflict', {
          currency: value.currency,
          otherCurrency: other.currency,
        }),
      };
    }
    const key = lineKey(value);
    const duplicate = lines.has(key);
    lines.set(key, value);
    this.open.set(value.orderId, lines);
    return { duplicate };
  }

  /** Closes an order; undefined when none of its rows was valid. */
  finish(orderId: string): ParsedOrderRow | undefined {
    const lines = this.open.get(orderId);
    this.open.delete(orderId);
    return lines && lines.size > 0
      ? buildOrder([...lines.values()].sort((a, b) => a.row - b.row))
      : undefined;
  }
}
