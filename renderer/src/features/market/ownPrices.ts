/** Own products' prices for comparisons: the lowest SKU price of each product, and its price over time. */
import type { Product, Sku } from '@shared/domain/types';
import type { PriceEvent } from '@shared/market/types';
import type { WorkstationDb } from '../../db/db';

export interface OwnProduct {
  product: Product;
  skus: Sku[];
  /** Lowest SKU price, minor units of `currency`. */
  price: number | null;
  currency: string;
}

export function productTitle(product: Product): string {
  return product.title.en ?? product.title.ru ?? product.code;
}

export async function loadOwnProducts(db: WorkstationDb, storeId: string): Promise<OwnProduct[]> {
  const [products, skus] = await Promise.all([
    db.products.where('storeId').equals(storeId).toArray(),
    db.skus.where('storeId').equals(storeId).toArray(),
  ]);
  const byProduct = new Map<string, Sku[]>();
  for (const sku of skus) byProduct.set(sku.productId, [...(byProduct.get(sku.productId) ?? []), sku]);
  return products.map((product) => {
    const own = byProduct.get(product.id) ?? [];
    const cheapest = own.reduce<Sku | null>(
      (best, sku) => (!best || sku.price.amount < best.price.amount ? sku : best),
      null,
    );
    return {
      product,
      skus: own,
      price: cheapest?.price.amount ?? null,
      currency: cheapest?.price.currency ?? 'USD',
    };
  });
}

/** The product's lowest SKU price as a step series from its price events (and its current price now). */
export async function ownPriceSteps(
  db: WorkstationDb,
  own: OwnProduct,
  now: number,
): Promise<{ at: number; amount: number }[]> {
  const events: PriceEvent[] = (
    await Promise.all(
      own.skus.map((sku) =>
        db.priceEvents.where('[skuId+at]').between([sku.id, -Infinity], [sku.id, Infinity]).toArray(),
      ),
    )
  )
    .flat()
    .sort((a, b) => a.at - b.at);
  const current = new Map<string, number>();
  const steps: { at: number; amount: number }[] = [];
  for (const event of events) {
    current.set(event.skuId, event.price.amount);
    steps.push({ at: event.at, amount: Math.min(...current.values()) });
  }
  if (own.price !== null) steps.push({ at: now, amount: own.price });
  return steps;
}
