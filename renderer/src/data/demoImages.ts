import { DEMO_IMAGE_KINDS } from '@shared/bridge/channels/media';
import type { MediaItem, Product } from '@shared/domain/types';
import { fnv1a32 } from '@shared/photos/fileName';
import { call } from '../bridge/client';
import type { WorkstationDb } from '../db/db';

/** Images per bridge call: each call stays short, so progress moves and nothing waits long behind it. */
const BATCH = 20;
/** About one demo product in nine is left without a photo, as in a real shop's backlog ("Blocked"). */
const WITHOUT_PHOTO_EVERY = 9;

const kindOf = (category: string) =>
  (DEMO_IMAGE_KINDS as readonly string[]).includes(category)
    ? (category as (typeof DEMO_IMAGE_KINDS)[number])
    : 'phone-accessories';

/** Which demo products get a drawn main image: all but a deterministic few. */
export function productsToIllustrate(products: readonly Product[]): Product[] {
  return [...products]
    .sort((a, b) => a.code.localeCompare(b.code))
    .filter((_, index) => index % WITHOUT_PHOTO_EVERY !== WITHOUT_PHOTO_EVERY - 1);
}

/**
 * Gives the demo stores' products main images drawn on the Node side (sharp), stored in the media library like
 * processed photos, and records them: a media row per image (owned by its product) and the product's
 * mainImageIds. Runs after the worker has written the store; reports images done of total.
 */
export async function illustrateDemoProducts(
  db: WorkstationDb,
  storeIds: readonly string[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<number> {
  const products = productsToIllustrate(
    await db.products
      .where('storeId')
      .anyOf([...storeIds])
      .toArray(),
  );
  let done = 0;
  for (let start = 0; start < products.length; start += BATCH) {
    const batch = products.slice(start, start + BATCH);
    const { images } = await call('media:drawDemoImages', {
      images: batch.map((p) => ({
        key: p.id,
        kind: kindOf(p.category),
        hue: parseInt(fnv1a32(p.code), 16) % 360,
        caption: p.code.replace(/[^A-Za-z0-9 ._-]/g, '').slice(0, 24),
      })),
    });
    const byId = new Map(batch.map((p) => [p.id, p]));
    const now = Date.now();
    const rows: MediaItem[] = images.flatMap((image) => {
      const product = byId.get(image.key);
      if (!product) return [];
      return [
        {
          id: `${product.storeId}:media:${image.sha256}`,
          storeId: product.storeId,
          sha256: image.sha256,
          fileName: `${product.code}-main-image.jpg`,
          width: image.width,
          height: image.height,
          bytes: image.bytes,
          format: image.format,
          preset: 'main-image',
          productId: product.id,
          createdAt: now,
        },
      ];
    });
    await db.transaction('rw', db.media, db.products, async () => {
      await db.media.bulkPut(rows);
      for (const row of rows)
        await db.products.update(row.productId as string, {
          mainImageIds: [row.id],
        } satisfies Partial<Product>);
    });
    done += batch.length;
    onProgress(done, products.length);
  }
  return done;
}
