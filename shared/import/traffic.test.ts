import { describe, expect, it } from 'vitest';
import { encodeGbk, encodeUtf8 } from './__fixtures__/orders-table';
import { parseImport } from './index';

describe('traffic exports', () => {
  it('reads Chinese headers in GBK, keeping the calendar day as written', async () => {
    const text =
      '商品流量报表\n日期,商品ID,商品名称,访客数,浏览量,加购人数,支付订单数\n2025-11-11,1005001,手机壳,"1,204",3300,57,12\n2025/11/12,1005001,手机壳,980,2100,40,9\n';
    const { check, records } = await parseImport(encodeGbk(text), 'traffic.csv', 'traffic');
    expect(check).toMatchObject({ encoding: 'gbk', headerRow: 2, rows: 2, valid: 2, records: 2, errors: [] });
    expect(records).toEqual([
      {
        day: '2025-11-11',
        productId: '1005001',
        productTitle: '手机壳',
        visitors: 1204,
        productViews: 3300,
        addToCarts: 57,
        orders: 12,
        row: 3,
      },
      {
        day: '2025-11-12',
        productId: '1005001',
        productTitle: '手机壳',
        visitors: 980,
        productViews: 2100,
        addToCarts: 40,
        orders: 9,
        row: 4,
      },
    ]);
  });

  it('treats missing metric columns as zero, and the last row of a day and product wins', async () => {
    const text = 'Date,Product ID,Visitors\n2025-11-11,p1,10\n2025-11-11,p2,5\n2025-11-11,p1,12\n';
    const { check, records } = await parseImport(encodeUtf8(text), 'traffic.csv', 'traffic');
    expect(check).toMatchObject({ rows: 3, valid: 3, duplicates: 1, records: 2 });
    expect(records.find((row) => row.productId === 'p1')).toMatchObject({
      visitors: 12,
      productViews: 0,
      addToCarts: 0,
      orders: 0,
      row: 4,
    });
  });

  it('reports bad counts and dates per row', async () => {
    const text = 'Date,Visitors,Page Views\n2025-11-11,-1,3\n11/31/2025,4,x\n2025-11-12,7,8\n';
    const { check, records } = await parseImport(encodeUtf8(text), 'traffic.csv', 'traffic');
    expect(records).toHaveLength(1);
    expect(check.errors).toEqual([
      {
        row: 2,
        column: 'Visitors',
        code: 'visitorsNegative',
        params: { value: '-1' },
        message: 'visitors must not be negative, got -1',
      },
      {
        row: 3,
        column: 'Date',
        code: 'dateUnreadable',
        params: { value: '11/31/2025' },
        message: expect.stringContaining('unreadable date "11/31/2025"'),
      },
      {
        row: 3,
        column: 'Page Views',
        code: 'notWholeNumber',
        params: { value: 'x' },
        message: '"x" is not a whole number',
      },
    ]);
  });

  it('needs a visitors column', async () => {
    const { check } = await parseImport(encodeUtf8('Date,Orders\n2025-11-11,3\n'), 'traffic.csv', 'traffic');
    expect(check.errors[0]).toMatchObject({
      column: 'visitors',
      message: expect.stringContaining('Visitors, 访客数'),
    });
  });
});
