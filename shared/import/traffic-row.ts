/**
 * One data row of a traffic export → a validated ParsedTrafficRow, or the reasons it is not valid.
 * A reported day is a calendar day in the seller centre's own reporting zone, so it is kept as written.
 */
import { cellText, isRawNumber } from './cells';
import { parseDateCell, toDayKey, type DayMonthOrder } from './dates';
import { parseCountCell } from './numbers';
import { problem } from './problems';
import type { RowReader } from './row-reader';
import type { ParsedTrafficRow, TrafficField } from './types';

type CountField = Extract<TrafficField, 'visitors' | 'productViews' | 'addToCarts' | 'orders'>;

const NEGATIVE = {
  visitors: 'visitorsNegative',
  productViews: 'productViewsNegative',
  addToCarts: 'addToCartsNegative',
  orders: 'ordersNegative',
} as const satisfies Record<CountField, string>;

function readDay(reader: RowReader, order: DayMonthOrder | undefined): string | undefined {
  if (reader.isBlank('day')) return reader.fail('day', problem('dateMissing'));
  const parsed = parseDateCell(reader.cell('day'), order);
  return parsed.ok ? toDayKey(parsed.value) : reader.fail('day', parsed.problem);
}

/** A missing column counts as 0 (not every export has every metric); a present but bad cell is an error. */
function readCount(reader: RowReader, field: CountField): number | undefined {
  if (!reader.has(field)) return 0;
  if (reader.isBlank(field)) return field === 'visitors' ? reader.fail(field, problem('visitorsMissing')) : 0;
  const parsed = parseCountCell(reader.cell(field));
  if (!parsed.ok) return reader.fail(field, parsed.problem);
  if (parsed.value < 0) return reader.fail(field, problem(NEGATIVE[field], { value: parsed.value }));
  return parsed.value;
}

export function readTrafficRow(
  reader: RowReader,
  order: DayMonthOrder | undefined,
): ParsedTrafficRow | undefined {
  const day = readDay(reader, order);
  const visitors = readCount(reader, 'visitors');
  const productViews = readCount(reader, 'productViews');
  const addToCarts = readCount(reader, 'addToCarts');
  const orders = readCount(reader, 'orders');
  if (reader.errors.length > 0 || day === undefined) return undefined;
  if (
    visitors === undefined ||
    productViews === undefined ||
    addToCarts === undefined ||
    orders === undefined
  )
    return undefined;
  const row: ParsedTrafficRow = { day, visitors, productViews, addToCarts, orders, row: reader.rowNumber };
  const productIdCell = reader.cell('productId');
  const productId = isRawNumber(productIdCell) ? productIdCell.rawNumber : cellText(productIdCell);
  if (productId) row.productId = productId;
  const productTitle = reader.text('productTitle');
  if (productTitle) row.productTitle = productTitle;
  return row;
}

/** Rows for the same day and product: the last one wins. */
export function trafficKey(day: string, productId: string, productTitle: string): string {
  return `${day}\u0001${productId || productTitle}`;
}
