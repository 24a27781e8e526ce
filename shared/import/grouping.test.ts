import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from './__fixtures__/orders-table';
import { parseImport, parseImportInChunks } from './index';

const HEADER =
  'Order ID,Order Time,Country,Product ID,Product Name,Quantity,Order Amount,Shipping Fee,Order Status,Tracking Number';

function csv(...lines: string[]): Uint8Array {
  return encodeUtf8([HEADER, ...lines].join('\n'));
}

describe('order lines and duplicates', () => {
  it('groups lines of one order, summing amount and quantity and keeping each line', async () => {
    const { check, records } = await parseImport(
      csv(
        'A1,2025-11-11 10:00,RU,p1,Case,2,US $10.00,US $1.50,Awaiting shipment,',
        'B2,2025-11-11 11:00,US,p9,Lamp,1,US $3.00,,Shipped,LP001',
        'A1,2025-11-11 10:00,RU,p2,Cable,1,US $0.99,US $1.50,Shipped,RU123',
      ),
      'o.csv',
      'orders',
    );
    expect(check).toMatchObject({ rows: 3, valid: 3, duplicates: 0, records: 2 });
    const a1 = records.find((order) => order.orderId === 'A1');
    expect(a1).toMatchObject({
      amount: 10.99,
      amountMinor: 1099,
      quantity: 3,
      status: 'shipped',
      shippingFee: 1.5,
      shippingFeeMinor: 150,
      trackingNumber: 'RU123',
      productId: 'p1',
      rows: [2, 4],
    });
    expect(a1?.lines.map((line) => [line.productId, line.quantity, line.amountMinor])).toEqual([
      ['p1', 2, 1000],
      ['p2', 1, 99],
    ]);
  });

  it('counts a repeated order line as a duplicate and keeps the last one', async () => {
    const { check, records } = await parseImport(
      csv(
        'A1,2025-11-11 10:00,RU,p1,Case,2,US $10.00,,Awaiting shipment,',
        'A1,2025-11-11 10:00,RU,p1,Case,2,US $10.00,,Delivered,',
      ),
      'o.csv',
      'orders',
    );
    expect(check).toMatchObject({ rows: 2, valid: 2, duplicates: 1, records: 1 });
    expect(records[0]).toMatchObject({
      status: 'delivered',
      amountMinor: 1000,
      quantity: 2,
      lines: [{ row: 3 }],
    });
  });

  it('releases every order exactly once when its lines fall in different chunks', async () => {
    const lines = Array.from({ length: 25 }, (_, index) => {
      const id = `O${index % 7}`;
      return `${id},2025-11-11 10:00,RU,p${index},Item ${index},1,US $1.00,,Shipped,`;
    });
    const chunks: number[] = [];
    const seen: string[] = [];
    for await (const event of parseImportInChunks(csv(...lines), 'o.csv', 'orders', { chunkSize: 4 })) {
      if (event.type === 'chunk') {
        chunks.push(event.rowsDone);
        seen.push(...event.records.map((order) => order.orderId));
        expect(event.rowsTotal).toBe(25);
      } else {
        expect(event.check).toMatchObject({ rows: 25, valid: 25, records: 7 });
      }
    }
    expect(chunks).toEqual([4, 8, 12, 16, 20, 24, 25]);
    expect(seen.sort()).toEqual(['O0', 'O1', 'O2', 'O3', 'O4', 'O5', 'O6']);
  });
});

describe('mapping', () => {
  it('prefers order time over payment time and takes a currency from the amount header', async () => {
    const bytes = encodeUtf8(
      '订单编号,付款时间,下单时间,买家国家,实付金额(美元),订单状态\n7,2025-11-12 00:00,2025-11-11 08:00,波兰,"1,234.00",已完成\n',
    );
    const { check, records } = await parseImport(bytes, 'o.csv', 'orders');
    expect(check.mapping).toMatchObject({ orderId: 0, placedAt: 2, country: 3, amount: 4, status: 5 });
    expect(records[0]).toMatchObject({
      placedAtIso: '2025-11-11T00:00:00.000Z',
      currency: 'USD',
      amount: 1234,
      country: 'PL',
      status: 'completed',
    });
  });

  it('applies a user override and unmaps a field with null', async () => {
    const bytes = encodeUtf8('No,When,Where,Sum,State,Note\n7,2025-11-11 08:00,FR,€4.20,Finished,hi\n');
    const first = await parseImport(bytes, 'o.csv', 'orders');
    expect(first.check.errors[0]?.message).toMatch(/No orders header row found/u);
    const mapping = { orderId: 0, placedAt: 1, country: 2, amount: 3, status: 4 };
    const fixed = await parseImport(bytes, 'o.csv', 'orders', { headerRow: 1, mapping });
    expect(fixed.check.errors).toEqual([]);
    expect(fixed.records[0]).toMatchObject({
      orderId: '7',
      currency: 'EUR',
      amountMinor: 420,
      country: 'FR',
    });
    const unmapped = await parseImport(bytes, 'o.csv', 'orders', {
      headerRow: 1,
      mapping: { ...mapping, status: null },
    });
    expect(unmapped.check.errors[0]).toMatchObject({ column: 'status' });
  });

  it('offers the file’s own columns to map when no header is recognised, and reads it once mapped', async () => {
    const bytes = encodeUtf8('\nNo,When,Where,Sum,State\n7,2025-11-11 08:00,FR,€4.20,Finished\n');
    const first = await parseImport(bytes, 'o.csv', 'orders');
    expect(first.check.errors[0]?.message).toMatch(/No orders header row found.*under “Columns”/u);
    expect(first.check.headers).toEqual(['No', 'When', 'Where', 'Sum', 'State']);
    expect(first.records).toEqual([]);
    const mapping = { orderId: 0, placedAt: 1, country: 2, amount: 3, status: 4 };
    const mapped = await parseImport(bytes, 'o.csv', 'orders', { mapping });
    expect(mapped.check.errors).toEqual([]);
    expect(mapped.records[0]).toMatchObject({ orderId: '7', amountMinor: 420, country: 'FR' });
  });

  it.each(['总金额', '买家实际支付金额', '实付金额', '订单总额'])(
    'recognises %s as the amount',
    async (header) => {
      const bytes = encodeUtf8(
        `订单号,下单时间,国家,${header},币种,订单状态\n9,2025-11-11 08:00,巴西,12.50,USD,已完成\n`,
      );
      const { check, records } = await parseImport(bytes, 'o.csv', 'orders');
      expect(check.errors).toEqual([]);
      expect(records[0]).toMatchObject({ orderId: '9', amountMinor: 1250 });
    },
  );

  it('reads zone-less times in the configured offset and keeps explicit offsets', async () => {
    const bytes = encodeUtf8(
      'Order ID,Order Time,Country,Total,Currency,Status\n1,2025-11-11 08:00,RU,1,RUB,Shipped\n2,2025-11-11T08:00:00Z,RU,1,RUB,Shipped\n',
    );
    const { records } = await parseImport(bytes, 'o.csv', 'orders', { timeZoneOffsetMinutes: 180 });
    expect(records.map((order) => order.placedAtIso)).toEqual([
      '2025-11-11T05:00:00.000Z',
      '2025-11-11T08:00:00.000Z',
    ]);
  });

  it('infers day-first dates from a column where a day exceeds 12', async () => {
    const bytes = encodeUtf8(
      'Order ID,Order Time,Country,Total,Currency,Status\n1,03/04/2025 10:00,RU,1,USD,Shipped\n2,25/04/2025 10:00,RU,1,USD,Shipped\n',
    );
    const { records } = await parseImport(bytes, 'o.csv', 'orders', { timeZoneOffsetMinutes: 0 });
    expect(records.map((order) => order.placedAtIso.slice(0, 10))).toEqual(['2025-04-03', '2025-04-25']);
  });
});
