/**
 * What an attributed order left the seller, from the hosting profit model's per-unit figures (fees, logistics,
 * warehousing, expected returns, goods cost). A fully managed unit earns the supply price whatever the buyer
 * paid; otherwise the buyer's unit price replaces the list price and the per-unit costs stay as the model has
 * them. An order with a line the model cannot price has no margin (never a guess).
 */
import type { HostingMode } from '@shared/domain/types';
import type { AttributionResult, CampaignResult } from './attribution';

export interface UnitEconomics {
  mode: HostingMode;
  /** What the model says the merchant is paid per unit (list or supply price), in the orders' currency. */
  revenue: number;
  /** Revenue minus every cash cost per unit, in the orders' currency. */
  margin: number;
}

export interface MarginLine {
  skuId?: string | undefined;
  quantity: number;
  unitPrice: number;
}

export function orderMargin<Line extends MarginLine>(
  lines: readonly Line[],
  economicsOf: (line: Line) => UnitEconomics | undefined,
): number | undefined {
  if (lines.length === 0) return undefined;
  let total = 0;
  for (const line of lines) {
    const unit = economicsOf(line);
    if (!unit) return undefined;
    const paid = unit.mode === 'fully-managed' ? unit.revenue : line.unitPrice;
    total += line.quantity * (paid - (unit.revenue - unit.margin));
  }
  return total;
}

/**
 * The campaigns' margins from per-order margins (by the orders' input index): the known margins of each
 * campaign's orders, refunded ones left out as everywhere, minus the campaign's cost.
 */
export function withOrderMargins(
  result: AttributionResult,
  refunded: (orderIndex: number) => boolean,
  margins: ReadonlyMap<number, number>,
): CampaignResult[] {
  const sums = result.campaigns.map(() => ({ margin: 0, known: 0 }));
  for (const [orderIndex, margin] of margins) {
    const campaign = result.assignment[orderIndex] ?? -1;
    if (campaign < 0 || refunded(orderIndex)) continue;
    const sum = sums[campaign]!;
    sum.margin += margin;
    sum.known += 1;
  }
  return result.campaigns.map((campaign, index) => {
    const sum = sums[index]!;
    return {
      ...campaign,
      margin: sum.known > 0 ? sum.margin - campaign.cost : null,
      marginKnownOrders: sum.known,
    };
  });
}
