/**
 * One clean logical table of orders, written out in the shapes real exports take (encodings, delimiters,
 * decimal styles, header languages, XLSX). Every variant must parse to expectedOrders().
 * Test-only: iconv-lite and write-excel-file are devDependencies.
 */
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/universal';
import type { OrderStatus } from '../../domain/types';
import type { ParsedOrderRow } from '../types';

interface LogicalOrder {
  orderId: string;
  /** Wall-clock time in China (UTC+8): [year, month, day, hour, minute, second]. */
  time: [number, number, number, number, number, number];
  country: { code: string; en: string; zh: string };
  product: string;
  quantity: number;
  /** Major units, at most two decimals. */
  amount: number;
  status: OrderStatus;
}

const COUNTRIES = {
  RU: { code: 'RU', en: 'Russian Federation', zh: '俄罗斯' },
  US: { code: 'US', en: 'United States', zh: '美国' },
  BR: { code: 'BR', en: 'Brazil', zh: '巴西' },
  ES: { code: 'ES', en: 'Spain', zh: '西班牙' },
  FR: { code: 'FR', en: 'France', zh: '法国' },
  PL: { code: 'PL', en: 'Poland', zh: '波兰' },
  KR: { code: 'KR', en: 'Korea', zh: '韩国' },
  IL: { code: 'IL', en: 'Israel', zh: '以色列' },
  GB: { code: 'GB', en: 'United Kingdom', zh: '英国' },
  NL: { code: 'NL', en: 'Netherlands', zh: '荷兰' },
};

const STATUS_TEXT: Record<OrderStatus, { en: string; zh: string }> = {
  'awaiting-payment': { en: 'Awaiting payment', zh: '等待买家付款' },
  'awaiting-shipment': { en: 'Awaiting shipment', zh: '等待发货' },
  shipped: { en: 'Shipped', zh: '已发货' },
  delivered: { en: 'Delivered', zh: '已收货' },
  completed: { en: 'Finished', zh: '交易完成' },
  cancelled: { en: 'Closed', zh: '交易关闭' },
  refunded: { en: 'Refunded', zh: '退款成功' },
  disputed: { en: 'In dispute', zh: '纠纷中' },
};

export const LOGICAL_ORDERS: LogicalOrder[] = [
  {
    orderId: '3012345678901234',
    time: [2025, 11, 11, 0, 5, 9],
    country: COUNTRIES.RU,
    product: 'Phone case, black',
    quantity: 2,
    amount: 12.3,
    status: 'awaiting-shipment',
  },
  {
    orderId: '3012345678901235',
    time: [2025, 11, 11, 10, 23, 45],
    country: COUNTRIES.US,
    product: 'USB-C cable\n1 m, braided',
    quantity: 1,
    amount: 1234.5,
    status: 'shipped',
  },
  {
    orderId: '3012345678901236',
    time: [2025, 11, 12, 23, 59, 59],
    country: COUNTRIES.BR,
    product: 'LED strip "warm white" 5m',
    quantity: 3,
    amount: 45,
    status: 'delivered',
  },
  {
    orderId: '3012345678901237',
    time: [2025, 11, 13, 8, 0, 0],
    country: COUNTRIES.ES,
    product: 'Kids smart watch',
    quantity: 1,
    amount: 29.99,
    status: 'completed',
  },
  {
    orderId: '3012345678901238',
    time: [2025, 11, 14, 12, 30, 0],
    country: COUNTRIES.FR,
    product: 'Silicone spatula set',
    quantity: 4,
    amount: 18.4,
    status: 'cancelled',
  },
  {
    orderId: '3012345678901239',
    time: [2025, 11, 15, 18, 45, 30],
    country: COUNTRIES.PL,
    product: 'Summer dress; size M',
    quantity: 1,
    amount: 0.99,
    status: 'refunded',
  },
  {
    orderId: '3012345678901240',
    time: [2025, 11, 16, 6, 7, 8],
    country: COUNTRIES.KR,
    product: 'Magnetic charger',
    quantity: 10,
    amount: 2500,
    status: 'disputed',
  },
  {
    orderId: '3012345678901241',
    time: [2025, 11, 17, 21, 0, 1],
    country: COUNTRIES.IL,
    product: 'Screen protector | 2 pack',
    quantity: 2,
    amount: 7.05,
    status: 'awaiting-payment',
  },
  {
    orderId: '3012345678901242',
    time: [2025, 11, 20, 14, 14, 14],
    country: COUNTRIES.GB,
    product: 'Night light',
    quantity: 1,
    amount: 15.5,
    status: 'shipped',
  },
  {
    orderId: '3012345678901243',
    time: [2025, 11, 25, 9, 9, 9],
    country: COUNTRIES.NL,
    product: 'Whisk',
    quantity: 5,
    amount: 100.01,
    status: 'completed',
  },
];

const pad = (value: number): string => String(value).padStart(2, '0');

function epochOf(order: LogicalOrder): number {
  const [year, month, day, hour, minute, second] = order.time;
  return Date.UTC(year, month - 1, day, hour, minute, second) - 8 * 3_600_000;
}

/** What every variant must parse to (the fields that are the same in all of them). */
export function expectedOrders(): Partial<ParsedOrderRow>[] {
  return LOGICAL_ORDERS.map((order) => ({
    orderId: order.orderId,
    placedAt: epochOf(order),
    placedAtIso: new Date(epochOf(order)).toISOString(),
    country: order.country.code,
    currency: 'USD',
    amount: order.amount,
    amountMinor: Math.round(order.amount * 100),
    quantity: order.quantity,
    status: order.status,
    productTitle: order.product,
  }));
}

type Row = string[];

function quoteField(value: string, delimiter: string): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/u.test(value);
  return needsQuotes ? `"${value.replace(/"/gu, '""')}"` : value;
}

export function toCsv(rows: Row[], delimiter = ',', newline = '\n'): string {
  return (
    rows.map((row) => row.map((value) => quoteField(value, delimiter)).join(delimiter)).join(newline) +
    newline
  );
}

const isoTime = (order: LogicalOrder): string => {
  const [y, m, d, h, mi, s] = order.time;
  return `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
};

const dottedTime = (order: LogicalOrder): string => {
  const [y, m, d, h, mi, s] = order.time;
  return `${pad(d)}.${pad(m)}.${y} ${pad(h)}:${pad(mi)}:${pad(s)}`;
};

const chineseTime = (order: LogicalOrder): string => {
  const [y, m, d, h, mi, s] = order.time;
  return `${y}年${m}月${d}日 ${pad(h)}:${pad(mi)}:${pad(s)}`;
};

/** "1234.5" → "1.234,50" */
const europeanAmount = (amount: number): string => {
  const [integer = '0', fraction = ''] = amount.toFixed(2).split('.');
  return `${integer.replace(/\B(?=(\d{3})+$)/gu, '.')},${fraction}`;
};

export function englishRows(): Row[] {
  return [
    [
      'Order ID',
      'Order Time',
      'Ship to country',
      'Product Name',
      'Quantity',
      'Order Amount',
      'Currency',
      'Order Status',
    ],
    ...LOGICAL_ORDERS.map((order) => [
      order.orderId,
      isoTime(order),
      order.country.en,
      order.product,
      String(order.quantity),
      order.amount.toFixed(2),
      'USD',
      STATUS_TEXT[order.status].en,
    ]),
  ];
}

export function chineseRows(): Row[] {
  return [
    ['订单号', '下单时间', '收货国家', '商品名称', '数量', '订单金额', '币种', '订单状态'],
    ...LOGICAL_ORDERS.map((order) => [
      order.orderId,
      chineseTime(order),
      order.country.zh,
      order.product,
      String(order.quantity),
      order.amount.toFixed(2),
      '美元',
      STATUS_TEXT[order.status].zh,
    ]),
  ];
}

/** Semicolon-separated, decimal commas, day-first dotted dates, currency in the amount cell. */
export function europeanRows(): Row[] {
  return [
    ['Order No.', 'Order Date', 'Country', 'Product Name', 'Qty', 'Total', 'Status'],
    ...LOGICAL_ORDERS.map((order) => [
      order.orderId,
      dottedTime(order),
      order.country.code,
      order.product,
      String(order.quantity),
      `${europeanAmount(order.amount)} USD`,
      STATUS_TEXT[order.status].en,
    ]),
  ];
}

export const encodeUtf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export const withUtf8Bom = (text: string): Uint8Array =>
  new Uint8Array([0xef, 0xbb, 0xbf, ...encodeUtf8(text)]);

export const encodeGbk = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'gbk'));

/** A seller-centre style export with a report title and a blank line above the header. */
export function withTitleLines(rows: Row[]): Row[] {
  return [['订单报表 Orders report 2025-11-01 ~ 2025-11-30'], [''], ...rows];
}

export async function ordersXlsx(): Promise<Uint8Array> {
  const header = [
    'Order ID',
    'Order Time',
    'Country',
    'Product Name',
    'Quantity',
    'Order Amount (USD)',
    'Order Status',
  ];
  const body = LOGICAL_ORDERS.map((order) => {
    const [y, m, d, h, mi, s] = order.time;
    return [
      { value: order.orderId, type: String },
      { value: new Date(Date.UTC(y, m - 1, d, h, mi, s)), type: Date, format: 'yyyy-mm-dd hh:mm:ss' },
      order.country.en,
      order.product,
      order.quantity,
      order.amount,
      STATUS_TEXT[order.status].en,
    ];
  });
  const blob = await writeXlsxFile([header, ...body]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
