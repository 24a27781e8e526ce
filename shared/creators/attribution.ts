/**
 * Order attribution and ROI for influencer campaigns, by the rules the app shows the user:
 * 1. An order whose promo code is one of a campaign's codes (case-insensitive) is that campaign's, whatever
 *    its date or products.
 * 2. Otherwise it is a campaign's when it holds one of the campaign's products (any product when the campaign
 *    lists none) and was placed at or after one of its touches and before touch + window. When several
 *    campaigns qualify, the latest touch before the order wins (ties: the campaign listed first).
 * 3. An order counts for one campaign at most; orders that end cancelled, closed or refunded are counted apart
 *    as refunded, never in orders or GMV.
 * 4. Commission = rate × GMV, cost = fixed fee + samples + commission, ROAS = GMV ÷ cost.
 *
 * Built for a million orders: promo codes are a hash index, touches are bucketed by (product, UTC day) so an
 * order looks only at the few touches whose window covers its day — never one scan per campaign.
 */
import type { OrderStatus } from '@shared/domain/types';
import { DAY_MS } from '@shared/util/days';
import { normalizeCode } from './types';

export interface AttributionOrder {
  placedAt: number;
  status: OrderStatus;
  /** Goods total in minor units. */
  amount: number;
  productIds: readonly string[];
  promoCode?: string;
  /** Margin of the order after goods cost, fees and shipping, when the profit model knows every line. */
  margin?: number;
}

export interface AttributionCampaign {
  id: string;
  productIds: readonly string[];
  codes: readonly string[];
  /** Touch times (epoch ms). */
  touches: readonly number[];
  windowDays: number;
  commissionRate: number;
  /** Minor units, in the orders' currency. */
  fixedFee: number;
  samplesCost: number;
}

export interface CampaignResult {
  id: string;
  orders: number;
  gmv: number;
  refundedOrders: number;
  refundedGmv: number;
  /** Orders by rule 1 (promo code) and rule 2 (touch window). */
  byCode: number;
  byTouch: number;
  commission: number;
  cost: number;
  /** GMV ÷ cost; null when the campaign cost nothing. */
  roas: number | null;
  /** Sum of the attributed orders' known margins minus the campaign's cost; null when no margin is known. */
  margin: number | null;
  marginKnownOrders: number;
  /** Cost ÷ orders; null with no orders. */
  costPerOrder: number | null;
  lift: LiftResult | null;
}

/** Orders of the linked products (all products when none) in the campaign's period vs the same length before it. */
export interface LiftResult {
  fromDay: number;
  days: number;
  ordersDuring: number;
  ordersBefore: number;
  gmvDuring: number;
  gmvBefore: number;
  /** ordersDuring ÷ ordersBefore − 1; null when there were no orders before. */
  orderLift: number | null;
}

export interface AttributionResult {
  campaigns: CampaignResult[];
  /** Orders no campaign took, refunded or not. */
  unattributed: number;
  unattributedRefunded: number;
  /** Campaign index per order (-1 for none), in input order. */
  assignment: Int32Array;
  /** Codes listed by more than one campaign: the first campaign listing it gets its orders. */
  sharedCodes: { code: string; campaignIds: string[] }[];
}

const REFUNDED_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>(['cancelled', 'refunded']);

export function isRefundedStatus(status: OrderStatus): boolean {
  return REFUNDED_STATUSES.has(status);
}

const ANY_PRODUCT = '\u0000*';
const ANY_PRODUCT_ID = 0;

interface Window {
  start: number;
  end: number;
  campaign: number;
}

/** Commission of a GMV at a rate, rounded half up to a whole minor unit. */
export function commissionOf(gmv: number, rate: number): number {
  return Math.round(gmv * rate);
}

function buildCodeIndex(campaigns: readonly AttributionCampaign[]) {
  const byCode = new Map<string, number>();
  const shared = new Map<string, Set<string>>();
  campaigns.forEach((campaign, index) => {
    for (const raw of campaign.codes) {
      const code = normalizeCode(raw);
      if (code === '') continue;
      const owner = byCode.get(code);
      if (owner === undefined) byCode.set(code, index);
      else if (owner !== index) {
        const ids = shared.get(code) ?? new Set([campaigns[owner]!.id]);
        ids.add(campaign.id);
        shared.set(code, ids);
      }
    }
  });
  return { byCode, shared };
}

/**
 * (product, UTC day number) → the touch windows that cover some of that day. Products are numbered (0 = any
 * product) and the key is product × 2^16 + day, a number: a million orders do a million cheap lookups, not a
 * million string concatenations. Day numbers since 1970 stay below 2^16 until the year 2149.
 */
interface WindowIndex {
  products: Map<string, number>;
  byKey: Map<number, Window[]>;
}

const DAY_SLOTS = 65_536;

function buildWindowIndex(campaigns: readonly AttributionCampaign[]): WindowIndex {
  const products = new Map<string, number>();
  const byKey = new Map<number, Window[]>();
  const numberOf = (product: string) => {
    let id = products.get(product);
    if (id === undefined) {
      id = products.size + 1;
      products.set(product, id);
    }
    return id;
  };
  campaigns.forEach((campaign, campaignIndex) => {
    const ids =
      campaign.productIds.length > 0 ? [...new Set(campaign.productIds.map(numberOf))] : [ANY_PRODUCT_ID];
    const length = Math.max(0, campaign.windowDays) * DAY_MS;
    for (const start of campaign.touches) {
      if (!Number.isFinite(start) || length === 0) continue;
      const end = start + length;
      const firstDay = Math.floor(start / DAY_MS);
      const lastDay = Math.floor((end - 1) / DAY_MS);
      const window: Window = { start, end, campaign: campaignIndex };
      for (const product of ids) {
        for (let day = firstDay; day <= lastDay; day += 1) {
          const key = product * DAY_SLOTS + day;
          const list = byKey.get(key);
          if (list) list.push(window);
          else byKey.set(key, [window]);
        }
      }
    }
  });
  return { products, byKey };
}

function better(candidate: Window, best: Window | undefined): boolean {
  if (!best) return true;
  if (candidate.start !== best.start) return candidate.start > best.start;
  return candidate.campaign < best.campaign;
}

function windowCampaign(order: AttributionOrder, windows: WindowIndex): number {
  const day = Math.floor(order.placedAt / DAY_MS);
  let best: Window | undefined;
  const consider = (product: number | undefined) => {
    if (product === undefined) return;
    const list = windows.byKey.get(product * DAY_SLOTS + day);
    if (!list) return;
    for (const window of list) {
      if (order.placedAt >= window.start && order.placedAt < window.end && better(window, best))
        best = window;
    }
  };
  consider(ANY_PRODUCT_ID);
  for (const product of order.productIds) consider(windows.products.get(product));
  return best ? best.campaign : -1;
}

/** Which campaign an order belongs to (index), or -1. */
export function campaignOfOrder(
  order: AttributionOrder,
  codes: Map<string, number>,
  windows: WindowIndex,
): number {
  if (order.promoCode) {
    const byCode = codes.get(normalizeCode(order.promoCode));
    if (byCode !== undefined) return byCode;
  }
  return windowCampaign(order, windows);
}

interface DayTotals {
  orders: number;
  gmv: number;
}

/** Per (product, day) order counts for the lift; refunded orders are left out as everywhere. */
function buildDayTotals(orders: readonly AttributionOrder[], wanted: ReadonlySet<string>) {
  const totals = new Map<string, DayTotals>();
  const add = (key: string, amount: number) => {
    const entry = totals.get(key);
    if (entry) {
      entry.orders += 1;
      entry.gmv += amount;
    } else totals.set(key, { orders: 1, gmv: amount });
  };
  for (const order of orders) {
    if (isRefundedStatus(order.status)) continue;
    const day = Math.floor(order.placedAt / DAY_MS);
    add(`${ANY_PRODUCT}|${day}`, order.amount);
    for (const product of new Set(order.productIds))
      if (wanted.has(product)) add(`${product}|${day}`, order.amount);
  }
  return totals;
}

function liftOf(campaign: AttributionCampaign, totals: Map<string, DayTotals>): LiftResult | null {
  const touches = campaign.touches.filter(Number.isFinite);
  if (touches.length === 0) return null;
  const firstDay = Math.floor(Math.min(...touches) / DAY_MS);
  const lastDay = Math.floor((Math.max(...touches) + Math.max(1, campaign.windowDays) * DAY_MS - 1) / DAY_MS);
  const days = lastDay - firstDay + 1;
  const products = campaign.productIds.length > 0 ? [...new Set(campaign.productIds)] : [ANY_PRODUCT];
  const sum = (from: number, to: number) => {
    let orders = 0;
    let gmv = 0;
    for (let day = from; day <= to; day += 1) {
      for (const product of products) {
        const entry = totals.get(`${product}|${day}`);
        if (entry) {
          orders += entry.orders;
          gmv += entry.gmv;
        }
      }
    }
    return { orders, gmv };
  };
  // An order holding two linked products is counted once per product: the lift is a ratio of like counts.
  const during = sum(firstDay, lastDay);
  const before = sum(firstDay - days, firstDay - 1);
  return {
    fromDay: firstDay,
    days,
    ordersDuring: during.orders,
    ordersBefore: before.orders,
    gmvDuring: during.gmv,
    gmvBefore: before.gmv,
    orderLift: before.orders > 0 ? during.orders / before.orders - 1 : null,
  };
}

export interface AttributionOptions {
  /** Skip the lift (the CLI does not print it). */
  lift?: boolean;
}

export function attributeOrders(
  orders: readonly AttributionOrder[],
  campaigns: readonly AttributionCampaign[],
  options: AttributionOptions = {},
): AttributionResult {
  const { byCode: codes, shared } = buildCodeIndex(campaigns);
  const windows = buildWindowIndex(campaigns);
  const assignment = new Int32Array(orders.length).fill(-1);
  const tallies = campaigns.map(() => ({
    orders: 0,
    gmv: 0,
    refundedOrders: 0,
    refundedGmv: 0,
    byCode: 0,
    byTouch: 0,
    margin: 0,
    marginKnown: 0,
  }));
  let unattributed = 0;
  let unattributedRefunded = 0;
  orders.forEach((order, orderIndex) => {
    const refunded = isRefundedStatus(order.status);
    const campaign = campaignOfOrder(order, codes, windows);
    if (campaign < 0) {
      unattributed += 1;
      if (refunded) unattributedRefunded += 1;
      return;
    }
    assignment[orderIndex] = campaign;
    const tally = tallies[campaign]!;
    if (refunded) {
      tally.refundedOrders += 1;
      tally.refundedGmv += order.amount;
      return;
    }
    tally.orders += 1;
    tally.gmv += order.amount;
    if (order.promoCode && codes.get(normalizeCode(order.promoCode)) === campaign) tally.byCode += 1;
    else tally.byTouch += 1;
    if (order.margin !== undefined) {
      tally.margin += order.margin;
      tally.marginKnown += 1;
    }
  });
  let totals: Map<string, DayTotals> | undefined;
  if (options.lift !== false) {
    const wanted = new Set(campaigns.flatMap((campaign) => campaign.productIds));
    totals = buildDayTotals(orders, wanted);
  }
  const results = campaigns.map((campaign, index): CampaignResult => {
    const tally = tallies[index]!;
    const commission = commissionOf(tally.gmv, campaign.commissionRate);
    const cost = campaign.fixedFee + campaign.samplesCost + commission;
    return {
      id: campaign.id,
      orders: tally.orders,
      gmv: tally.gmv,
      refundedOrders: tally.refundedOrders,
      refundedGmv: tally.refundedGmv,
      byCode: tally.byCode,
      byTouch: tally.byTouch,
      commission,
      cost,
      roas: cost > 0 ? tally.gmv / cost : null,
      margin: tally.marginKnown > 0 ? tally.margin - cost : null,
      marginKnownOrders: tally.marginKnown,
      costPerOrder: tally.orders > 0 ? cost / tally.orders : null,
      lift: totals ? liftOf(campaign, totals) : null,
    };
  });
  return {
    campaigns: results,
    unattributed,
    unattributedRefunded,
    assignment,
    sharedCodes: [...shared].map(([code, ids]) => ({ code, campaignIds: [...ids] })),
  };
}

export interface CreatorTotals {
  influencerId: string;
  campaigns: number;
  orders: number;
  gmv: number;
  cost: number;
  margin: number | null;
  /** The lowest cost per order among the creator's campaigns with orders. */
  bestCostPerOrder: number | null;
}

/** Per creator: every campaign summed, and the best cost per order — to rank creators by what they bring. */
export function creatorTotals(
  results: readonly CampaignResult[],
  influencerOf: (campaignId: string) => string | undefined,
): Map<string, CreatorTotals> {
  const totals = new Map<string, CreatorTotals>();
  for (const result of results) {
    const influencerId = influencerOf(result.id);
    if (!influencerId) continue;
    const entry = totals.get(influencerId) ?? {
      influencerId,
      campaigns: 0,
      orders: 0,
      gmv: 0,
      cost: 0,
      margin: null,
      bestCostPerOrder: null,
    };
    entry.campaigns += 1;
    entry.orders += result.orders;
    entry.gmv += result.gmv;
    entry.cost += result.cost;
    if (result.margin !== null) entry.margin = (entry.margin ?? 0) + result.margin;
    if (result.costPerOrder !== null)
      entry.bestCostPerOrder =
        entry.bestCostPerOrder === null
          ? result.costPerOrder
          : Math.min(entry.bestCostPerOrder, result.costPerOrder);
    totals.set(influencerId, entry);
  }
  return totals;
}
