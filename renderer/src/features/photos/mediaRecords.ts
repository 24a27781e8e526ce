import type { FileResultView } from '@shared/bridge/channels/photos';
import type { MediaItem, Product } from '@shared/domain/types';
import { LISTING_LIMITS } from '@shared/catalog/listingRules';
import type { WorkstationDb } from '../../db/db';

/**
 * One MediaItem per output of a finished file. The same bytes already in this store's library (a photo processed
 * twice) reuse their row, so the library and the duplicate view don't fill with copies. Returns the ids in the
 * order of the outputs.
 */
export async function recordOutputs(
  db: WorkstationDb,
  storeId: string,
  result: FileResultView,
  newId: () => string,
  now = Date.now(),
): Promise<string[]> {
  if (result.outputs.length === 0) return [];
  return db.transaction('rw', db.media, async () => {
    const ids: string[] = [];
    for (const output of result.outputs) {
      const existing = await db.media
        .where('sha256')
        .equals(output.sha256)
        .filter((m) => m.storeId === storeId)
        .first();
      if (existing) {
        ids.push(existing.id);
        continue;
      }
      const item: MediaItem = {
        id: newId(),
        storeId,
        sha256: output.sha256,
        fileName: output.uploadName,
        width: output.width,
        height: output.height,
        bytes: output.bytes,
        format: output.format,
        phash: output.phash,
        colours: output.colours,
        preset: output.preset,
        sourceName: result.name,
        createdAt: now,
      };
      await db.media.add(item);
      ids.push(item.id);
    }
    return ids;
  });
}

export const MAX_MAIN_IMAGES = LISTING_LIMITS.mainImagesMax;

/** Appends to a list of main images without repeats, up to the platform's six; says what did not fit. */
export function appendMainImages(
  current: readonly string[],
  added: readonly string[],
): { ids: string[]; skipped: number } {
  const ids = [...current];
  let skipped = 0;
  for (const id of added) {
    if (ids.includes(id)) continue;
    if (ids.length >= MAX_MAIN_IMAGES) skipped++;
    else ids.push(id);
  }
  return { ids, skipped };
}

/** Makes media the product's main images (appended, in order, max six) and links the media rows to it. */
export async function attachMainImages(
  db: WorkstationDb,
  productId: string,
  mediaIds: readonly string[],
  now = Date.now(),
): Promise<{ attached: number; skipped: number }> {
  return db.transaction('rw', db.products, db.media, async () => {
    const product = await db.products.get(productId);
    if (!product) throw new Error(`Product ${productId} not found`);
    const { ids, skipped } = appendMainImages(product.mainImageIds, mediaIds);
    const attached = ids.length - product.mainImageIds.length;
    await db.products.update(productId, { mainImageIds: ids, updatedAt: now } satisfies Partial<Product>);
    await db.media.where('id').anyOf(ids).modify({ productId });
    return { attached, skipped };
  });
}

export async function attachSkuImage(
  db: WorkstationDb,
  skuId: string,
  mediaId: string,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.skus, db.products, db.media, async () => {
    const sku = await db.skus.get(skuId);
    if (!sku) throw new Error(`SKU ${skuId} not found`);
    await db.skus.update(skuId, { imageId: mediaId });
    await db.products.update(sku.productId, { updatedAt: now });
    await db.media.update(mediaId, { productId: sku.productId, skuId });
  });
}

/** Moves one id a step up or down; the order of main images is the order buyers see them in. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}
