/** Price position and undercut alerts per own product, from the competitor summaries (no snapshot reads). */
import { convertMinor, type ExchangeRates } from '@shared/analytics/money';
import { pricePosition, undercuts, type PricePosition, type Undercut } from '@shared/market/pricePosition';
import type { MarketSettings } from '@shared/market/types';
import type { CompetitorRow } from './data/competitors';
import type { OwnProduct } from './ownPrices';

export interface ProductPosition {
  own: OwnProduct;
  position: PricePosition | null;
  undercuts: (Undercut & { name: string })[];
  thresholdPercent: number;
}

export function productPositions(
  rows: readonly CompetitorRow[],
  ownProducts: readonly OwnProduct[],
  settings: MarketSettings,
  rates: ExchangeRates,
): ProductPosition[] {
  const byProduct = new Map<string, CompetitorRow[]>();
  for (const row of rows)
    for (const productId of row.productIds)
      byProduct.set(productId, [...(byProduct.get(productId) ?? []), row]);
  const out: ProductPosition[] = [];
  for (const own of ownProducts) {
    const linked = byProduct.get(own.product.id);
    if (!linked || own.price === null) continue;
    const priced = linked
      .filter((row) => row.summary?.latestTotal != null)
      .map((row) => ({
        competitorId: row.competitor.id,
        name: row.competitor.name,
        total: convertMinor(
          row.summary?.latestTotal ?? 0,
          row.summary?.currency ?? own.currency,
          own.currency,
          rates,
        ),
      }));
    const thresholdPercent = settings.productUndercutPercent[own.product.id] ?? settings.undercutPercent;
    const names = new Map(priced.map((p) => [p.competitorId, p.name]));
    out.push({
      own,
      position: pricePosition(own.price, priced),
      undercuts: undercuts(own.price, priced, thresholdPercent).map((u) => ({
        ...u,
        name: names.get(u.competitorId) ?? '',
      })),
      thresholdPercent,
    });
  }
  return out;
}
