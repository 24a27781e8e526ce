import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/universal';
import type { Order } from '@shared/domain/types';
import { csvText } from '@shared/util/csv';
import { asCsvRows, ordersTable, xlsxBytes } from './ordersExport';

const order = (over: Partial<Order>): Order => ({
  id: 's1:1',
  storeId: 's1',
  orderId: '1',
  buyerId: 's1:buyer:1',
  country: 'RU',
  placedAt: Date.UTC(2025, 10, 3, 9),
  day: '2025-11-03',
  status: 'shipped',
  amount: 1230,
  shippingFee: 150,
  refundAmount: 0,
  currency: 'USD',
  itemCount: 2,
  hostingMode: 'self-operated',
  ...over,
});

const t = (key: string) => key.split('.').at(-1)!;

describe('ordersTable', () => {
  const orders = [
    order({ buyerName: '=HYPERLINK("http://x")', trackingNumber: 'RR123456785CN', carrier: 'china-post' }),
    order({ id: 's1:2', orderId: '2', buyerName: undefined, currency: 'KRW', amount: 15000 }),
  ];
  const table = ordersTable(orders, new Map([['s1:1', 'Phone case ×2']]), t);

  it('writes one row per order with amounts in major units and a dash for a missing buyer', () => {
    expect(table[0]).toContain('orderId');
    expect(table[1]).toEqual([
      '1',
      '2025-11-03 09:00:00',
      '=HYPERLINK("http://x")',
      'RU',
      'shipped',
      2,
      'Phone case ×2',
      12.3,
      1.5,
      0,
      'USD',
      'China Post',
      'RR123456785CN',
      'self-operated',
    ]);
    expect(table[2]?.[2]).toBe('—');
    expect(table[2]?.[7]).toBe(15000);
  });

  it('guards formula-like text in the CSV', () => {
    const csv = csvText(asCsvRows(table));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });

  it('writes an XLSX that reads back with the same cells, text as text', async () => {
    const bytes = await xlsxBytes(table, 'Orders');
    const rows = await readSheet(bytes.slice().buffer, 1);
    expect(rows[1]?.[2]).toBe('=HYPERLINK("http://x")');
    expect(rows[1]?.[7]).toBe(12.3);
    expect(rows.length).toBe(3);
  });
});
