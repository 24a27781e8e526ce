import type { Order, OrderLine } from '@shared/domain/types';
import type { WorkstationDb } from '../../db/db';
import { buyerFacts, type BuyerOrderFacts } from './buyers';

/** Where a write learns what is already stored: the orders it replaces and each touched buyer's other orders. */
export interface OrderHistory {
  currentOrders(ids: readonly string[]): Promise<(Order | undefined)[]>;
  currentLines(orderIds: readonly string[]): Promise<OrderLine[]>;
  buyerOrders(buyerIds: readonly string[]): Promise<BuyerOrderFacts[]>;
  /** Called after a chunk is written, with the orders written (next) and removed. */
  remember(written: readonly Order[], removedIds: readonly string[]): void;
}

/** Reads through the indexes; right for any store. Call its methods inside the write's transaction. */
export function storedOrderHistory(db: WorkstationDb): OrderHistory {
  return {
    currentOrders: (ids) => db.orders.bulkGet(ids as string[]),
    currentLines: (orderIds) =>
      orderIds.length === 0
        ? Promise.resolve([])
        : db.orderLines
            .where('orderId')
            .anyOf(orderIds as string[])
            .toArray(),
    buyerOrders: async (buyerIds) =>
      buyerIds.length === 0
        ? []
        : (
            await db.orders
              .where('buyerId')
              .anyOf(buyerIds as string[])
              .toArray()
          ).map(buyerFacts),
    remember: () => undefined,
  };
}

/**
 * For a store that had no orders when the import began: everything stored since came from this import, so
 * the buyers' other orders are known in memory and no chunk has to read before it writes. This is what makes
 * a first import run at bulkPut speed. An order id written twice (never from one file) falls back to a read.
 */
export function freshStoreHistory(db: WorkstationDb): OrderHistory {
  const stored = storedOrderHistory(db);
  const written = new Set<string>();
  const byBuyer = new Map<string, Map<string, BuyerOrderFacts>>();
  const buyerOfOrder = new Map<string, string>();
  return {
    currentOrders: async (ids) => {
      const seen = ids.filter((id) => written.has(id));
      if (seen.length === 0) return ids.map(() => undefined);
      const found = new Map(
        (await stored.currentOrders(seen)).flatMap((o) => (o ? [[o.id, o] as const] : [])),
      );
      return ids.map((id) => found.get(id));
    },
    currentLines: (orderIds) => stored.currentLines(orderIds.filter((id) => written.has(id))),
    buyerOrders: async (buyerIds) => buyerIds.flatMap((id) => [...(byBuyer.get(id)?.values() ?? [])]),
    remember: (orders, removedIds) => {
      const forget = (id: string) => {
        byBuyer.get(buyerOfOrder.get(id) ?? '')?.delete(id);
        buyerOfOrder.delete(id);
      };
      for (const id of removedIds) {
        forget(id);
        written.delete(id);
      }
      for (const order of orders) {
        forget(order.id);
        written.add(order.id);
        buyerOfOrder.set(order.id, order.buyerId);
        const facts = byBuyer.get(order.buyerId) ?? new Map<string, BuyerOrderFacts>();
        facts.set(order.id, buyerFacts(order));
        byBuyer.set(order.buyerId, facts);
      }
    },
  };
}
