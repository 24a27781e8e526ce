import { describe, expect, it } from 'vitest';
import { openWorkstationDb } from '../../db/db';
import {
  clearProductDraft,
  loadProductDraft,
  migrateLegacyProductDrafts,
  productDraftKey,
  saveProductDraft,
} from './productDrafts';

let count = 0;
const freshDb = () => openWorkstationDb(`product-drafts-${Date.now()}-${count++}`);

function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

describe('product drafts', () => {
  it('keeps one stable slot for the unsaved new product of a store', async () => {
    const db = freshDb();
    const key = productDraftKey('prd_a', 's1', true);
    expect(key).toBe(productDraftKey('prd_b', 's1', true));
    await saveProductDraft(db, { key, storeId: 's1', productId: 'prd_a', value: { form: { code: 'X' } } }, 5);
    expect(await loadProductDraft(db, key)).toEqual({
      productId: 'prd_a',
      value: { form: { code: 'X' } },
      updatedAt: 5,
    });
    await clearProductDraft(db, key);
    expect(await loadProductDraft(db, key)).toBeUndefined();
  });

  it('moves localStorage drafts: saved products to their row, the newest orphan per store to the new slot', async () => {
    const db = freshDb();
    await db.products.put({ id: 'prd_saved', storeId: 's1' } as never);
    const legacy = (storeId: string, createdAt: number) =>
      JSON.stringify({ form: { storeId, createdAt }, skus: [] });
    const storage = memoryStorage({
      'sw.draft.product.prd_saved': legacy('s1', 1),
      'sw.draft.product.prd_old': legacy('s1', 2),
      'sw.draft.product.prd_newest': legacy('s1', 3),
      'sw.draft.product.prd_broken': '{not json',
      'sw.lang': 'zh',
    });
    expect(await migrateLegacyProductDrafts(db, storage)).toBe(2);
    expect((await loadProductDraft(db, 'prd_saved'))?.productId).toBe('prd_saved');
    expect((await loadProductDraft(db, 'new:s1'))?.productId).toBe('prd_newest');
    expect(storage.length).toBe(1);
    expect(storage.getItem('sw.lang')).toBe('zh');
    expect(await migrateLegacyProductDrafts(db, storage)).toBe(0);
  });
});
