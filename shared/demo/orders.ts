/**
 * One day of orders for one store: who buys (new or returning buyers from a believable country mix), what
 * (1–3 lines, SKU prices), and what has happened to each order by the demo's "now" (the end of endDay):
 * shipped, delivered, completed, refunded, disputed — older orders have had time to go further.
 */
import type {
  Buyer,
  CarrierId,
  CountryCode,
  HostingMode,
  Id,
  Order,
  OrderLine,
  OrderStatus,
  Shipment,
  Sku,
} from '@shared/domain/types';
import { orderIdOf } from '@shared/domain/ids';
import { DAY_MS, dayKeyOf, dayStartMs } from '@shared/util/days';
import { randomDigits, type IdFactory } from '@shared/util/ids';
import { weightedPicker, type Rng } from '@shared/util/prng';
import { chineseNewYearDelayDays } from './calendar';
import type { DemoProduct } from './catalog';
import { DEMO_COUNTRIES, buyerLanguageOf, type NameGroup } from './countries';
import { demoShipTo, pickCarrier, parcelCostFen, trackingNumber, transitDays } from './logistics';
import { buyerName } from './names';

const HOUR_MS = 3_600_000;
/** Share of orders placed by someone who bought from the store before. */
const RETURNING_BUYER_SHARE = 0.21;
const DISPUTE_CHANCE = 0.017;
const REFUND_CHANCE = 0.04;
const CANCEL_CHANCE = 0.025;

const pickCountry = weightedPicker(
  DEMO_COUNTRIES,
  DEMO_COUNTRIES.map((country) => country.weight),
);
const pickQuantity = weightedPicker([1, 2, 3, 4, 5], [82, 12, 3.5, 1.5, 1]);
const pickLineCount = weightedPicker([1, 2, 3], [76, 19, 5]);

export interface OrderWorld {
  rng: Rng;
  nextId: IdFactory;
  nowMs: number;
  buyers: Map<Id, Buyer>;
  /** Per store, buyers in first-order sequence (returning buyers are drawn from here). */
  buyersByStore: Buyer[][];
  issuedOrderNumbers: Set<string>;
}

/** An order with what the rest of the generator needs to know about it. */
export interface GeneratedOrder {
  order: Order;
  lines: OrderLine[];
  /** The product of the first line; conversations are about it. */
  product: DemoProduct;
  shipment?: Shipment;
}

/** Today's orderable products of one store, with pickers by popularity (all, and per hosting mode). */
export interface StoreShelf {
  pickAny: (rng: Rng) => DemoProduct;
  pickByMode: Partial<Record<HostingMode, (rng: Rng) => DemoProduct>>;
}

export function buildShelf(products: readonly DemoProduct[]): StoreShelf | undefined {
  if (products.length === 0) return undefined;
  const pickByMode: StoreShelf['pickByMode'] = {};
  for (const mode of new Set(products.map((product) => product.mode))) {
    const ofMode = products.filter((product) => product.mode === mode);
    pickByMode[mode] = weightedPicker(
      ofMode,
      ofMode.map((product) => product.popularity),
    );
  }
  return {
    pickAny: weightedPicker(
      products,
      products.map((product) => product.popularity),
    ),
    pickByMode,
  };
}

function newOrderNumber(world: OrderWorld): string {
  for (;;) {
    const number = `${world.rng.pick(['8', '8', '8', '3'])}${randomDigits(world.rng, 15)}`;
    if (!world.issuedOrderNumbers.has(number)) {
      world.issuedOrderNumbers.add(number);
      return number;
    }
  }
}

function chooseBuyer(world: OrderWorld, storeId: Id, storeIndex: number): Buyer {
  const pool = world.buyersByStore[storeIndex] as Buyer[];
  if (pool.length >= 20 && world.rng.chance(RETURNING_BUYER_SHARE)) return world.rng.pick(pool);
  const country = pickCountry(world.rng);
  const buyer: Buyer = {
    id: world.nextId('b'),
    storeId,
    name: buyerName(world.rng, country.names as NameGroup),
    country: country.code,
    language: buyerLanguageOf(country.code),
  };
  pool.push(buyer);
  world.buyers.set(buyer.id, buyer);
  return buyer;
}

function line(world: OrderWorld, orderId: Id, product: DemoProduct, sku: Sku): OrderLine {
  return {
    id: world.nextId('ol'),
    orderId,
    storeId: product.product.storeId,
    productId: product.product.id,
    skuId: sku.id,
    title: product.product.title.en ?? product.product.code,
    quantity: pickQuantity(world.rng),
    unitPrice: sku.price.amount,
    currency: sku.price.currency,
  };
}

function buildLines(world: OrderWorld, orderId: Id, first: DemoProduct, shelf: StoreShelf): OrderLine[] {
  const lines = [line(world, orderId, first, world.rng.pick(first.skus))];
  const extra = pickLineCount(world.rng) - 1;
  const sameMode = shelf.pickByMode[first.mode] ?? shelf.pickAny;
  for (let index = 0; index < extra; index += 1) {
    // Half the extra lines are another variant of the same listing (two colours), half a related product.
    const product = world.rng.chance(0.5) ? first : sameMode(world.rng);
    lines.push(line(world, orderId, product, world.rng.pick(product.skus)));
  }
  return lines;
}

function handlingMs(rng: Rng, product: DemoProduct, day: string): number {
  // Fully managed stock already sits in the platform warehouse; others pack and hand over themselves.
  const baseDays =
    product.mode === 'fully-managed' ? rng.float(0.4, 2) : rng.float(0.3, 1) * product.product.handlingDays;
  return (baseDays + chineseNewYearDelayDays(day)) * DAY_MS;
}

interface Outcome {
  status: OrderStatus;
  refundAmount: number;
  disputeDeadline?: number;
}

function afterDeliveryOutcome(rng: Rng, order: Order, baseStatus: OrderStatus, nowMs: number): Outcome {
  const settledAt = order.deliveredAt ?? (order.shippedAt as number) + 30 * DAY_MS;
  if (rng.chance(DISPUTE_CHANCE)) {
    const openedAt = settledAt + rng.float(0, 6) * DAY_MS;
    if (openedAt <= nowMs) return disputeOutcome(rng, order, baseStatus, openedAt + 7 * DAY_MS, nowMs);
  }
  if (rng.chance(REFUND_CHANCE)) {
    const refundedAt = settledAt + rng.float(0.5, 8) * DAY_MS;
    if (refundedAt <= nowMs) {
      if (rng.chance(0.65)) return { status: 'refunded', refundAmount: order.amount };
      return { status: baseStatus, refundAmount: partialRefund(rng, order.amount) };
    }
  }
  return { status: baseStatus, refundAmount: 0 };
}

function partialRefund(rng: Rng, amount: number): number {
  return Math.max(1, Math.round(amount * rng.float(0.2, 0.5)));
}

function disputeOutcome(
  rng: Rng,
  order: Order,
  baseStatus: OrderStatus,
  deadline: number,
  nowMs: number,
): Outcome {
  if (deadline > nowMs) return { status: 'disputed', refundAmount: 0, disputeDeadline: deadline };
  const roll = rng.next();
  if (roll < 0.6) return { status: 'refunded', refundAmount: order.amount, disputeDeadline: deadline };
  if (roll < 0.85)
    return { status: baseStatus, refundAmount: partialRefund(rng, order.amount), disputeDeadline: deadline };
  return { status: baseStatus, refundAmount: 0, disputeDeadline: deadline };
}

/** Before anything ships: unpaid (only on the last day), cancelled, or still being packed. */
function preShipmentStatus(
  rng: Rng,
  order: Order,
  shippedAt: number,
  nowMs: number,
): OrderStatus | undefined {
  if (nowMs - order.placedAt < DAY_MS && rng.chance(0.05)) return 'awaiting-payment';
  if (rng.chance(CANCEL_CHANCE)) return 'cancelled';
  if (shippedAt > nowMs) return 'awaiting-shipment';
  return undefined;
}

/** Moves an order along its life up to `nowMs`: payment, handling, transit, delivery, confirmation, problems. */
function settleOrder(
  world: OrderWorld,
  order: Order,
  product: DemoProduct,
  weightGrams: number,
): Shipment | undefined {
  const { rng, nowMs } = world;
  const shippedAt = order.placedAt + handlingMs(rng, product, order.day);
  const notShipped = preShipmentStatus(rng, order, shippedAt, nowMs);
  if (notShipped) {
    order.status = notShipped;
    return undefined;
  }
  const carrier = pickCarrier(rng, order.hostingMode);
  order.carrier = carrier;
  order.trackingNumber = trackingNumber(rng, carrier);
  order.shippedAt = Math.round(shippedAt);
  const deliveredAt = shippedAt + transitDays(rng, carrier, order.country) * DAY_MS;
  let baseStatus: OrderStatus = 'shipped';
  if (deliveredAt <= nowMs) {
    order.deliveredAt = Math.round(deliveredAt);
    // Buyers confirm receipt (or the platform auto-confirms) one to two weeks after delivery.
    baseStatus = deliveredAt + rng.float(5, 15) * DAY_MS <= nowMs ? 'completed' : 'delivered';
  }
  const outcome = afterDeliveryOutcome(rng, order, baseStatus, nowMs);
  order.status = outcome.status;
  order.refundAmount = outcome.refundAmount;
  if (outcome.disputeDeadline !== undefined) order.disputeDeadline = Math.round(outcome.disputeDeadline);
  return buyerParcel(world, order, carrier, weightGrams);
}

function buyerParcel(world: OrderWorld, order: Order, carrier: CarrierId, weightGrams: number): Shipment {
  // Fully managed parcels leave the platform's warehouse at the platform's expense.
  const costFen =
    order.hostingMode === 'fully-managed' ? 0 : parcelCostFen(carrier, order.country, weightGrams);
  const shipment: Shipment = {
    id: world.nextId('sh'),
    storeId: order.storeId,
    kind: 'buyer-parcel',
    orderId: order.id,
    carrier,
    trackingNumber: order.trackingNumber as string,
    country: order.country,
    createdAt: Math.max(
      order.placedAt,
      (order.shippedAt as number) - Math.round(world.rng.float(2, 20) * HOUR_MS),
    ),
    shippedAt: order.shippedAt as number,
    cost: { amount: costFen, currency: 'CNY' },
  };
  if (order.deliveredAt !== undefined) shipment.deliveredAt = order.deliveredAt;
  return shipment;
}

function shippingFee(rng: Rng, mode: HostingMode): number {
  // Most listings ship free; some self-operated ones charge a small fee for tracked shipping.
  return mode === 'self-operated' && rng.chance(0.2) ? rng.int(1, 5) * 100 - 1 : 0;
}

/** One order placed at `placedAt` in a store, with its lines, its state by `nowMs` and its parcel if shipped. */
export function generateOrder(
  world: OrderWorld,
  storeId: Id,
  storeIndex: number,
  shelf: StoreShelf,
  placedAt: number,
  productWeight: (productId: Id) => number,
): GeneratedOrder {
  const buyer = chooseBuyer(world, storeId, storeIndex);
  const product = shelf.pickAny(world.rng);
  const orderNumber = newOrderNumber(world);
  const id = orderIdOf(storeId, orderNumber);
  const lines = buildLines(world, id, product, shelf);
  const order: Order = {
    id,
    storeId,
    orderId: orderNumber,
    buyerId: buyer.id,
    buyerName: buyer.name,
    country: buyer.country as CountryCode,
    placedAt,
    day: dayKeyOf(placedAt),
    status: 'awaiting-shipment',
    amount: lines.reduce((sum, entry) => sum + entry.quantity * entry.unitPrice, 0),
    shippingFee: shippingFee(world.rng, product.mode),
    refundAmount: 0,
    currency: 'USD',
    itemCount: lines.reduce((sum, entry) => sum + entry.quantity, 0),
    hostingMode: product.mode,
  };
  const weight = lines.reduce((sum, entry) => sum + entry.quantity * productWeight(entry.productId), 0);
  const shipment = settleOrder(world, order, product, weight);
  if (order.status === 'awaiting-shipment') order.shipTo = demoShipTo(buyer.id, buyer.name, order.country);
  return shipment ? { order, lines, product, shipment } : { order, lines, product };
}

/** Random instants within a day, sorted, so each day's orders come out in time order. */
export function placementTimes(rng: Rng, day: string, count: number, nowMs: number): number[] {
  const start = dayStartMs(day);
  const span = Math.min(DAY_MS, nowMs - start + 1);
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) times.push(start + Math.floor(rng.next() * span));
  return times.sort((a, b) => a - b);
}
