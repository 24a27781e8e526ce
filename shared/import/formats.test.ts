import { describe, expect, it } from 'vitest';
import {
  chineseRows,
  encodeGbk,
  encodeUtf8,
  englishRows,
  europeanRows,
  expectedOrders,
  ordersXlsx,
  toCsv,
  withTitleLines,
  withUtf8Bom,
} from './__fixtures__/orders-table';
import { parseImport } from './index';
import type { ParsedOrderRow } from './types';

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes.set([code & 0xff, code >> 8], 2 + index * 2);
  }
  return bytes;
}

/** The normalised fields every variant shares (line bookkeeping like row numbers differs by layout). */
function comparable(order: ParsedOrderRow): Partial<ParsedOrderRow> {
  const {
    orderId,
    placedAt,
    placedAtIso,
    country,
    currency,
    amount,
    amountMinor,
    quantity,
    status,
    productTitle,
  } = order;
  return {
    orderId,
    placedAt,
    placedAtIso,
    country,
    currency,
    amount,
    amountMinor,
    quantity,
    status,
    productTitle,
  };
}

const variants: [
  string,
  () => Promise<Uint8Array> | Uint8Array,
  string,
  { encoding: string | null; delimiter: string | null },
][] = [
  [
    'clean UTF-8 CSV',
    () => encodeUtf8(toCsv(englishRows())),
    'orders.csv',
    { encoding: 'utf-8', delimiter: ',' },
  ],
  [
    'GBK CSV with Chinese headers',
    () => encodeGbk(toCsv(chineseRows(), ',', '\r\n')),
    'orders.csv',
    { encoding: 'gbk', delimiter: ',' },
  ],
  [
    'UTF-8 BOM + CRLF',
    () => withUtf8Bom(toCsv(englishRows(), ',', '\r\n')),
    'orders.csv',
    { encoding: 'utf-8-bom', delimiter: ',' },
  ],
  [
    'semicolon + decimal comma',
    () => encodeUtf8(toCsv(europeanRows(), ';')),
    'orders.csv',
    { encoding: 'utf-8', delimiter: ';' },
  ],
  [
    'TSV with a title line above the header',
    () => encodeUtf8(toCsv(withTitleLines(englishRows()), '\t')),
    'orders.tsv',
    { encoding: 'utf-8', delimiter: '\t' },
  ],
  [
    'UTF-16LE with BOM (Excel "Unicode text")',
    () => utf16le(toCsv(englishRows(), '\t', '\r\n')),
    'orders.txt',
    { encoding: 'utf-16le', delimiter: '\t' },
  ],
  ['XLSX', ordersXlsx, 'orders.xlsx', { encoding: null, delimiter: null }],
];

describe('every export variant parses to the same orders', () => {
  it.each(variants)('%s', async (_name, build, fileName, detected) => {
    const { check, records } = await parseImport(await build(), fileName, 'orders');
    expect(check.errors).toEqual([]);
    expect({ encoding: check.encoding, delimiter: check.delimiter }).toEqual(detected);
    expect(check).toMatchObject({ rows: 10, valid: 10, duplicates: 0, records: 10 });
    expect(records.map(comparable)).toEqual(expectedOrders());
    expect(check.sample.map(comparable)).toEqual(expectedOrders().slice(0, 3));
  });

  it('counts the header row after title lines as a spreadsheet row', async () => {
    const { check } = await parseImport(
      encodeUtf8(toCsv(withTitleLines(englishRows()))),
      'orders.csv',
      'orders',
    );
    expect(check.headerRow).toBe(3);
    expect(check.sample[0]?.rows).toEqual([4]);
  });

  it('gives the same layout fingerprint to the same headers written differently', async () => {
    const plain = await parseImport(encodeUtf8(toCsv(englishRows())), 'a.csv', 'orders');
    const shouted = englishRows();
    shouted[0] = (shouted[0] ?? []).map((header) => `  ${header.toUpperCase()} `);
    const upper = await parseImport(encodeUtf8(toCsv(shouted)), 'b.csv', 'orders');
    const chinese = await parseImport(encodeUtf8(toCsv(chineseRows())), 'c.csv', 'orders');
    expect(upper.check.layoutFingerprint).toBe(plain.check.layoutFingerprint);
    expect(chinese.check.layoutFingerprint).not.toBe(plain.check.layoutFingerprint);
    const trailing = englishRows();
    trailing[0] = [...(trailing[0] ?? []), ''];
    const withStrayDelimiter = await parseImport(encodeUtf8(toCsv(trailing)), 'd.csv', 'orders');
    expect(withStrayDelimiter.check.layoutFingerprint).toBe(plain.check.layoutFingerprint);
  });
});
