import { checkListing, type ListingStatus } from '@shared/catalog/listingRules';
import type { BuyerLanguage, HostingMode, MediaItem, Product, Sku, Store } from '@shared/domain/types';

export interface CatalogRow {
  id: string;
  code: string;
  title: string;
  internalName: string;
  category: string;
  skuCount: number;
  minPrice: number;
  maxPrice: number;
  currency: string;
  stock: number;
  mode: HostingMode;
  handlingDays: number;
  languages: BuyerLanguage[];
  updatedAt: number;
  readiness: ListingStatus;
  /** The first main image (what buyers see in search), when the library holds it. */
  image?: MediaItem;
}

export type CatalogSort = 'updated' | 'title' | 'stock';

/** Joins products with their SKUs into the rows the list shows; pure, so search and sort are testable. */
export function toCatalogRows(
  store: Store,
  products: Product[],
  skus: Sku[],
  media: MediaItem[] = [],
): CatalogRow[] {
  const byProduct = new Map<string, Sku[]>();
  for (const sku of skus) {
    const list = byProduct.get(sku.productId);
    if (list) list.push(sku);
    else byProduct.set(sku.productId, [sku]);
  }
  // Each check gets only the images its product names: given the store's whole library, every check indexed
  // every image again (products × images on the page's thread).
  const mediaById = new Map(media.map((m) => [m.id, m]));
  const imagesOf = (p: Product, own: Sku[]) =>
    [...p.mainImageIds, ...own.map((s) => s.imageId)].flatMap((id) => (id && mediaById.get(id)) || []);
  return products.map((p) => {
    const own = byProduct.get(p.id) ?? [];
    const prices = own.map((s) => s.price.amount);
    const image = p.mainImageIds[0] === undefined ? undefined : mediaById.get(p.mainImageIds[0]);
    return {
      id: p.id,
      code: p.code,
      title: p.title.en ?? Object.values(p.title)[0] ?? '',
      internalName: p.internalName ?? '',
      category: p.category,
      skuCount: own.length,
      minPrice: prices.length ? Math.min(...prices) : 0,
      maxPrice: prices.length ? Math.max(...prices) : 0,
      currency: own[0]?.price.currency ?? store.currency,
      stock: own.reduce((sum, s) => sum + s.stock, 0),
      mode: p.hostingMode ?? store.hostingMode,
      handlingDays: p.handlingDays,
      languages: (Object.keys(p.title) as BuyerLanguage[]).filter((l) => p.title[l]),
      updatedAt: p.updatedAt,
      readiness: checkListing({
        product: p,
        skus: own,
        media: imagesOf(p, own),
        storeMode: store.hostingMode,
      }).status,
      ...(image ? { image } : {}),
    };
  });
}

export function filterCatalog(
  rows: CatalogRow[],
  query: { text: string; category?: string; readiness?: ListingStatus; sort: CatalogSort },
): CatalogRow[] {
  const needle = query.text.trim().toLowerCase();
  const matches = rows.filter(
    (r) =>
      (!query.category || r.category === query.category) &&
      (!query.readiness || r.readiness === query.readiness) &&
      (!needle ||
        r.title.toLowerCase().includes(needle) ||
        r.internalName.toLowerCase().includes(needle) ||
        r.code.toLowerCase().includes(needle)),
  );
  const compare: Record<CatalogSort, (a: CatalogRow, b: CatalogRow) => number> = {
    updated: (a, b) => b.updatedAt - a.updatedAt,
    title: (a, b) => a.title.localeCompare(b.title),
    stock: (a, b) => a.stock - b.stock,
  };
  return matches.sort(compare[query.sort]);
}

/** How many rows are in each state of the listing check (the filter shows them). */
export function countByReadiness(rows: readonly CatalogRow[]): Record<ListingStatus, number> {
  const counts: Record<ListingStatus, number> = { ready: 0, 'needs-fixes': 0, blocked: 0 };
  for (const row of rows) counts[row.readiness] += 1;
  return counts;
}
