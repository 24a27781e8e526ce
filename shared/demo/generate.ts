/**
 * The demo-store generator: a pure, seeded, deterministic year of a small AliExpress seller with two stores.
 * Same seed and endDay → the same rows, byte for byte. It streams: each simulated day's rows leave in chunks
 * (≤ 2,000 rows) and only buyers, rollups and a few lookups stay in memory until the end (buyers are not
 * stored: an order's buyerId and buyerName are what the app reads).
 */
import type {
  Buyer,
  DayKey,
  EpochMs,
  HostingMode,
  Id,
  Order,
  OrderLine,
  Shipment,
  Store,
  TrafficDay,
} from '@shared/domain/types';
import {
  mergeRollupsInto,
  rollupOrders,
  rollupTraffic,
  countsAsSale,
  emptyRollup,
  type Rollup,
} from '@shared/analytics/rollup';
import { DAY_MS, addDays, dayEndMs, dayRange, dayStartMs, isDayKey } from '@shared/util/days';
import { createIdFactory, type IdFactory } from '@shared/util/ids';
import { createRng, type Rng, type Seed } from '@shared/util/prng';
import { dayDemandFactor } from './calendar';
import { ChunkBuffer, type DemoChunk } from './chunks';
import { STORE_PLANS, buildCatalog, type DemoCatalog, type DemoProduct } from './catalog';
import { generateConversation, type ConversationWorld } from './conversations';
import { jointShippingCompanions, trackingNumber } from './logistics';
import { buildCampaigns, buildInfluencers } from './creators';
import { buildCarrierRates, buildCompetitors, buildTrendPoints } from './market';
import { buildShelf, generateOrder, placementTimes, type GeneratedOrder, type OrderWorld } from './orders';
import { trafficForDay } from './traffic';

export interface DemoOptions {
  seed: Seed;
  /** The last day of the demo year; the caller picks it (usually yesterday or today, UTC). */
  endDay: DayKey;
  /**
   * The real moment the demo is made, inside endDay. Nothing in the data (orders, messages, deliveries) is dated
   * after it: without it the day's end is used, which is hours in the future for a demo made in the morning.
   */
  nowMs?: EpochMs;
}

export const DEMO_DAY_COUNT = 365;
/** The seed the app uses unless the user asks for another demo; tests and row counts in reports use it. */
export const DEMO_DEFAULT_SEED = 'seller-workstation';
/** Orders across both stores over the year (the Poisson draw lands within a couple of percent). */
export const DEMO_TARGET_ORDERS = 30_000;
/** Extra lines per order touching a different product push per-product order counts a little above 1. */
const PRODUCTS_PER_ORDER = 1.15;
const FIXED_STEPS = 5;

interface Streams {
  catalog: Rng;
  orders: Rng;
  conversations: Rng;
  traffic: Rng;
  market: Rng;
}

function forkStreams(seed: Seed): { streams: Streams; nextId: IdFactory } {
  const root = createRng(seed);
  // Separate streams keep sections independent: tuning conversations never reshuffles the orders.
  const streams: Streams = {
    catalog: root.fork('catalog'),
    orders: root.fork('orders'),
    conversations: root.fork('conversations'),
    traffic: root.fork('traffic'),
    market: root.fork('market'),
  };
  return { streams, nextId: createIdFactory(root.fork('ids')) };
}

/** Expected orders per store per day, scaled so the year sums to DEMO_TARGET_ORDERS. */
function expectedOrders(days: readonly DayKey[]): number[][] {
  const factors = days.map((day, index) => dayDemandFactor(day, index / (days.length - 1)));
  const total = factors.reduce((sum, factor) => sum + factor, 0);
  return STORE_PLANS.map((plan) =>
    factors.map((factor) => (DEMO_TARGET_ORDERS * plan.orderShare * factor) / total),
  );
}

function productsOnShelf(catalog: DemoCatalog, storeIndex: number, day: DayKey): DemoProduct[] {
  const opensAt = dayStartMs(day);
  return catalog.products.filter(
    (product) => product.storeIndex === storeIndex && product.availableFrom <= opensAt,
  );
}

interface DayResult {
  generated: GeneratedOrder[];
  orders: Order[];
  lines: OrderLine[];
  shipments: Shipment[];
}

function simulateStoreDay(
  world: OrderWorld,
  store: Store,
  storeIndex: number,
  shelfProducts: readonly DemoProduct[],
  expected: number,
  day: DayKey,
  weightOf: (productId: Id) => number,
  into: DayResult,
): void {
  const shelf = buildShelf(shelfProducts);
  if (!shelf) return;
  const count = world.rng.count(expected);
  for (const placedAt of placementTimes(world.rng, day, count, world.nowMs)) {
    const generated = generateOrder(world, store.id, storeIndex, shelf, placedAt, weightOf);
    into.generated.push(generated);
    into.orders.push(generated.order);
    into.lines.push(...generated.lines);
    if (generated.shipment) into.shipments.push(generated.shipment);
  }
}

function countedOrdersByProduct(generated: readonly GeneratedOrder[]): Map<Id, number> {
  const counts = new Map<Id, number>();
  for (const { order, lines } of generated) {
    if (!countsAsSale(order.status)) continue;
    for (const productId of new Set(lines.map((line) => line.productId)))
      counts.set(productId, (counts.get(productId) ?? 0) + 1);
  }
  return counts;
}

function noteFirstOrders(orders: readonly Order[], firstOrderByBuyer: Map<Id, Id>): void {
  for (const order of orders) {
    if (countsAsSale(order.status) && !firstOrderByBuyer.has(order.buyerId))
      firstOrderByBuyer.set(order.buyerId, order.id);
  }
}

/** A few restocking shipments of fully managed goods to the platform's warehouse in China. */
function warehouseInbound(
  rng: Rng,
  nextId: IdFactory,
  catalog: DemoCatalog,
  days: readonly DayKey[],
  nowMs: number,
): Shipment[] {
  const managed = catalog.products.filter((product) => product.mode === 'fully-managed');
  if (managed.length === 0) return [];
  const shipments: Shipment[] = [];
  for (let index = 0; index < 14; index += 1) {
    const product = rng.pick(managed);
    const createdAt =
      dayStartMs(days[Math.floor(((index + rng.next()) / 14) * (days.length - 1))] as DayKey) +
      rng.int(1, 10) * 3_600_000;
    const shippedAt = createdAt + rng.int(2, 30) * 3_600_000;
    const deliveredAt = shippedAt + rng.float(1.5, 4) * DAY_MS;
    const shipment: Shipment = {
      id: nextId('sh'),
      storeId: product.product.storeId,
      kind: 'warehouse-inbound',
      carrier: 'cainiao',
      trackingNumber: trackingNumber(rng, 'cainiao'),
      country: 'CN',
      createdAt,
      shippedAt,
      cost: { amount: rng.int(60, 450) * 100, currency: 'CNY' },
    };
    if (deliveredAt <= nowMs) shipment.deliveredAt = Math.round(deliveredAt);
    shipments.push(shipment);
  }
  return shipments;
}

function trafficContext(catalog: DemoCatalog) {
  const modeByProduct = new Map<Id, HostingMode>(
    catalog.products.map((product) => [product.product.id, product.mode]),
  );
  const currencyByStore = new Map(catalog.stores.map((store) => [store.id, store.currency]));
  return {
    hostingModeOf: (productId: Id) => modeByProduct.get(productId) as HostingMode,
    currencyOf: (storeId: Id) => currencyByStore.get(storeId) as string,
  };
}

/** Orders still to ship carry their longest line's handling days, as the platform fixed it at purchase. */
function noteHandlingDays(result: DayResult, handlingByProduct: ReadonlyMap<Id, number>): void {
  const waiting = new Map<Id, Order>();
  for (const order of result.orders) if (order.status === 'awaiting-shipment') waiting.set(order.id, order);
  for (const line of result.lines) {
    const order = waiting.get(line.orderId);
    const days = handlingByProduct.get(line.productId);
    if (order && days !== undefined) order.handlingDays = Math.max(order.handlingDays ?? 0, days);
  }
}

/** Streams the demo dataset table by table; see DemoChunk. Throws on a malformed endDay. */
export function* generateDemo(options: DemoOptions): Generator<DemoChunk> {
  if (!isDayKey(options.endDay))
    throw new RangeError(`endDay '${options.endDay}' is not a day key (YYYY-MM-DD)`);
  const { streams, nextId } = forkStreams(options.seed);
  const days = dayRange(addDays(options.endDay, -(DEMO_DAY_COUNT - 1)), options.endDay);
  const dayEnd = dayEndMs(options.endDay);
  const nowMs = Math.min(dayEnd, Math.max(dayStartMs(options.endDay), options.nowMs ?? dayEnd));
  const buffer = new ChunkBuffer(days.length + FIXED_STEPS);

  const catalog = buildCatalog(streams.catalog, nextId, days[0] as DayKey);
  yield* buffer.add('stores', catalog.stores);
  yield* buffer.add(
    'products',
    catalog.products.map((product) => product.product),
  );
  yield* buffer.add(
    'skus',
    catalog.products.flatMap((product) => product.skus),
  );
  yield* buffer.add('carrierRates', buildCarrierRates(nextId));
  yield* buffer.flush();

  const world: OrderWorld = {
    rng: streams.orders,
    nextId,
    nowMs,
    buyers: new Map<Id, Buyer>(),
    buyersByStore: catalog.stores.map(() => []),
    issuedOrderNumbers: new Set(),
  };
  const conversationWorld: ConversationWorld = { rng: streams.conversations, nextId, nowMs };
  const weightByProduct = new Map(
    catalog.products.map((product) => [product.product.id, product.product.weightGrams]),
  );
  const weightOf = (productId: Id) => weightByProduct.get(productId) ?? 0;
  const handlingByProduct = new Map(
    catalog.products.map((product) => [product.product.id, product.product.handlingDays]),
  );
  const expected = expectedOrders(days);
  const context = trafficContext(catalog);
  const rollup: Rollup = emptyRollup();
  const firstOrderByBuyer = new Map<Id, Id>();

  for (const [dayIndex, day] of days.entries()) {
    buffer.setProgress(1 + dayIndex, 'orders');
    const result: DayResult = { generated: [], orders: [], lines: [], shipments: [] };
    const traffic: TrafficDay[] = [];
    for (const [storeIndex, store] of catalog.stores.entries()) {
      const shelfProducts = productsOnShelf(catalog, storeIndex, day);
      const storeExpected = expected[storeIndex]?.[dayIndex] ?? 0;
      const startAt = result.generated.length;
      simulateStoreDay(world, store, storeIndex, shelfProducts, storeExpected, day, weightOf, result);
      const popularity = shelfProducts.reduce((sum, product) => sum + product.popularity, 0);
      const expectedFor = (product: DemoProduct) =>
        (storeExpected * PRODUCTS_PER_ORDER * product.popularity) / popularity;
      const actual = countedOrdersByProduct(result.generated.slice(startAt));
      traffic.push(...trafficForDay(streams.traffic, day, shelfProducts, expectedFor, actual));
    }
    const conversations = result.generated
      .map((generated) =>
        generateConversation(
          conversationWorld,
          generated,
          world.buyers.get(generated.order.buyerId) as Buyer,
        ),
      )
      .filter((entry) => entry !== undefined);
    if (dayIndex === days.length - 1) {
      // Repeat buyers waiting for two parcels: the joint-shipping view's demo pairs (own stream, see logistics.ts).
      const companions = jointShippingCompanions(
        createRng(`${String(options.seed)}:joint-shipping`),
        result.orders,
        result.lines,
        world.issuedOrderNumbers,
        nowMs,
      );
      result.orders.push(...companions.orders);
      result.lines.push(...companions.lines);
    }
    noteHandlingDays(result, handlingByProduct);
    noteFirstOrders(result.orders, firstOrderByBuyer);
    mergeRollupsInto(rollup, rollupOrders(result.orders, result.lines, firstOrderByBuyer), 1);
    mergeRollupsInto(rollup, rollupTraffic(traffic, context), 1);
    yield* buffer.add('orders', result.orders);
    yield* buffer.add('orderLines', result.lines);
    yield* buffer.add('shipments', result.shipments);
    yield* buffer.add('trafficDays', traffic);
    yield* buffer.add(
      'conversations',
      conversations.map((entry) => entry.conversation),
    );
    yield* buffer.add(
      'messages',
      conversations.flatMap((entry) => entry.messages),
    );
  }
  yield* buffer.flush();

  buffer.setProgress(days.length + 1, 'warehouse');
  yield* buffer.add('shipments', warehouseInbound(streams.market, nextId, catalog, days, nowMs));
  yield* buffer.flush();

  buffer.setProgress(days.length + 2, 'market');
  const { competitors, snapshots } = buildCompetitors(streams.market, nextId, catalog.stores, days);
  yield* buffer.add('competitors', competitors);
  yield* buffer.add('competitorSnapshots', snapshots);
  yield* buffer.add('trendPoints', buildTrendPoints(streams.market, nextId, days));
  const influencers = buildInfluencers(nextId, catalog.stores, nowMs);
  yield* buffer.add('influencers', influencers);
  const creatorDesk = buildCampaigns(
    streams.market,
    nextId,
    catalog.stores,
    influencers,
    catalog.products,
    days,
  );
  yield* buffer.add('campaigns', creatorDesk.campaigns);
  yield* buffer.add('campaignTouches', creatorDesk.touches);
  yield* buffer.flush();

  buffer.setProgress(days.length + 3, 'rollups');
  yield* buffer.add('dailyStats', [...rollup.daily.values()]);
  yield* buffer.add('dimensionDays', [...rollup.dimensions.values()]);
  buffer.setProgress(days.length + FIXED_STEPS, 'done');
  yield* buffer.flush();
}
