import type { Product, Sku } from '@shared/domain/types';
import type { WorkstationDb } from '../../db/db';
import { writeSkus } from '../../data/skuPrices';

/**
 * Saves a product and exactly the given SKUs (removed ones are deleted) in one transaction, and records on each
 * photo it now uses which product (and SKU) it belongs to, so the photo library no longer lists a product's main
 * image as "not attached".
 */
export async function saveProduct(db: WorkstationDb, product: Product, skus: Sku[]): Promise<void> {
  await db.transaction('rw', [db.products, db.skus, db.priceEvents, db.media], async () => {
    const keep = new Set(skus.map((s) => s.id));
    const existing = (await db.skus.where('productId').equals(product.id).primaryKeys()) as string[];
    await db.skus.bulkDelete(existing.filter((id) => !keep.has(id)));
    await db.products.put(product);
    await writeSkus(db, skus, 'editor', product.updatedAt);
    const unowned = (m: { productId?: string }) => !m.productId || m.productId === product.id;
    await db.media.where('id').anyOf(product.mainImageIds).filter(unowned).modify({ productId: product.id });
    for (const sku of skus)
      if (sku.imageId)
        await db.media
          .where('id')
          .equals(sku.imageId)
          .filter(unowned)
          .modify({ productId: product.id, skuId: sku.id });
  });
}

export async function deleteProduct(db: WorkstationDb, productId: string): Promise<void> {
  await db.transaction('rw', db.products, db.skus, async () => {
    await db.skus.where('productId').equals(productId).delete();
    await db.products.delete(productId);
  });
}

/** A copy with new ids and a "-COPY" code, so a seller can list a variant of a product quickly. */
export async function duplicateProduct(
  db: WorkstationDb,
  productId: string,
  newId: () => string,
  now: number,
): Promise<Product | undefined> {
  return db.transaction('rw', db.products, db.skus, db.priceEvents, async () => {
    const product = await db.products.get(productId);
    if (!product) return undefined;
    const skus = await db.skus.where('productId').equals(productId).toArray();
    const copy: Product = {
      ...product,
      id: newId(),
      code: `${product.code}-COPY`,
      createdAt: now,
      updatedAt: now,
    };
    await db.products.add(copy);
    await writeSkus(
      db,
      skus.map((s) => ({ ...s, id: newId(), productId: copy.id, code: s.code ? `${s.code}-COPY` : s.code })),
      'editor',
      now,
    );
    return copy;
  });
}

export interface BulkEdit {
  /** Percentage change of every SKU price, e.g. 10 or -5. */
  pricePercent?: number;
  /** New stock for every SKU. */
  stock?: number;
}

/** Applies a price change and/or a stock level to every SKU of the given products. */
export async function bulkEditProducts(
  db: WorkstationDb,
  productIds: string[],
  edit: BulkEdit,
  now: number,
): Promise<number> {
  return db.transaction('rw', db.products, db.skus, db.priceEvents, async () => {
    const skus = await db.skus.where('productId').anyOf(productIds).toArray();
    const factor = 1 + (edit.pricePercent ?? 0) / 100;
    await writeSkus(
      db,
      skus.map((s) => ({
        ...s,
        price:
          edit.pricePercent === undefined
            ? s.price
            : { ...s.price, amount: Math.max(0, Math.round(s.price.amount * factor)) },
        stock: edit.stock ?? s.stock,
      })),
      'bulk-edit',
      now,
    );
    await db.products.where('id').anyOf(productIds).modify({ updatedAt: now });
    return productIds.length;
  });
}
