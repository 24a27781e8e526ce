/**
 * Own price history: every SKU price change is an append-only event (time, price, source). AliExpress promotions
 * judge an entry price against the SKU's lowest price of the last 30 or 180 days; the rules themselves are data
 * (PROMOTION_PRICE_RULES) with their source, shown and editable, never literals in code.
 */
export type PriceChangeSource = 'editor' | 'bulk-edit' | 'import' | 'demo' | 'initial';

export interface PriceEventLike {
  skuId: string;
  at: number;
  /** Minor units. */
  amount: number;
  currency: string;
}

export interface PromotionPriceRule {
  id: string;
  name: { en: string; zh: string };
  basis: 'low30' | 'low180';
  /** Highest entry price as a fraction of the basis low, e.g. 0.9 for "≤ 90 % of the 180-day low". */
  factor: number;
  source: string;
  checkedOn: string;
}

export const PROMOTION_PRICE_RULES: readonly PromotionPriceRule[] = [
  {
    id: 'campaign-180-90',
    name: {
      en: 'Major campaign (11.11, 3.28…): ≤ 90 % of the 180-day low',
      zh: '大促（双十一、3.28…）：≤ 近180天最低价的90%',
    },
    basis: 'low180',
    factor: 0.9,
    source: 'AliExpress seller centre, campaign registration rules ("lowest price in 180 days")',
    checkedOn: '2026-11-20',
  },
  {
    id: 'daily-deal-30-95',
    name: { en: 'Daily deals: ≤ 95 % of the 30-day low', zh: '日常活动：≤ 近30天最低价的95%' },
    basis: 'low30',
    factor: 0.95,
    source: 'AliExpress seller centre, channel activity rules ("lowest price in 30 days")',
    checkedOn: '2026-11-20',
  },
];

const DAY = 86_400_000;

/**
 * The lowest price in force at any moment of the `days` before `now`: the price in force when the window opened
 * counts too. `events` may be in any order; returns null when the SKU has no price yet.
 */
export function lowestPriceInWindow(
  events: readonly PriceEventLike[],
  now: number,
  days: number,
): number | null {
  const windowStart = now - days * DAY;
  const sorted = [...events].filter((e) => e.at <= now).sort((a, b) => a.at - b.at);
  let low: number | null = null;
  let inForceAtStart: PriceEventLike | undefined;
  for (const event of sorted) {
    if (event.at <= windowStart) inForceAtStart = event;
    else low = low === null ? event.amount : Math.min(low, event.amount);
  }
  if (inForceAtStart) low = low === null ? inForceAtStart.amount : Math.min(low, inForceAtStart.amount);
  return low;
}

export interface QualifyingPrice {
  rule: PromotionPriceRule;
  low: number | null;
  /** Highest price (minor units) that still qualifies, rounded down; null without a price history. */
  highest: number | null;
}

export function qualifyingPrice(
  events: readonly PriceEventLike[],
  now: number,
  rule: PromotionPriceRule,
): QualifyingPrice {
  const low = lowestPriceInWindow(events, now, rule.basis === 'low30' ? 30 : 180);
  return { rule, low, highest: low === null ? null : Math.floor(low * rule.factor) };
}
