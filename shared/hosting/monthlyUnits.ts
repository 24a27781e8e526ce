/**
 * Monthly units per SKU for the profit model, read from the product DimensionDay rollups (never from orders).
 *
 * Rule, so the figures can be checked by hand:
 * 1. A product's monthly units are its units sold over the last MONTHLY_WINDOW_DAYS days (every hosting mode
 *    summed) — the window is one month, so no scaling.
 * 2. The rollups know products, not SKUs: a product's units are split across its SKUs in proportion to stock
 *    (what the seller keeps in stock is what they expect to sell), or evenly when no SKU has stock.
 * 3. Largest-remainder rounding keeps whole units that add up exactly to the product's units; equal remainders
 *    go to the SKU listed first.
 */
import type { DayKey, DimensionDay, Id } from '@shared/domain/types';

export const MONTHLY_WINDOW_DAYS = 30;

export type ProductUnitRow = Pick<DimensionDay, 'dimension' | 'key' | 'day' | 'units'>;

/** Units per product id over [from, to] (inclusive days); rows of other dimensions or days are ignored. */
export function unitsByProduct(rows: readonly ProductUnitRow[], from: DayKey, to: DayKey): Map<Id, number> {
  const units = new Map<Id, number>();
  for (const row of rows) {
    if (row.dimension !== 'product' || row.day < from || row.day > to) continue;
    units.set(row.key, (units.get(row.key) ?? 0) + row.units);
  }
  return units;
}

export interface StockedSku {
  id: Id;
  stock: number;
}

/** Splits whole `units` across SKUs by stock (negative stock counts as none), evenly when none has stock. */
export function splitUnits(units: number, skus: readonly StockedSku[]): Map<Id, number> {
  const out = new Map<Id, number>();
  if (skus.length === 0) return out;
  const total = Math.max(0, Math.round(units));
  const stocks = skus.map((s) => Math.max(0, Number.isFinite(s.stock) ? Math.floor(s.stock) : 0));
  const stockSum = stocks.reduce((a, b) => a + b, 0);
  const weights = stockSum > 0 ? stocks : skus.map(() => 1);
  const weightSum = stockSum > 0 ? stockSum : skus.length;
  // Integer arithmetic: floor(total × w / W) and its remainder, so no float error decides who gets a unit.
  const shares = weights.map((w, index) => ({
    index,
    whole: Math.floor((total * w) / weightSum),
    remainder: (total * w) % weightSum,
  }));
  let left = total - shares.reduce((sum, s) => sum + s.whole, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const share of byRemainder) {
    // Σ remainders = left × W and each remainder < W, so `left` SKUs with a remainder always exist.
    if (left === 0) break;
    share.whole += 1;
    left -= 1;
  }
  shares.forEach((s) => out.set(skus[s.index]!.id, s.whole));
  return out;
}

export interface ProductSku extends StockedSku {
  productId: Id;
}

/** Monthly units for every SKU: product units from the rollups, split by stock; SKUs with no sales get 0. */
export function monthlyUnitsBySku(
  rows: readonly ProductUnitRow[],
  skus: readonly ProductSku[],
  from: DayKey,
  to: DayKey,
): Map<Id, number> {
  const perProduct = unitsByProduct(rows, from, to);
  const skusByProduct = new Map<Id, ProductSku[]>();
  for (const sku of skus) {
    const list = skusByProduct.get(sku.productId) ?? [];
    list.push(sku);
    skusByProduct.set(sku.productId, list);
  }
  const out = new Map<Id, number>();
  for (const [productId, list] of skusByProduct) {
    for (const [id, units] of splitUnits(perProduct.get(productId) ?? 0, list)) out.set(id, units);
  }
  return out;
}
