/**
 * Where an own price sits among its linked competitors' prices (all including shipping, in one currency):
 * cheapest, median, dearest and the own rank, and which competitors undercut it by more than a threshold.
 */

export interface PricedCompetitor {
  competitorId: string;
  /** Latest price + shipping, minor units in the comparison currency. */
  total: number;
}

export interface PricePosition {
  cheapest: number;
  median: number;
  dearest: number;
  /** 1 = cheapest of all (own included); ties count in the seller's favour. */
  ownRank: number;
  /** Offers compared: the competitors and the own one. */
  of: number;
}

export function pricePosition(own: number, competitors: readonly PricedCompetitor[]): PricePosition | null {
  if (competitors.length === 0) return null;
  const totals = competitors.map((c) => c.total).sort((a, b) => a - b);
  const middle = Math.floor(totals.length / 2);
  const median =
    totals.length % 2 === 1
      ? (totals[middle] as number)
      : Math.round(((totals[middle - 1] as number) + (totals[middle] as number)) / 2);
  return {
    cheapest: totals[0] as number,
    median,
    dearest: totals.at(-1) as number,
    ownRank: 1 + totals.filter((total) => total < own).length,
    of: totals.length + 1,
  };
}

export interface Undercut {
  competitorId: string;
  total: number;
  /** How much cheaper than the own price, as a fraction of it (0.12 = 12 % cheaper). */
  byFraction: number;
}

/** Competitors cheaper than the own price by more than `thresholdPercent` (0 = any cheaper one). */
export function undercuts(
  own: number,
  competitors: readonly PricedCompetitor[],
  thresholdPercent: number,
): Undercut[] {
  if (own <= 0) return [];
  return competitors
    .map((c) => ({ competitorId: c.competitorId, total: c.total, byFraction: (own - c.total) / own }))
    .filter((u) => u.byFraction > thresholdPercent / 100 && u.total < own)
    .sort((a, b) => b.byFraction - a.byFraction);
}
