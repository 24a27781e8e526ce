import { describe, expect, it } from 'vitest';
import type { Product, Sku, Store } from '@shared/domain/types';
import { countByReadiness, filterCatalog, toCatalogRows } from './catalogRows';

const store: Store = {
  id: 's',
  name: 'S',
  hostingMode: 'semi-managed',
  currency: 'USD',
  createdAt: 0,
  isDemo: false,
};
const product = (id: string, title: string, updatedAt: number, mode?: Product['hostingMode']): Product => ({
  id,
  storeId: 's',
  code: `C-${id}`,
  title: { en: title, ru: `ru ${title}` },
  description: {},
  category: id === 'a' ? 'led-lighting' : 'kitchen-tools',
  attributes: {},
  weightGrams: 100,
  packageCm: { length: 1, width: 1, height: 1 },
  handlingDays: 5,
  hostingMode: mode,
  mainImageIds: [],
  createdAt: 0,
  updatedAt,
});
const sku = (productId: string, price: number, stock: number): Sku => ({
  id: `${productId}-${price}`,
  productId,
  storeId: 's',
  code: 'x',
  options: {},
  price: { amount: price, currency: 'USD' },
  cost: { amount: 1, currency: 'USD' },
  stock,
});

describe('catalog rows', () => {
  const rows = toCatalogRows(
    store,
    [product('a', 'LED strip', 2), product('b', 'Garlic press', 1, 'fully-managed')],
    [sku('a', 500, 3), sku('a', 900, 4), sku('b', 300, 1)],
  );

  it('summarises SKUs and inherits the store mode', () => {
    expect(rows[0]).toMatchObject({
      skuCount: 2,
      minPrice: 500,
      maxPrice: 900,
      stock: 7,
      mode: 'semi-managed',
      languages: ['en', 'ru'],
    });
    expect(rows[1]).toMatchObject({ mode: 'fully-managed', stock: 1 });
  });

  it('searches title and code, filters category, sorts', () => {
    expect(filterCatalog(rows, { text: 'garlic', sort: 'updated' }).map((r) => r.id)).toEqual(['b']);
    expect(filterCatalog(rows, { text: 'c-a', sort: 'updated' }).map((r) => r.id)).toEqual(['a']);
    expect(
      filterCatalog(rows, { text: '', category: 'led-lighting', sort: 'updated' }).map((r) => r.id),
    ).toEqual(['a']);
    expect(filterCatalog(rows, { text: '', sort: 'stock' }).map((r) => r.id)).toEqual(['b', 'a']);
    expect(filterCatalog(rows, { text: '', sort: 'title' }).map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('catalog rows and the listing check', () => {
  const photo = {
    id: 'm1',
    storeId: 's',
    sha256: 'a'.repeat(64),
    fileName: 'C-a_1.jpg',
    width: 1000,
    height: 1000,
    bytes: 1000,
    format: 'jpeg' as const,
    createdAt: 0,
  };
  const rows = toCatalogRows(
    store,
    [{ ...product('a', 'LED strip', 2), mainImageIds: ['m1'] }, product('b', 'Garlic press', 1)],
    [sku('a', 500, 3), sku('b', 300, 1)],
    [photo],
  );

  it('carries the first main image and filters and counts by readiness', () => {
    expect(rows.find((r) => r.id === 'a')?.image?.id).toBe('m1');
    expect(rows.find((r) => r.id === 'b')?.image).toBeUndefined();
    expect(rows.find((r) => r.id === 'b')?.readiness).toBe('blocked');
    const blocked = filterCatalog(rows, { text: '', readiness: 'blocked', sort: 'updated' });
    expect(blocked.map((r) => r.id)).toEqual(['b']);
    const counts = countByReadiness(rows);
    expect(counts.blocked).toBe(1);
    expect(counts.ready + counts['needs-fixes']).toBe(1);
  });
});
