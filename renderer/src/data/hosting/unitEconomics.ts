/**
 * Per-SKU unit economics of a store in its own currency, from the hosting profit model: each SKU in its current
 * mode with the user's rates and exchange rates. Used where a figure must say what an order really left the
 * seller (a campaign's margin), so it reads the same settings as the hosting screens.
 */
import { convertMinor } from '@shared/analytics/money';
import type { MarginLine, UnitEconomics } from '@shared/creators/orderMargin';
import type { Store } from '@shared/domain/types';
import { profitForMode } from '@shared/hosting';
import type { WorkstationDb } from '../../db/db';
import { loadExchangeRates } from '../exchangeRates';
import { loadHostingRates } from './hostingRates';
import { loadStoreSkus } from './profitInputs';

export interface StoreUnitEconomics {
  /** The line's SKU, or its product's only SKU when the line names none; undefined when the model cannot price it. */
  of(line: MarginLine & { productId: string }): UnitEconomics | undefined;
  priced: number;
}

export async function loadUnitEconomics(
  db: WorkstationDb,
  store: Store,
  now: number,
): Promise<StoreUnitEconomics> {
  const [{ rates }, fx] = await Promise.all([loadHostingRates(db), loadExchangeRates(db)]);
  const { rows } = await loadStoreSkus(db, store, rates.currency, fx, now);
  const bySku = new Map<string, UnitEconomics>();
  const skusOfProduct = new Map<string, string[]>();
  for (const row of rows) {
    skusOfProduct.set(row.product.id, [...(skusOfProduct.get(row.product.id) ?? []), row.sku.id]);
    if (!row.input) continue;
    try {
      const { perUnit } = profitForMode(row.input, row.mode, rates);
      bySku.set(row.sku.id, {
        mode: row.mode,
        revenue: convertMinor(perUnit.revenue, rates.currency, store.currency, fx),
        margin: convertMinor(perUnit.margin, rates.currency, store.currency, fx),
      });
    } catch {
      // No exchange rate or unusable SKU money: its orders have no margin rather than a wrong one.
    }
  }
  return {
    priced: bySku.size,
    of(line) {
      const only = skusOfProduct.get(line.productId);
      const skuId = line.skuId ?? (only?.length === 1 ? only[0] : undefined);
      return skuId ? bySku.get(skuId) : undefined;
    },
  };
}
