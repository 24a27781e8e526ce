import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MAX_DEMO_IMAGES_PER_CALL } from '@shared/bridge/channels/media';
import { buildCatalog } from '@shared/demo/catalog';
import type { DemoImageSpec } from '@shared/demo/productImages';
import { createIdFactory } from '@shared/util/ids';
import { createRng } from '@shared/util/prng';
import { openWorkstationDb } from '../db/db';
import { attachDemoImages, type DrawnImage } from './demoImages';

async function seededDb() {
  const db = openWorkstationDb(`demo-images-${crypto.randomUUID()}`);
  const catalog = buildCatalog(createRng('attach-test'), createIdFactory(createRng('ids')), '2026-01-01');
  await db.stores.bulkPut(catalog.stores);
  await db.products.bulkPut(catalog.products.map((p) => p.product));
  await db.skus.bulkPut(catalog.products.flatMap((p) => p.skus));
  return { db, storeIds: catalog.stores.map((s) => s.id) };
}

/** Stands in for the Node side: a distinct address per picture, the size it was asked for. */
function fakeDraw(calls: DemoImageSpec[][]) {
  return async (specs: DemoImageSpec[]): Promise<DrawnImage[]> => {
    calls.push(specs);
    return specs.map((spec, i) => ({
      key: spec.key,
      sha256: `${calls.length.toString(16).padStart(4, '0')}${i.toString(16).padStart(60, '0')}`,
      format: 'jpeg',
      width: spec.side,
      height: spec.side,
      bytes: 30_000,
      phash: '0123456789abcdef',
      colours: 'ff0000'.repeat(9),
    }));
  };
}

describe('attachDemoImages', () => {
  it('gives products their drawn pictures, linked both ways, in calls within the channel limit', async () => {
    const { db, storeIds } = await seededDb();
    const calls: DemoImageSpec[][] = [];
    const progress: [number, number][] = [];
    const outcome = await attachDemoImages(db, storeIds, {
      draw: fakeDraw(calls),
      onProgress: (done, total) => progress.push([done, total]),
      isCancelled: () => false,
    });
    expect(calls.every((c) => c.length <= MAX_DEMO_IMAGES_PER_CALL)).toBe(true);
    const media = await db.media.toArray();
    expect(media).toHaveLength(outcome.images);
    expect(progress.at(-1)).toEqual([outcome.images, outcome.images]);
    const products = await db.products.toArray();
    const withImages = products.filter((p) => p.mainImageIds.length > 0);
    expect(withImages.length).toBe(outcome.products);
    expect(withImages.length).toBeLessThan(products.length);
    const byId = new Map(media.map((m) => [m.id, m]));
    for (const product of withImages) {
      for (const id of product.mainImageIds) expect(byId.get(id)?.productId).toBe(product.id);
      expect(byId.get(product.mainImageIds[0]!)?.fileName).toBe(`${product.code}_1.jpg`);
    }
    const skusWithImage = (await db.skus.toArray()).filter((s) => s.imageId);
    expect(skusWithImage.length).toBeGreaterThan(0);
    for (const sku of skusWithImage) expect(byId.get(sku.imageId!)?.productId).toBe(sku.productId);
    // Nothing dated after the product itself: the demo has no future timestamps.
    const createdAt = new Map(products.map((p) => [p.id, p.createdAt]));
    expect(media.every((m) => m.createdAt === createdAt.get(m.productId!))).toBe(true);
  });

  it('stops between batches on cancel and leaves no product pointing at a missing picture', async () => {
    const { db, storeIds } = await seededDb();
    const calls: DemoImageSpec[][] = [];
    await attachDemoImages(db, storeIds, {
      draw: fakeDraw(calls),
      onProgress: () => undefined,
      isCancelled: () => calls.length >= 2,
    });
    expect(calls).toHaveLength(2);
    const ids = new Set((await db.media.toArray()).map((m) => m.id));
    const referenced = (await db.products.toArray()).flatMap((p) => p.mainImageIds);
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.every((id) => ids.has(id))).toBe(true);
  });

  it('writes nothing for a batch whose pictures did not come back', async () => {
    const { db, storeIds } = await seededDb();
    await expect(
      attachDemoImages(db, storeIds, {
        draw: async () => [],
        onProgress: () => undefined,
        isCancelled: () => false,
      }),
    ).rejects.toThrow(/was not drawn/);
    expect(await db.media.count()).toBe(0);
    expect((await db.products.toArray()).every((p) => p.mainImageIds.length === 0)).toBe(true);
  });
});
