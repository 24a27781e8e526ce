import type { HostingMode, Store } from '@shared/domain/types';
import type { WorkstationDb } from '../../db/db';

/** The store's catalog as lookups, so an export's product id or SKU code finds the product and its mode. */
export interface CatalogIndex {
  /** The catalog product an export line refers to, by product id, product code (货号) or SKU code. */
  productOf(ref: { productId?: string; sku?: string }): string | undefined;
  skuOf(code: string | undefined): string | undefined;
  /** The product's own mode, else the store's default. */
  hostingModeOf(productId: string | undefined): HostingMode;
}

export interface CatalogRows {
  products: { id: string; code: string; hostingMode?: HostingMode }[];
  skus: { id: string; code: string; productId: string }[];
}

export function catalogIndex(store: Store, rows: CatalogRows): CatalogIndex {
  const products = new Map(rows.products.map((p) => [p.id, p]));
  const productByCode = new Map(rows.products.map((p) => [p.code, p.id]));
  const skuByCode = new Map(rows.skus.map((s) => [s.code, s]));
  return {
    productOf: ({ productId, sku }) =>
      (productId && (products.has(productId) ? productId : productByCode.get(productId))) ||
      (sku ? skuByCode.get(sku)?.productId : undefined),
    skuOf: (code) => (code ? skuByCode.get(code)?.id : undefined),
    hostingModeOf: (productId) =>
      (productId ? products.get(productId)?.hostingMode : undefined) ?? store.hostingMode,
  };
}

/** A store's catalog is a few hundred products: read whole, once per import. */
export async function loadCatalogIndex(db: WorkstationDb, store: Store): Promise<CatalogIndex> {
  const [products, skus] = await Promise.all([
    db.products.where('storeId').equals(store.id).toArray(),
    db.skus.where('storeId').equals(store.id).toArray(),
  ]);
  return catalogIndex(store, { products, skus });
}
