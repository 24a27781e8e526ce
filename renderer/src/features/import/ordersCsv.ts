import type { OrderStatus } from '@shared/domain/types';

/** A small seller-centre style orders export, for tests and the benchmark. */
export interface CsvOrder {
  orderId: string;
  /** China wall-clock time, 'YYYY-MM-DD HH:mm:ss' (the seller centre's zone). */
  time: string;
  country: string;
  product: string;
  productId: string;
  quantity: number;
  /** Major units, e.g. '12.30'. */
  amount: string;
  status: OrderStatus;
  buyer: string;
  refund?: string;
}

const STATUS_TEXT: Record<OrderStatus, string> = {
  'awaiting-payment': 'Awaiting payment',
  'awaiting-shipment': 'Awaiting shipment',
  shipped: 'Shipped',
  delivered: 'Delivered',
  completed: 'Finished',
  cancelled: 'Closed',
  refunded: 'Refunded',
  disputed: 'In dispute',
};

export const ORDERS_CSV_HEADER =
  'Order ID,Order Time,Country,Product Name,Product ID,Quantity,Order Amount,Currency,Order Status,Buyer Name,Refund Amount';

const quote = (text: string) => (/[",\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export function orderCsvLine(o: CsvOrder): string {
  const cells = [
    o.orderId,
    o.time,
    o.country,
    o.product,
    o.productId,
    String(o.quantity),
    o.amount,
    'USD',
    STATUS_TEXT[o.status],
    o.buyer,
    o.refund ?? '0',
  ];
  return cells.map(quote).join(',');
}

export function ordersCsv(orders: readonly CsvOrder[]): string {
  return [ORDERS_CSV_HEADER, ...orders.map(orderCsvLine)].join('\n') + '\n';
}
