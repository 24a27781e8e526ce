import { countsAsSale } from '@shared/analytics/rollup';
import type { Order } from '@shared/domain/types';

/** The order fields the newBuyers figure depends on. */
export type BuyerOrderFacts = Pick<
  Order,
  'id' | 'storeId' | 'buyerId' | 'placedAt' | 'day' | 'hostingMode' | 'currency' | 'status'
>;

export function buyerFacts(order: Order): BuyerOrderFacts {
  const { id, storeId, buyerId, placedAt, day, hostingMode, currency, status } = order;
  return { id, storeId, buyerId, placedAt, day, hostingMode, currency, status };
}

/**
 * Exports name a buyer but carry no buyer id: one buyer per store, name and country. An order without a name is
 * its own buyer, so it still counts once as a new buyer.
 */
export function buyerIdOf(
  storeId: string,
  orderId: string,
  name: string | undefined,
  country: string,
): string {
  const key = name?.trim().toLowerCase().replace(/\s+/gu, ' ');
  return key ? `${storeId}:buyer:${country}:${key}` : `${storeId}:buyer:order:${orderId}`;
}

const earlier = (a: BuyerOrderFacts, b: BuyerOrderFacts) =>
  a.placedAt < b.placedAt || (a.placedAt === b.placedAt && a.id < b.id);

/** The buyer's first counted order: the rule rollup.ts uses for newBuyers (earliest placedAt, then id). */
export function firstCountedOrder(orders: readonly BuyerOrderFacts[]): BuyerOrderFacts | undefined {
  let first: BuyerOrderFacts | undefined;
  for (const order of orders)
    if (countsAsSale(order.status) && (!first || earlier(order, first))) first = order;
  return first;
}
