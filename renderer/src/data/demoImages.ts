import { MAX_DEMO_IMAGES_PER_CALL } from '@shared/bridge/channels/media';
import {
  planProductImages,
  specsOf,
  type DemoImageSpec,
  type ProductImagePlan,
} from '@shared/demo/productImages';
import type { MediaItem, Product, Sku } from '@shared/domain/types';
import type { WorkstationDb } from '../db/db';
import { newId } from './ids';

/** What the Node side answers for one drawn picture (the `media:drawDemoImages` channel). */
export interface DrawnImage {
  key: string;
  sha256: string;
  format: 'jpeg';
  width: number;
  height: number;
  bytes: number;
  phash: string;
  colours: string;
}

export interface AttachDemoImagesOptions {
  draw(specs: DemoImageSpec[]): Promise<DrawnImage[]>;
  onProgress(done: number, total: number): void;
  isCancelled(): boolean;
}

/**
 * Gives the demo stores' products their pictures: each product's plan (shared/demo/productImages.ts) is drawn on the
 * Node side into the media library, then its media rows, main images and SKU images are written in one
 * transaction per batch, so a product never points at a picture that is not there. A cancel stops between batches;
 * the products drawn so far keep their pictures, the rest wait for photos as a real catalogue's would.
 */
export async function attachDemoImages(
  db: WorkstationDb,
  storeIds: readonly string[],
  options: AttachDemoImagesOptions,
): Promise<{ products: number; images: number }> {
  const [products, skus] = await Promise.all([
    db.products.where('storeId').anyOf(storeIds).toArray(),
    db.skus.where('storeId').anyOf(storeIds).toArray(),
  ]);
  const skusByProduct = new Map<string, Sku[]>();
  for (const sku of skus)
    skusByProduct.set(sku.productId, [...(skusByProduct.get(sku.productId) ?? []), sku]);
  const plans = products
    .map((product) => ({ product, plan: planProductImages(product, skusByProduct.get(product.id) ?? []) }))
    .filter(({ plan }) => plan.main.length > 0);
  const total = plans.reduce((sum, { plan }) => sum + specsOf(plan).length, 0);
  let done = 0;
  options.onProgress(0, total);
  for (const batch of batchesOf(plans, MAX_DEMO_IMAGES_PER_CALL)) {
    if (options.isCancelled()) break;
    const drawn = await options.draw(batch.flatMap(({ plan }) => specsOf(plan)));
    await writeBatch(db, batch, new Map(drawn.map((image) => [image.key, image])));
    done += batch.reduce((sum, { plan }) => sum + specsOf(plan).length, 0);
    options.onProgress(done, total);
  }
  return { products: plans.length, images: done };
}

type Planned = { product: Product; plan: ProductImagePlan };

/** Whole products per batch (a gallery is never split across calls), each batch within the channel's limit. */
function batchesOf(plans: readonly Planned[], limit: number): Planned[][] {
  const batches: Planned[][] = [];
  let current: Planned[] = [];
  let size = 0;
  for (const planned of plans) {
    const count = specsOf(planned.plan).length;
    if (current.length > 0 && size + count > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(planned);
    size += count;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

async function writeBatch(
  db: WorkstationDb,
  batch: readonly Planned[],
  drawn: ReadonlyMap<string, DrawnImage>,
): Promise<void> {
  await db.transaction('rw', db.media, db.products, db.skus, async () => {
    for (const { product, plan } of batch) {
      const mediaRow = (spec: DemoImageSpec, skuId?: string): MediaItem => {
        const image = drawn.get(spec.key);
        if (!image) throw new Error(`The picture ${spec.key} was not drawn`);
        return {
          id: newId('m'),
          storeId: product.storeId,
          sha256: image.sha256,
          fileName: `${spec.key}.jpg`,
          width: image.width,
          height: image.height,
          bytes: image.bytes,
          format: image.format,
          phash: image.phash,
          colours: image.colours,
          productId: product.id,
          ...(skuId ? { skuId } : {}),
          // The photos came with the product: nothing in the demo is dated after the moment it is made.
          createdAt: product.createdAt,
        };
      };
      const main = plan.main.map((spec) => mediaRow(spec));
      const skuMedia = plan.skuImages.map(({ spec, skuIds }) => ({ row: mediaRow(spec, skuIds[0]), skuIds }));
      await db.media.bulkAdd([...main, ...skuMedia.map((s) => s.row)]);
      await db.products.update(product.id, {
        mainImageIds: main.map((m) => m.id),
      } satisfies Partial<Product>);
      for (const { row, skuIds } of skuMedia)
        await db.skus
          .where('id')
          .anyOf(skuIds)
          .modify({ imageId: row.id } satisfies Partial<Sku>);
    }
  });
}
