import { describe, expect, it } from 'vitest';
import type { Order, OrderLine, Product, Sku } from '@shared/domain/types';
import { pickRows } from './PrintView';

const product = (id: string, extra: Partial<Product> = {}) =>
  ({
    id,
    code: id.toUpperCase(),
    title: { en: `English ${id}` },
    mainImageIds: [`img-${id}`],
    ...extra,
  }) as Product;
const sku = (id: string, productId: string, extra: Partial<Sku> = {}) =>
  ({ id, productId, code: `SKU-${id}`, options: { colour: 'Black' }, ...extra }) as Sku;
const line = (orderId: string, productId: string, skuId: string, quantity: number) =>
  ({ id: `${orderId}-${skuId}`, orderId, productId, skuId, quantity, title: 'from order' }) as OrderLine;

describe('pick list rows', () => {
  it('adds up a SKU over orders, names it in Chinese, carries its image and bin, walks the bins in order', () => {
    const products = new Map([
      ['p1', product('p1', { internalName: '黑色手机壳' })],
      ['p2', product('p2')],
    ]);
    const skus = new Map([
      ['k1', sku('k1', 'p1', { imageId: 'img-k1' })],
      ['k2', sku('k2', 'p2')],
      ['k3', sku('k3', 'p2')],
    ]);
    const orders = [{ id: 'o1' }, { id: 'o2' }] as Order[];
    const lines = [
      line('o1', 'p1', 'k1', 1),
      line('o2', 'p1', 'k1', 2),
      line('o2', 'p2', 'k2', 1),
      line('o2', 'p2', 'k3', 1),
      line('o9', 'p2', 'k2', 5),
    ];
    const rows = pickRows(
      orders,
      lines,
      products,
      skus,
      new Map([
        ['k2', 'A-01'],
        ['k1', 'B-07'],
      ]),
    );
    expect(rows.map((r) => [r.code, r.bin, r.quantity, r.title, r.imageId])).toEqual([
      ['SKU-k2', 'A-01', 1, 'English p2', 'img-p2'],
      ['SKU-k1', 'B-07', 3, '黑色手机壳', 'img-k1'],
      ['SKU-k3', '', 1, 'English p2', 'img-p2'],
    ]);
  });
});
