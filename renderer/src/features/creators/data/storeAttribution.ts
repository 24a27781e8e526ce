/**
 * Reads what attribution needs for one store and runs the shared engine: campaigns with their touches and
 * samples, the orders that can be in a window (one [storeId+placedAt] range) plus every order that carries a
 * promo code ([storeId+promoCode], a sparse index), and the lines of linked products only. Runs in a Web
 * Worker (attribution.worker.ts); tests call it directly with fake-indexeddb.
 */
import Dexie from 'dexie';
import {
  attributeOrders,
  creatorTotals,
  isRefundedStatus,
  type AttributionCampaign,
  type AttributionOrder,
  type CampaignResult,
  type CreatorTotals,
} from '@shared/creators/attribution';
import { orderMargin, withOrderMargins } from '@shared/creators/orderMargin';
import { DAY_MS } from '@shared/util/days';
import type { Order, OrderLine, Store } from '@shared/domain/types';
import { loadUnitEconomics } from '../../../data/hosting/unitEconomics';
import type { WorkstationDb } from '../../../db/db';

export interface StoreAttribution {
  storeId: string;
  currency: string;
  results: Record<string, CampaignResult>;
  creators: Record<string, CreatorTotals>;
  unattributed: number;
  ordersRead: number;
  /** Orders that carry a promo code at all: 0 tells the user their exports had no code column. */
  ordersWithCode: number;
  sharedCodes: { code: string; campaignIds: string[] }[];
  /** Attributed orders whose every line the profit model could price (their margins are summed). */
  marginKnownOrders: number;
  attributedOrders: number;
  millis: number;
}

const LINE_CHUNK = 2_000;

/** Every line of the given orders, grouped by order id (chunks keep each anyOf small). */
async function linesOfOrders(db: WorkstationDb, orderIds: string[]): Promise<Map<string, OrderLine[]>> {
  const byOrder = new Map<string, OrderLine[]>();
  for (let start = 0; start < orderIds.length; start += LINE_CHUNK) {
    const lines = await db.orderLines
      .where('orderId')
      .anyOf(orderIds.slice(start, start + LINE_CHUNK))
      .toArray();
    for (const line of lines) byOrder.set(line.orderId, [...(byOrder.get(line.orderId) ?? []), line]);
  }
  return byOrder;
}

/** Margins of the attributed, not refunded orders, by their index in `orders`. */
async function attributedMargins(
  db: WorkstationDb,
  store: Store,
  orderIds: readonly string[],
  orders: readonly AttributionOrder[],
  assignment: Int32Array,
): Promise<Map<number, number>> {
  const wanted: number[] = [];
  assignment.forEach((campaign, index) => {
    if (campaign >= 0 && !isRefundedStatus(orders[index]!.status)) wanted.push(index);
  });
  const margins = new Map<number, number>();
  if (wanted.length === 0) return margins;
  const economics = await loadUnitEconomics(db, store, Date.now());
  if (economics.priced === 0) return margins;
  const lines = await linesOfOrders(
    db,
    wanted.map((index) => orderIds[index]!),
  );
  for (const index of wanted) {
    const margin = orderMargin(lines.get(orderIds[index]!) ?? [], economics.of);
    if (margin !== undefined) margins.set(index, margin);
  }
  return margins;
}

export async function computeStoreAttribution(db: WorkstationDb, storeId: string): Promise<StoreAttribution> {
  const started = performance.now();
  const store = await db.stores.get(storeId);
  const currency = store?.currency ?? 'USD';
  const campaigns = (await db.campaigns.where('storeId').equals(storeId).toArray()).filter(
    (c) => !c.deletedAt,
  );
  const touches = (
    await db.campaignTouches
      .where('[storeId+at]')
      .between([storeId, Dexie.minKey], [storeId, Dexie.maxKey])
      .toArray()
  ).filter((t) => !t.deletedAt);
  const samples = (await db.sampleShipments.where('storeId').equals(storeId).toArray()).filter(
    (s) => !s.deletedAt,
  );
  const touchesOf = new Map<string, number[]>();
  for (const touch of touches) {
    const list = touchesOf.get(touch.campaignId) ?? [];
    list.push(touch.at);
    touchesOf.set(touch.campaignId, list);
  }
  const samplesOf = new Map<string, number>();
  for (const sample of samples)
    if (sample.cost.currency === currency)
      samplesOf.set(sample.campaignId, (samplesOf.get(sample.campaignId) ?? 0) + sample.cost.amount);
  const input: AttributionCampaign[] = campaigns.map((c) => ({
    id: c.id,
    productIds: c.productIds,
    codes: c.codes,
    touches: touchesOf.get(c.id) ?? [],
    windowDays: c.windowDays,
    commissionRate: c.commissionRate,
    fixedFee: c.fixedFee.currency === currency ? c.fixedFee.amount : 0,
    samplesCost: samplesOf.get(c.id) ?? 0,
  }));

  // The span any window or lift period can reach: from a period's length before the first touch to the last
  // touch + its window.
  let from = Infinity;
  let to = -Infinity;
  for (const campaign of input) {
    if (campaign.touches.length === 0) continue;
    const first = Math.min(...campaign.touches);
    const last = Math.max(...campaign.touches) + campaign.windowDays * DAY_MS;
    from = Math.min(from, first - (last - first) - DAY_MS);
    to = Math.max(to, last + DAY_MS);
  }
  const byId = new Map<string, Order>();
  if (from < to)
    for (const order of await db.orders
      .where('[storeId+placedAt]')
      .between([storeId, from], [storeId, to])
      .toArray())
      byId.set(order.id, order);
  let ordersWithCode = 0;
  if (input.some((c) => c.codes.length > 0))
    await db.orders
      .where('[storeId+promoCode]')
      .between([storeId, Dexie.minKey], [storeId, Dexie.maxKey])
      .each((order) => {
        ordersWithCode += 1;
        byId.set(order.id, order);
      });

  const productsOf = new Map<string, string[]>();
  for (const product of new Set(input.flatMap((c) => c.productIds))) {
    const orderIds = (
      await db.orderLines.where('[storeId+productId]').equals([storeId, product]).toArray()
    ).map((line) => line.orderId);
    for (const orderId of orderIds) {
      const list = productsOf.get(orderId) ?? [];
      list.push(product);
      productsOf.set(orderId, list);
    }
  }
  const orders: AttributionOrder[] = [];
  const orderIds: string[] = [];
  for (const order of byId.values()) {
    // Another currency than the store's would mix money; the importer already refuses such orders.
    if (order.currency !== currency) continue;
    const row: AttributionOrder = {
      placedAt: order.placedAt,
      status: order.status,
      amount: order.amount,
      productIds: productsOf.get(order.id) ?? [],
    };
    if (order.promoCode) row.promoCode = order.promoCode;
    orders.push(row);
    orderIds.push(order.id);
  }
  const result = attributeOrders(orders, input);
  const margins = store
    ? await attributedMargins(db, store, orderIds, orders, result.assignment)
    : new Map<number, number>();
  const campaignResults = withOrderMargins(
    result,
    (index) => isRefundedStatus(orders[index]!.status),
    margins,
  );
  const influencerOf = new Map(campaigns.map((c) => [c.id, c.influencerId]));
  return {
    storeId,
    currency,
    results: Object.fromEntries(campaignResults.map((r) => [r.id, r])),
    creators: Object.fromEntries(creatorTotals(campaignResults, (id) => influencerOf.get(id))),
    marginKnownOrders: margins.size,
    attributedOrders: campaignResults.reduce((sum, r) => sum + r.orders, 0),
    unattributed: result.unattributed,
    ordersRead: orders.length,
    ordersWithCode,
    sharedCodes: result.sharedCodes,
    millis: performance.now() - started,
  };
}
