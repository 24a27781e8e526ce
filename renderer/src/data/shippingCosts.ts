/**
 * Shipping cost per SKU of a store's parcels declared in a period, in the profit model's currency: reads the
 * parcels by [storeId+declaredAt], their orders' lines and the products' weights (shared/logistics/shippingCost.ts
 * does the sharing). A parcel whose cost cannot be converted (no exchange rate) is left out.
 */
import { convertMinor, type ExchangeRates } from '@shared/analytics/money';
import { minorExponent } from '@shared/domain/money';
import { perUnitCost, shippingCostBySku, type CostedParcel } from '@shared/logistics/shippingCost';
import type { WorkstationDb } from '../db/db';

export interface StoreShippingCosts {
  /** Cost per unit in minor units of `currency`, by SKU id. */
  perUnit: Map<string, number>;
  /** Parcels that carried each SKU. */
  parcels: Map<string, number>;
}

export async function shippingCostsOfStore(
  db: WorkstationDb,
  storeId: string,
  fromMs: number,
  toMs: number,
  currency: string,
  fx: ExchangeRates,
): Promise<StoreShippingCosts> {
  const parcels = (
    await db.parcels
      .where('[storeId+declaredAt]')
      .between([storeId, fromMs], [storeId, toMs], true, true)
      .toArray()
  ).filter((p) => !p.deletedAt && p.costHundredths !== undefined && p.costCurrency);
  const costed: CostedParcel[] = [];
  for (const parcel of parcels) {
    const from = parcel.costCurrency ?? currency;
    const minor = Math.round(((parcel.costHundredths ?? 0) * 10 ** minorExponent(from)) / 100);
    try {
      costed.push({ orderIds: parcel.orderIds, costMinor: convertMinor(minor, from, currency, fx) });
    } catch {
      // No exchange rate for this parcel's currency: its cost stays out rather than being guessed.
    }
  }
  const orderIds = [...new Set(costed.flatMap((p) => p.orderIds))];
  if (orderIds.length === 0) return { perUnit: new Map(), parcels: new Map() };
  const lines = await db.orderLines.where('orderId').anyOf(orderIds).toArray();
  const products = await db.products.bulkGet([...new Set(lines.map((l) => l.productId))]);
  const weight = new Map(products.flatMap((p) => (p?.weightGrams ? [[p.id, p.weightGrams] as const] : [])));
  const bySku = shippingCostBySku(
    costed,
    lines.flatMap((l) => {
      if (!l.skuId) return [];
      const unitWeightG = weight.get(l.productId);
      return [
        { orderId: l.orderId, key: l.skuId, quantity: l.quantity, ...(unitWeightG ? { unitWeightG } : {}) },
      ];
    }),
  );
  const perUnit = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const [sku, entry] of bySku) {
    const cost = perUnitCost(entry);
    if (cost !== undefined) perUnit.set(sku, cost);
    counts.set(sku, entry.parcels);
  }
  return { perUnit, parcels: counts };
}
