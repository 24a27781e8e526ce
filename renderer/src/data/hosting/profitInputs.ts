/**
 * The profit model's inputs for every SKU of a store: prices converted into the rates' currency, the SKU's
 * current mode, and monthly units from the product rollups of the last 30 days (see shared/hosting/monthlyUnits).
 */
import { convertMinor, type ExchangeRates } from '@shared/analytics/money';
import { shippingCostsOfStore } from '../shippingCosts';
import type { HostingMode, Money, Product, Sku, Store } from '@shared/domain/types';
import {
  MONTHLY_WINDOW_DAYS,
  monthlyUnitsBySku,
  profitInputFromSku,
  type ProfitInput,
} from '@shared/hosting';
import { addDays, dayKeyOf } from '@shared/util/days';
import type { WorkstationDb } from '../../db/db';
import { dimensionRowsInPeriod } from '../../db/rollupQueries';

export interface SkuContext {
  sku: Sku;
  product: Product;
  mode: HostingMode;
  monthlyUnits: number;
  /** Shipped parcels of the last 30 days that carried this SKU with a known cost (0: the tariff is used). */
  shippedParcels: number;
  /** Undefined when the SKU's money cannot be converted into the rates' currency (no exchange rate). */
  input?: ProfitInput;
}

export interface StoreSkus {
  rows: SkuContext[];
  products: Map<string, Product>;
  window: { from: string; to: string };
}

/** Last MONTHLY_WINDOW_DAYS UTC days up to and including today. */
export function monthlyWindow(now: number): { from: string; to: string } {
  const to = dayKeyOf(now);
  return { from: addDays(to, -(MONTHLY_WINDOW_DAYS - 1)), to };
}

function convert(money: Money, to: string, fx: ExchangeRates): Money {
  return { amount: convertMinor(money.amount, money.currency, to, fx), currency: to };
}

/** The SKU in the rates' currency; throws RangeError when an exchange rate is missing. */
export function skuInCurrency(sku: Sku, currency: string, fx: ExchangeRates): Sku {
  return {
    ...sku,
    price: convert(sku.price, currency, fx),
    cost: convert(sku.cost, currency, fx),
    ...(sku.supplyPrice ? { supplyPrice: convert(sku.supplyPrice, currency, fx) } : {}),
  };
}

/** Reads a store's catalog (products and SKUs by storeId) and 30 days of product rollups by index. */
export async function loadStoreSkus(
  db: WorkstationDb,
  store: Store,
  ratesCurrency: string,
  fx: ExchangeRates,
  now: number,
): Promise<StoreSkus> {
  const window = monthlyWindow(now);
  const [products, skus, rollups, shipping] = await Promise.all([
    db.products.where('storeId').equals(store.id).toArray(),
    db.skus.where('storeId').equals(store.id).toArray(),
    dimensionRowsInPeriod(db, store.id, 'product', window.from, window.to),
    shippingCostsOfStore(db, store.id, now - MONTHLY_WINDOW_DAYS * 86_400_000, now, ratesCurrency, fx),
  ]);
  const byId = new Map(products.map((p) => [p.id, p]));
  const units = monthlyUnitsBySku(rollups, skus, window.from, window.to);
  const rows: SkuContext[] = [];
  for (const sku of skus) {
    const product = byId.get(sku.productId);
    if (!product) continue;
    const monthlyUnits = units.get(sku.id) ?? 0;
    let input: ProfitInput | undefined;
    try {
      input = profitInputFromSku(skuInCurrency(sku, ratesCurrency, fx), product, monthlyUnits);
      const own = shipping.perUnit.get(sku.id);
      if (own !== undefined) input.ownShippingPerUnit = own;
    } catch {
      input = undefined;
    }
    rows.push({
      sku,
      product,
      mode: product.hostingMode ?? store.hostingMode,
      monthlyUnits,
      shippedParcels: shipping.parcels.get(sku.id) ?? 0,
      ...(input ? { input } : {}),
    });
  }
  rows.sort(
    (a, b) =>
      b.monthlyUnits - a.monthlyUnits ||
      a.product.code.localeCompare(b.product.code) ||
      a.sku.code.localeCompare(b.sku.code),
  );
  return { rows, products: byId, window };
}
