import type { Order, OrderLine, Store, TrafficDay } from '@shared/domain/types';
import type { ParsedOrderLine, ParsedOrderRow, ParsedTrafficRow } from '@shared/import';
import { dayKeyOf } from '@shared/util/days';
import { orderIdOf } from '@shared/domain/ids';
import { buyerIdOf } from '../../data/orders/buyers';
import type { CatalogIndex } from './catalogIndex';
import type { OrderChange } from '../../data/orders/orderWrites';
import type { TrafficChange } from '../../data/orders/trafficWrites';

/** A row problem found after the engine's checks; `code` is an i18n key under import.problem. */
export interface RecordProblem {
  row: number | null;
  column: string | null;
  message: string;
  code?: string;
  params?: Record<string, string>;
}

export interface ConvertContext {
  store: Store;
  catalog: CatalogIndex;
  batchId: string;
}

export type Converted<T> = { ok: true; value: T } | { ok: false; problem: RecordProblem };

/** An unknown product keeps the export's own reference, which is what the seller recognises. */
function lineProductId(line: ParsedOrderLine, catalog: CatalogIndex): string {
  return catalog.productOf(line) ?? line.productId ?? line.sku ?? line.productTitle ?? 'unknown';
}

function toLine(
  line: ParsedOrderLine,
  index: number,
  order: Pick<Order, 'id' | 'storeId' | 'currency'>,
  catalog: CatalogIndex,
): OrderLine {
  const skuId = catalog.skuOf(line.sku);
  return {
    id: `${order.id}:${index}`,
    orderId: order.id,
    storeId: order.storeId,
    productId: lineProductId(line, catalog),
    ...(skuId ? { skuId } : {}),
    title: line.productTitle ?? line.productId ?? line.sku ?? '',
    quantity: line.quantity,
    unitPrice: Math.round(line.amountMinor / Math.max(1, line.quantity)),
    currency: order.currency,
  };
}

/** Rollups keep one currency per store; a row in another currency would mix them, so it is refused, not guessed. */
function currencyProblem(row: ParsedOrderRow, store: Store): RecordProblem {
  return {
    row: row.rows[0] ?? null,
    column: 'currency',
    code: 'currencyMismatch',
    params: { currency: row.currency, storeCurrency: store.currency },
    message: `Amount is in ${row.currency} but this store reports in ${store.currency}.`,
  };
}

export function toOrderChange(row: ParsedOrderRow, context: ConvertContext): Converted<OrderChange> {
  const { store, catalog, batchId } = context;
  if (row.currency !== store.currency) return { ok: false, problem: currencyProblem(row, store) };
  const id = orderIdOf(store.id, row.orderId);
  const firstKnownProduct = row.lines.map((line) => catalog.productOf(line)).find((p) => p !== undefined);
  const order: Order = {
    id,
    storeId: store.id,
    orderId: row.orderId,
    buyerId: buyerIdOf(store.id, row.orderId, row.buyerName, row.country),
    ...(row.buyerName ? { buyerName: row.buyerName } : {}),
    country: row.country,
    placedAt: row.placedAt,
    day: dayKeyOf(row.placedAt),
    status: row.status,
    amount: row.amountMinor,
    shippingFee: row.shippingFeeMinor ?? 0,
    refundAmount: row.refundMinor ?? 0,
    currency: row.currency,
    itemCount: row.quantity,
    hostingMode: catalog.hostingModeOf(firstKnownProduct),
    ...(row.carrier ? { carrier: row.carrier } : {}),
    ...(row.trackingNumber ? { trackingNumber: row.trackingNumber } : {}),
    ...(row.promoCode ? { promoCode: row.promoCode } : {}),
    importBatchId: batchId,
  };
  return {
    ok: true,
    value: {
      id,
      next: order,
      nextLines: row.lines.map((line, index) => toLine(line, index, order, catalog)),
    },
  };
}

export function toTrafficChange(row: ParsedTrafficRow, context: ConvertContext): Converted<TrafficChange> {
  const { store, catalog } = context;
  const catalogProduct = catalog.productOf(row);
  const productId = catalogProduct ?? row.productId ?? row.productTitle;
  if (!productId) {
    return {
      ok: false,
      problem: {
        row: row.row,
        column: 'productId',
        code: 'noProduct',
        message: 'No product id or product name on this row.',
      },
    };
  }
  const id = `${store.id}:${productId}:${row.day}`;
  const next: TrafficDay = {
    id,
    storeId: store.id,
    productId,
    day: row.day,
    visitors: row.visitors,
    productViews: row.productViews,
    addToCarts: row.addToCarts,
    orders: row.orders,
  };
  return { ok: true, value: { id, next, hostingMode: catalog.hostingModeOf(catalogProduct) } };
}
