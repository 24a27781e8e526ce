import { describe, expect, it } from 'vitest';
import type { FileResultView } from '@shared/bridge/channels/photos';
import type { Product, Sku } from '@shared/domain/types';
import { openWorkstationDb } from '../../db/db';
import { packageProducts } from './exportPackage';
import { appendMainImages, attachMainImages, attachSkuImage, moveItem, recordOutputs } from './mediaRecords';
import { duplicateCandidates } from './nearDuplicates';
import { selectedMediaIds } from './PhotoStudio';

let n = 0;
const newId = () => `med${++n}`;

const output = (sha: string, preset = 'main-image') => ({
  preset,
  sha256: sha.repeat(64),
  uploadName: `case-${sha}.jpg`,
  width: 1000,
  height: 1000,
  bytes: 120_000,
  format: 'jpeg' as const,
  quality: 88,
  phash: '0f0f0f0f0f0f0f0f',
  colours: '808080'.repeat(9),
});
const result = (name: string, outputs: FileResultView['outputs']): FileResultView => ({
  stagedId: `stg_${'0'.repeat(36)}`,
  name,
  status: 'ok',
  issues: [],
  outputs,
  ms: 5,
});

const product = (id: string, mainImageIds: string[] = []): Product => ({
  id,
  storeId: 's1',
  code: id.toUpperCase(),
  title: { en: `Product ${id}` },
  description: {},
  category: 'phone-accessories',
  attributes: {},
  weightGrams: 90,
  packageCm: { length: 1, width: 1, height: 1 },
  handlingDays: 3,
  mainImageIds,
  createdAt: 1,
  updatedAt: 1,
});
const sku = (id: string, productId: string): Sku => ({
  id,
  productId,
  storeId: 's1',
  code: `${id}-C`,
  options: { colour: 'Black' },
  price: { amount: 1250, currency: 'USD' },
  cost: { amount: 300, currency: 'USD' },
  stock: 5,
});

describe('media records', () => {
  it('records one MediaItem per output and reuses the row for the same bytes in the same store', async () => {
    const db = openWorkstationDb(`media-${Math.random()}`);
    const first = await recordOutputs(
      db,
      's1',
      result('红色.jpg', [output('a'), output('b', 'sku-image')]),
      newId,
      10,
    );
    const again = await recordOutputs(db, 's1', result('红色 copy.jpg', [output('a')]), newId, 11);
    const otherStore = await recordOutputs(db, 's2', result('x.jpg', [output('a')]), newId, 12);
    expect(again).toEqual([first[0]]);
    expect(otherStore[0]).not.toBe(first[0]);
    expect(await db.media.get(first[0]!)).toMatchObject({
      storeId: 's1',
      sha256: 'a'.repeat(64),
      fileName: 'case-a.jpg',
      width: 1000,
      format: 'jpeg',
      phash: '0f0f0f0f0f0f0f0f',
      preset: 'main-image',
      sourceName: '红色.jpg',
      createdAt: 10,
    });
    expect(await recordOutputs(db, 's1', result('bad.jpg', []), newId)).toEqual([]);
    db.close();
  });

  it('appends main images without repeats, up to six, and says what did not fit', () => {
    expect(appendMainImages(['a', 'b'], ['b', 'c'])).toEqual({ ids: ['a', 'b', 'c'], skipped: 0 });
    expect(appendMainImages(['1', '2', '3', '4', '5'], ['6', '7', '8'])).toEqual({
      ids: ['1', '2', '3', '4', '5', '6'],
      skipped: 2,
    });
  });

  it('moves an image one place, and not past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('attaches main images and a SKU image, linking the media rows', async () => {
    const db = openWorkstationDb(`attach-${Math.random()}`);
    await db.products.add(product('p1', ['m0']));
    await db.skus.add(sku('k1', 'p1'));
    const ids = await recordOutputs(db, 's1', result('a.jpg', [output('c'), output('d')]), newId);
    expect(await attachMainImages(db, 'p1', ids, 50)).toEqual({ attached: 2, skipped: 0 });
    expect((await db.products.get('p1'))?.mainImageIds).toEqual(['m0', ...ids]);
    expect((await db.media.get(ids[0]!))?.productId).toBe('p1');
    await attachSkuImage(db, 'k1', ids[1]!);
    expect((await db.skus.get('k1'))?.imageId).toBe(ids[1]);
    expect(await db.media.get(ids[1]!)).toMatchObject({ productId: 'p1', skuId: 'k1' });
    await expect(attachMainImages(db, 'nope', ids)).rejects.toThrow('not found');
    db.close();
  });

  it('reads selected products into the export package shape, images in order', async () => {
    const db = openWorkstationDb(`export-${Math.random()}`);
    const ids = await recordOutputs(db, 's1', result('a.jpg', [output('e'), output('f')]), newId);
    await db.products.add(product('p1', [ids[1]!, 'missing', ids[0]!]));
    await db.skus.bulkAdd([{ ...sku('k1', 'p1'), imageId: ids[0] }, sku('k2', 'p1')]);
    const [packaged] = await packageProducts(db, ['p1']);
    expect(packaged?.mainImages.map((m) => m.fileName)).toEqual(['case-f.jpg', 'case-e.jpg']);
    expect(packaged?.skus).toEqual([
      {
        code: 'k1-C',
        options: { colour: 'Black' },
        price: { amount: 1250, currency: 'USD' },
        stock: 5,
        image: { sha256: 'e'.repeat(64), format: 'jpeg', fileName: 'case-e.jpg' },
      },
      { code: 'k2-C', options: { colour: 'Black' }, price: { amount: 1250, currency: 'USD' }, stock: 5 },
    ]);
    db.close();
  });
});

describe('studio selection and duplicate candidates', () => {
  it('takes the media ids of selected results in display order', () => {
    const items = [
      { key: 'a', name: 'a', size: 1, mediaIds: ['m1', 'm2'] },
      { key: 'b', name: 'b', size: 1, mediaIds: ['m3'] },
      { key: 'c', name: 'c', size: 1 },
    ];
    expect(selectedMediaIds(items, new Set(['b']))).toEqual(['m1', 'm2']);
  });

  it("compares one image per source photo, so a photo's own main and SKU image are not flagged", () => {
    const base = {
      storeId: 's1',
      sha256: 'x',
      fileName: 'x',
      width: 1,
      height: 1,
      bytes: 1,
      format: 'jpeg' as const,
      createdAt: 1,
    };
    const candidates = duplicateCandidates([
      { ...base, id: '1', phash: 'aa', sourceName: 'red.jpg', preset: 'main-image' },
      { ...base, id: '2', phash: 'ab', sourceName: 'red.jpg', preset: 'sku-image' },
      { ...base, id: '3', phash: 'aa', sourceName: 'red copy.jpg' },
      { ...base, id: '4' },
    ]);
    expect(candidates.map((c) => c.id)).toEqual(['1', '3']);
  });
});
