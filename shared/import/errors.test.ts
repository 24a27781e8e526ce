import { describe, expect, it } from 'vitest';
import { encodeUtf8, englishRows, toCsv } from './__fixtures__/orders-table';
import { checkImport, parseImport } from './index';

const HEADER = 'Order ID,Order Time,Country,Quantity,Order Amount,Currency,Order Status';

function csv(...lines: string[]): Uint8Array {
  return encodeUtf8([HEADER, ...lines].join('\n'));
}

describe('bad rows', () => {
  it('keeps the good rows and names row, column and reason for each bad one', async () => {
    const { check, records } = await parseImport(
      csv(
        '1001,2025-11-11 10:00:00,RU,1,10.00,USD,Shipped',
        '1002,2025-13-45 10:00:00,RU,1,10.00,USD,Shipped',
        '1003,2025-11-11 10:00:00,Atlantis,1,10.00,USD,Shipped',
        '1004,2025-11-11 10:00:00,RU,-2,10.00,USD,Shipped',
        ',2025-11-11 10:00:00,RU,1,10.00,USD,Shipped',
        '1006,2025-11-11 10:00:00,US,1,5.5,USD,Delivered',
      ),
      'orders.csv',
      'orders',
    );
    expect(records.map((order) => order.orderId)).toEqual(['1001', '1006']);
    expect(check).toMatchObject({ rows: 6, valid: 2, records: 2, errorCount: 4 });
    expect(check.errors).toEqual([
      {
        row: 3,
        column: 'Order Time',
        code: 'dateUnreadable',
        params: { value: '2025-13-45 10:00:00' },
        message: expect.stringContaining('unreadable date "2025-13-45 10:00:00"'),
      },
      {
        row: 4,
        column: 'Country',
        code: 'countryUnknown',
        params: { value: 'Atlantis' },
        message: expect.stringContaining('unknown country "Atlantis"'),
      },
      {
        row: 5,
        column: 'Quantity',
        code: 'quantityTooSmall',
        params: { value: '-2' },
        message: 'quantity must be at least 1, got -2',
      },
      { row: 6, column: 'Order ID', code: 'orderIdMissing', params: {}, message: 'order id is missing' },
    ]);
  });

  it('reports every problem of a row, not only the first', async () => {
    const check = await checkImport(csv('x,yesterday,Mars,two,abc,USD,maybe'), 'orders.csv', 'orders');
    expect(check.errors.map((error) => error.column)).toEqual([
      'Order Time',
      'Country',
      'Order Status',
      'Quantity',
      'Order Amount',
    ]);
    expect(check.errors.every((error) => error.row === 2)).toBe(true);
  });

  it('explains an order id Excel turned into scientific notation', async () => {
    const check = await checkImport(
      csv('3.01235E+15,2025-11-11 10:00:00,RU,1,10.00,USD,Shipped'),
      'o.csv',
      'orders',
    );
    expect(check.errors[0]?.message).toMatch(/scientific notation/u);
  });

  it('rejects an amount whose symbol disagrees with the currency column', async () => {
    const check = await checkImport(
      csv('1,2025-11-11 10:00:00,RU,1,€5,00,USD,Shipped'.replace('€5,00', '"€5,00"')),
      'o.csv',
      'orders',
    );
    expect(check.errors).toEqual([
      {
        row: 2,
        column: 'Order Amount',
        code: 'currencyContradicts',
        params: { currency: 'EUR', column: 'USD' },
        message: 'amount is in EUR but the currency column says USD',
      },
    ]);
  });

  it('asks for a currency when none can be found, and uses the caller default when given', async () => {
    const bytes = encodeUtf8(
      'Order ID,Order Time,Country,Order Amount,Order Status\n1,2025-11-11 10:00,RU,5.00,Shipped\n',
    );
    const without = await checkImport(bytes, 'o.csv', 'orders');
    expect(without.errors[0]?.message).toMatch(/no currency/u);
    const withDefault = await checkImport(bytes, 'o.csv', 'orders', { defaultCurrency: 'rub' });
    expect(withDefault.sample[0]).toMatchObject({ currency: 'RUB', amountMinor: 500, quantity: 1 });
  });

  it('caps the kept errors but counts them all', async () => {
    const lines = Array.from({ length: 50 }, (_, index) => `${index},bad,RU,1,1,USD,Shipped`);
    const check = await checkImport(csv(...lines), 'o.csv', 'orders', { maxErrors: 10 });
    expect(check.errors).toHaveLength(10);
    expect(check.errorCount).toBe(50);
  });
});

describe('file-level problems give errors, never a throw', () => {
  it('binary file', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
    const check = await checkImport(bytes, 'photo.png', 'orders');
    expect(check.errors).toEqual([
      {
        row: null,
        column: null,
        code: 'binaryFile',
        params: { file: 'photo.png' },
        message: expect.stringMatching(/"photo.png" is a binary file/u),
      },
    ]);
    expect(check.rows).toBe(0);
  });

  it('empty file', async () => {
    const check = await checkImport(new Uint8Array(), 'empty.csv', 'orders');
    expect(check.errors[0]?.message).toBe('"empty.csv" is empty.');
  });

  it('whitespace-only file', async () => {
    const check = await checkImport(encodeUtf8('\r\n  \r\n'), 'blank.csv', 'orders');
    expect(check.errors[0]?.message).toMatch(/empty/u);
  });

  it('header only', async () => {
    const check = await checkImport(encodeUtf8(`${HEADER}\r\n`), 'header.csv', 'orders');
    expect(check.errors).toEqual([
      {
        row: 1,
        column: null,
        code: 'noDataRows',
        params: {},
        message: 'The file has a header row but no data rows.',
      },
    ]);
    expect(check.headerRow).toBe(1);
  });

  it('no recognisable header', async () => {
    const check = await checkImport(encodeUtf8('a,b,c\n1,2,3\n'), 'other.csv', 'orders');
    expect(check.errors[0]?.message).toMatch(/No orders header row found.*Order ID\/订单号/u);
  });

  it('a required column missing is named by field and by its common headers', async () => {
    const rows = englishRows().map((row) => row.filter((_, column) => column !== 7));
    const check = await checkImport(encodeUtf8(toCsv(rows)), 'no-status.csv', 'orders');
    expect(check.errors).toEqual([
      {
        row: null,
        column: 'status',
        code: 'missingColumn',
        params: { field: 'status', names: 'Order Status, 订单状态, Status, 状态' },
        message:
          'Required column "status" is missing: expected a header such as Order Status, 订单状态, Status, 状态.',
      },
    ]);
    expect(check.valid).toBe(0);
  });

  it('a zip that is not a workbook', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const check = await checkImport(bytes, 'broken.xlsx', 'orders');
    expect(check.errors[0]?.message).toMatch(/not a readable \.xlsx workbook/u);
  });

  it('a legacy .xls workbook', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const check = await checkImport(bytes, 'old.xls', 'orders');
    expect(check.errors[0]?.message).toMatch(/\.xls.*save it as \.xlsx or CSV/u);
  });
});
