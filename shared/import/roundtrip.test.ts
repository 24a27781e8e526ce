import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '../domain/types';
import { toCsv } from './__fixtures__/orders-table';
import { parseImport } from './index';
import type { ParsedOrderRow } from './types';

const COUNTRY_NAMES = [
  'Russia',
  '俄罗斯',
  'US',
  'Brazil',
  '巴西',
  'Spain',
  'France',
  'Poland',
  'South Korea',
  'Israel',
];

const orderArbitrary = fc.record({
  id: fc.stringMatching(/^[0-9]{6,16}$/u),
  time: fc
    .integer({ min: Date.UTC(2020, 0, 1) / 1000, max: Date.UTC(2030, 0, 1) / 1000 })
    .map((seconds) => seconds * 1000),
  country: fc.constantFrom(...COUNTRY_NAMES),
  title: fc.string({ maxLength: 20 }).map((title) => title.trim()),
  quantity: fc.integer({ min: 1, max: 500 }),
  cents: fc.integer({ min: 0, max: 100_000_000 }),
  status: fc.constantFrom(...ORDER_STATUSES),
});

const styleArbitrary = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t', '|'),
  newline: fc.constantFrom('\n', '\r\n'),
  gbk: fc.boolean(),
});

type GeneratedOrder = typeof orderArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Wall clock in UTC+8, as the seller centre writes it. */
function chinaTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
}

function amountText(cents: number, delimiter: string): string {
  const plain = (cents / 100).toFixed(2);
  // With ';' exports use decimal commas, as European Excel does.
  return delimiter === ';' ? plain.replace('.', ',') : plain;
}

function sourceRows(orders: GeneratedOrder[], delimiter: string): string[][] {
  return [
    [
      'Order ID',
      'Order Time',
      'Country',
      'Product Name',
      'Quantity',
      'Order Amount',
      'Currency',
      'Order Status',
    ],
    ...orders.map((order) => [
      order.id,
      chinaTime(order.time),
      order.country,
      order.title,
      String(order.quantity),
      amountText(order.cents, delimiter),
      'USD',
      order.status,
    ]),
  ];
}

/** The parsed orders written back as a canonical CSV: what "re-parsing" reads. */
function canonicalRows(orders: ParsedOrderRow[]): string[][] {
  return [
    [
      'Order ID',
      'Order Time',
      'Country',
      'Product Name',
      'Quantity',
      'Order Amount',
      'Currency',
      'Order Status',
    ],
    ...orders.map((order) => [
      order.orderId,
      order.placedAtIso,
      order.country,
      order.productTitle ?? '',
      String(order.quantity),
      order.amount.toFixed(2),
      order.currency,
      order.status,
    ]),
  ];
}

function encode(text: string, gbk: boolean): Uint8Array {
  return gbk ? new Uint8Array(iconv.encode(text, 'gbk')) : new TextEncoder().encode(text);
}

/** Unique ids, and titles free of characters GBK cannot hold, so each generated row is its own order. */
const ordersArbitrary = fc
  .uniqueArray(orderArbitrary, { minLength: 1, maxLength: 15, selector: (order) => order.id })
  .map((orders) => orders.map((order) => ({ ...order, title: order.title.replace(/[^\x20-\x7e]/gu, '') })));

describe('round trip', () => {
  it('every generated export parses fully, and re-parsing the normalised orders gives them back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(ordersArbitrary, styleArbitrary, async (orders, style) => {
        const text = toCsv(sourceRows(orders, style.delimiter), style.delimiter, style.newline);
        const first = await parseImport(encode(text, style.gbk), 'gen.csv', 'orders');
        expect(first.check.errors).toEqual([]);
        expect(
          first.records.map((order) => [order.orderId, order.placedAt, order.amountMinor, order.quantity]),
        ).toEqual(orders.map((order) => [order.id, order.time, order.cents, order.quantity]));
        const second = await parseImport(
          new TextEncoder().encode(toCsv(canonicalRows(first.records))),
          'again.csv',
          'orders',
        );
        expect(second.records).toEqual(first.records);
      }),
      { numRuns: 60 },
    );
  });
});
