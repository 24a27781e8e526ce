import { describe, expect, it } from 'vitest';
import { encodeGbk } from './__fixtures__/orders-table';
import { parseImport } from './index';

const enc = (text: string) => new TextEncoder().encode(text);

describe('promo-code column', () => {
  it.each([
    ['Promo code', 'english'],
    ['Coupon code', 'coupon'],
  ])('reads "%s" and keeps the code as written', async (header) => {
    const csv = `Order ID,Order Time,Country,Order Amount,Currency,Order Status,${header}\n1001,2025-03-01 10:00,RU,12.50,USD,Completed,Katya10\n1002,2025-03-01 11:00,RU,3.00,USD,Completed,\n`;
    const { records, check } = await parseImport(enc(csv), 'orders.csv', 'orders');
    expect(check.errorCount).toBe(0);
    expect(records[0]?.promoCode).toBe('Katya10');
    expect(records[1]).not.toHaveProperty('promoCode');
  });

  it.each(['促销码', '优惠码'])('reads the Chinese header %s in a GBK file', async (header) => {
    const csv = `订单号,下单时间,国家,订单金额,币种,订单状态,${header}\n2001,2025-03-01 10:00,RU,12.50,USD,交易完成,KATYA10\n`;
    const { records } = await parseImport(encodeGbk(csv), 'orders.csv', 'orders');
    expect(records[0]?.promoCode).toBe('KATYA10');
  });
});
