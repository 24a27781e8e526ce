/**
 * Synthetic influencer desks for `npm run bench:influencers`: deterministic creators, campaigns and touches
 * (and, for the attribution worker, orders) from a seeded generator. Never used outside the benchmark.
 */
import {
  CAMPAIGN_KINDS,
  CREATOR_PLATFORMS,
  type CampaignRow,
  type CreatorRow,
  type TouchRow,
} from '@shared/creators/types';
import type { AttributionCampaign, AttributionOrder } from '@shared/creators/attribution';
import type { OrderStatus } from '@shared/domain/types';
import { DAY_MS } from '@shared/util/days';
import { createRng } from '@shared/util/prng';

const YEAR_START = Date.UTC(2025, 0, 1);
const PRODUCTS = 300;

export function syntheticDesk(storeId: string, creators: number, campaigns: number, touches: number) {
  const rng = createRng('creators-bench');
  const now = Date.now();
  const stamp = { createdAt: now, updatedAt: now, updatedBy: 'bench' };
  const creatorRows: CreatorRow[] = Array.from({ length: creators }, (_, i) => ({
    id: `bench-creator-${i}`,
    storeId,
    handle: `creator_${i}`,
    handleKey: `creator_${i}`,
    platform: CREATOR_PLATFORMS[i % CREATOR_PLATFORMS.length]!,
    country: ['RU', 'ES', 'BR', 'US', 'FR', 'PL'][i % 6]!,
    followers: rng.int(1000, 2_000_000),
    engagementRate: rng.float(0.01, 0.08),
    tags: [i % 2 ? 'tech' : 'home'],
    ...stamp,
  }));
  const campaignRows: CampaignRow[] = Array.from({ length: campaigns }, (_, i) => {
    const startsAt = YEAR_START + rng.int(0, 350) * DAY_MS;
    return {
      id: `bench-campaign-${i}`,
      storeId,
      influencerId: `bench-creator-${i % creators}`,
      name: `Campaign ${i}`,
      kind: CAMPAIGN_KINDS[i % CAMPAIGN_KINDS.length]!,
      status: 'content-live',
      startsAt,
      endsAt: startsAt + 14 * DAY_MS,
      productIds:
        i % 10 === 0 ? [] : Array.from({ length: rng.int(1, 4) }, () => `p${rng.int(0, PRODUCTS - 1)}`),
      commissionRate: 0.1,
      fixedFee: { amount: rng.int(0, 300) * 100, currency: 'USD' },
      codes: i % 3 === 0 ? [`CODE${i}`] : [],
      windowDays: 15,
      ...stamp,
    };
  });
  const touchRows: TouchRow[] = Array.from({ length: touches }, (_, i) => {
    const campaign = campaignRows[i % campaigns]!;
    return {
      id: `bench-touch-${i}`,
      storeId,
      campaignId: campaign.id,
      kind: 'post',
      at: campaign.startsAt + rng.int(0, 10) * DAY_MS + rng.int(0, 86_399) * 1000,
      ...stamp,
    };
  });
  return { creatorRows, campaignRows, touchRows };
}

const STATUSES: OrderStatus[] = [
  'completed',
  'completed',
  'completed',
  'shipped',
  'delivered',
  'refunded',
  'cancelled',
];

/** A year of orders: one or two products each, one in 40 with a promo code (a tenth of them unknown codes). */
export function syntheticOrders(count: number, campaigns: number): AttributionOrder[] {
  const rng = createRng('creators-bench-orders');
  const orders: AttributionOrder[] = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const productIds =
      rng.next() < 0.8
        ? [`p${rng.int(0, PRODUCTS - 1)}`]
        : [`p${rng.int(0, PRODUCTS - 1)}`, `p${rng.int(0, PRODUCTS - 1)}`];
    const order: AttributionOrder = {
      placedAt: YEAR_START + Math.floor(rng.next() * 365 * DAY_MS),
      status: STATUSES[rng.int(0, STATUSES.length - 1)]!,
      amount: rng.int(100, 10_000),
      productIds,
    };
    if (rng.next() < 0.025)
      order.promoCode = rng.next() < 0.9 ? `code${3 * rng.int(0, Math.floor(campaigns / 3) - 1)}` : 'NOPE';
    orders[i] = order;
  }
  return orders;
}

export function attributionInput(desk: ReturnType<typeof syntheticDesk>): AttributionCampaign[] {
  const touchesOf = new Map<string, number[]>();
  for (const t of desk.touchRows) touchesOf.set(t.campaignId, [...(touchesOf.get(t.campaignId) ?? []), t.at]);
  return desk.campaignRows.map((c) => ({
    id: c.id,
    productIds: c.productIds,
    codes: c.codes,
    touches: touchesOf.get(c.id) ?? [],
    windowDays: c.windowDays,
    commissionRate: c.commissionRate,
    fixedFee: c.fixedFee.amount,
    samplesCost: 0,
  }));
}
