import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Sku } from '@shared/domain/types';
import { openWorkstationDb } from '../db/db';
import { bulkEditProducts, saveProduct } from '../features/catalog/productRepo';
import { writeSkus } from './skuPrices';

const sku = (id: string, amount: number): Sku => ({
  id,
  productId: 'p1',
  storeId: 's1',
  code: id,
  options: {},
  price: { amount, currency: 'USD' },
  cost: { amount: 100, currency: 'USD' },
  stock: 1,
});

describe('writeSkus', () => {
  it('appends a price event for new SKUs and changed prices only, with time and source', async () => {
    const db = openWorkstationDb(`sku-prices-${crypto.randomUUID()}`);
    await db.transaction('rw', db.skus, db.priceEvents, () =>
      writeSkus(db, [sku('a', 500), sku('b', 700)], 'import', 1),
    );
    await db.transaction('rw', db.skus, db.priceEvents, () =>
      writeSkus(db, [sku('a', 500), sku('b', 650)], 'editor', 2),
    );
    const events = await db.priceEvents.orderBy('[skuId+at]').toArray();
    expect(events.map((e) => [e.skuId, e.price.amount, e.source, e.at])).toEqual([
      ['a', 500, 'import', 1],
      ['b', 700, 'import', 1],
      ['b', 650, 'editor', 2],
    ]);
  });

  it('is what the catalog editor save and the bulk edit call', async () => {
    const db = openWorkstationDb(`sku-prices-${crypto.randomUUID()}`);
    const product = {
      id: 'p1',
      storeId: 's1',
      code: 'P1',
      title: { en: 'x' },
      description: {},
      category: 'led-lighting',
      attributes: {},
      weightGrams: 1,
      packageCm: { length: 1, width: 1, height: 1 },
      handlingDays: 2,
      mainImageIds: [],
      createdAt: 1,
      updatedAt: 10,
    };
    await saveProduct(db, product, [sku('a', 1000)]);
    await bulkEditProducts(db, ['p1'], { pricePercent: -10 }, 20);
    const events = await db.priceEvents.where('[skuId+at]').between(['a', 0], ['a', Infinity]).toArray();
    expect(events.map((e) => [e.price.amount, e.source])).toEqual([
      [1000, 'editor'],
      [900, 'bulk-edit'],
    ]);
  });
});
