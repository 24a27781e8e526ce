import { describe, expect, it } from 'vitest';
import { parseSnapshotFile } from './snapshotImport';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseSnapshotFile', () => {
  it('reads Chinese headers, links, rounded counts and free shipping; reports a bad row without losing the others', async () => {
    const file = [
      '竞品快照',
      '商品链接,店铺,日期,价格,已售,评分,评价数,运费',
      'https://aliexpress.ru/item/1005006123456789.html,Lumina,2026-11-20,US $10.50,"10,000+",4.8,3411,免运费',
      '1005006123456789,Lumina,2026-11-27,US $8.00,20000+,4.8,3500,US $1.20',
      'xyz,,2026-11-27,8,1,4,1,',
      ',Other,2026-13-40,8,1,4,1,',
    ].join('\n');
    const result = await parseSnapshotFile(bytes(file), 'snap.csv');
    expect(result.rows).toHaveLength(2);
    expect(result.rows[0]).toMatchObject({
      itemId: '1005006123456789',
      day: '2026-11-20',
      price: { amount: 1050, currency: 'USD' },
      sold: 10000,
      soldRounded: true,
      shipping: { amount: 0, currency: 'USD' },
    });
    expect(result.rows[1]?.shipping?.amount).toBe(120);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [5, '商品链接'],
      [6, '日期'],
    ]);
  });
});
