import { describe, expect, it } from 'vitest';
import { checkListing } from '@shared/catalog/listingRules';
import { openWorkstationDb } from '../../db/db';
import { formFromProduct, newProductForm, newSkuForm, recordsFromForm } from './productForm';
import { bulkEditProducts, deleteProduct, duplicateProduct, saveProduct } from './productRepo';

let n = 0;
const id = () => `id${++n}`;

function sampleRecords() {
  const form = newProductForm('p1', 's1', 'k1', 1000);
  form.code = 'LED-01';
  form.title.en = 'LED strip 5 m RGB';
  form.title.ru = 'Светодиодная лента 5 м';
  form.weightGrams = 250;
  form.description.en = '<p>Bright RGB strip with remote</p>';
  Object.assign(form, { length: 20, width: 15, height: 4 });
  const sku = { ...newSkuForm('k1', 'LED-01-W'), colour: 'White', price: 12.99, cost: 5.5, stock: 40 };
  return recordsFromForm(
    form,
    [sku, { ...newSkuForm('k2', 'LED-01-R'), colour: 'RGB', price: 15.49, cost: 6, stock: 10 }],
    'USD',
    2000,
  );
}

describe('product form and repository', () => {
  it('turns the form into records with minor units, and back', () => {
    const { product, skus } = sampleRecords();
    expect(product.title).toEqual({ en: 'LED strip 5 m RGB', ru: 'Светодиодная лента 5 м' });
    expect(product.hostingMode).toBeUndefined();
    expect(skus[0]).toMatchObject({
      price: { amount: 1299, currency: 'USD' },
      cost: { amount: 550, currency: 'USD' },
      options: { colour: 'White' },
    });
    const back = formFromProduct(product, skus);
    expect(back.skus[1]?.price).toBe(15.49);
    expect(back.title.pt).toBe('');
  });

  it('runs the listing check on the records: no images blocks, nothing else wrong', () => {
    const { product, skus } = sampleRecords();
    const check = checkListing({ product, skus, media: [] });
    expect(check.status).toBe('blocked');
    expect(check.fixes.map((f) => f.ruleId)).toEqual(['main-image-count']);
  });

  it('keeps a blank weight blank, and the internal name, through save and load', () => {
    const form = newProductForm('p9', 's1', 'k1', 1000);
    form.internalName = ' 七彩灯带 ';
    const { product, skus } = recordsFromForm(form, [newSkuForm('k1')], 'USD', 2000);
    expect(product.weightGrams).toBeUndefined();
    expect(product.internalName).toBe('七彩灯带');
    const back = formFromProduct(product, skus);
    expect(back.weightGrams).toBe('');
    expect(back.internalName).toBe('七彩灯带');
    expect(checkListing({ product, skus, media: [] }).fixes.map((f) => f.ruleId)).toContain(
      'weight-required',
    );
  });

  it('keeps the SKUs in the order the seller put them, whatever their ids', async () => {
    const db = openWorkstationDb(`catalog-order-${Math.random()}`);
    const form = newProductForm('p2', 's1', 'z', 1000);
    const sizes = ['S', 'M', 'L', 'XL'];
    const ids = ['sku_f', 'sku_a', 'sku_z', 'sku_c'];
    const forms = ids.map((skuId, i) => ({ ...newSkuForm(skuId, `C-${sizes[i]}`), size: sizes[i]! }));
    const { product, skus } = recordsFromForm(form, forms, 'USD', 2000);
    await saveProduct(db, product, skus);
    const loaded = await db.skus.where('productId').equals('p2').toArray();
    expect(formFromProduct(product, loaded).skus.map((s) => s.size)).toEqual(sizes);
    db.close();
  });

  it('marks a photo as belonging to the product once it is one of its images', async () => {
    const db = openWorkstationDb(`catalog-media-${Math.random()}`);
    const photo = (mediaId: string) => ({
      id: mediaId,
      storeId: 's1',
      sha256: 'a'.repeat(64),
      fileName: `${mediaId}.jpg`,
      width: 1000,
      height: 1000,
      bytes: 1000,
      format: 'jpeg' as const,
      createdAt: 0,
    });
    await db.media.bulkAdd([photo('m1'), photo('m2'), photo('m3')]);
    const { product, skus } = sampleRecords();
    await saveProduct(db, { ...product, mainImageIds: ['m1'] }, [{ ...skus[0]!, imageId: 'm2' }]);
    expect((await db.media.get('m1'))?.productId).toBe('p1');
    expect(await db.media.get('m2')).toMatchObject({ productId: 'p1', skuId: 'k1' });
    expect((await db.media.get('m3'))?.productId).toBeUndefined();
    db.close();
  });

  it('saves, removes dropped SKUs, duplicates, bulk-edits and deletes', async () => {
    const db = openWorkstationDb(`catalog-${Math.random()}`);
    const { product, skus } = sampleRecords();
    await saveProduct(db, product, skus);
    await saveProduct(db, product, skus.slice(0, 1));
    expect(await db.skus.where('productId').equals('p1').count()).toBe(1);

    const copy = await duplicateProduct(db, 'p1', id, 3000);
    expect(copy?.code).toBe('LED-01-COPY');
    expect(
      await db.skus
        .where('productId')
        .equals(copy?.id ?? '')
        .count(),
    ).toBe(1);

    await bulkEditProducts(db, ['p1', copy?.id ?? ''], { pricePercent: 10, stock: 7 }, 4000);
    const edited = await db.skus.toArray();
    expect(edited.map((s) => s.price.amount)).toEqual([1429, 1429]);
    expect(edited.every((s) => s.stock === 7)).toBe(true);

    await deleteProduct(db, 'p1');
    expect(await db.products.count()).toBe(1);
    expect(await db.skus.where('productId').equals('p1').count()).toBe(0);
    db.close();
  });
});
