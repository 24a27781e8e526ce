import type { Sku } from '../domain/types';

/**
 * SKUs in the order the seller arranged them. The database hands them back by id (random), so the saved position
 * decides; SKUs saved before positions existed keep their relative order after the positioned ones.
 */
export function inSellerOrder<T extends Pick<Sku, 'position'>>(skus: readonly T[]): T[] {
  return skus
    .map((sku, index) => ({ sku, index }))
    .sort((a, b) => (a.sku.position ?? Infinity) - (b.sku.position ?? Infinity) || a.index - b.index)
    .map(({ sku }) => sku);
}
