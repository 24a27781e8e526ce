import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Order, OrderLine, Product } from '@shared/domain/types';
import { awaitingOrders } from '../../../data/shipping';
import { db, type ShipQueueRow } from '../../../db/db';
import { useShipQueue } from './useShipQueue';

export interface BoardData {
  /** The chosen stores' orders awaiting shipment, as the ship-by queue keeps them (deadline order per store). */
  queue: ShipQueueRow[];
  products: Map<string, Product>;
  loaded: boolean;
  /** False while only the first screenful is in (the board paints it and says the rest is coming). */
  complete: boolean;
}

/** What the ship-by board draws: the stores' queues in deadline order, and the catalog. */
export function useBoardData(storeIds: readonly string[]): BoardData {
  const queue = useShipQueue(storeIds);
  return {
    queue: queue?.rows ?? NO_ROWS,
    products: queue?.products ?? NO_PRODUCTS,
    loaded: queue !== undefined,
    complete: queue?.complete ?? false,
  };
}

const NO_ROWS: ShipQueueRow[] = [];
const NO_PRODUCTS = new Map<string, Product>();

export interface OrderDetail {
  orders: Order[];
  lines: OrderLine[];
}

/** The whole orders and their lines, for what needs more than the queue row (the ship dialog, packing slips). */
export async function readOrderDetail(orderIds: readonly string[]): Promise<OrderDetail> {
  const [orders, lines] = await Promise.all([
    db.orders.bulkGet([...orderIds]),
    db.orderLines
      .where('orderId')
      .anyOf([...orderIds])
      .toArray(),
  ]);
  return { orders: orders.filter((o): o is Order => o !== undefined), lines };
}

/** Every awaiting order with its lines, for the joint-shipping view; read only while `enabled`. */
export function useAwaitingDetail(storeIds: readonly string[], enabled: boolean): OrderDetail | undefined {
  const key = storeIds.join('|');
  const orders = useLiveQuery(
    async () =>
      enabled ? (await Promise.all(storeIds.map((id) => awaitingOrders(db, id)))).flat() : undefined,
    [key, enabled],
  );
  const [detail, setDetail] = useState<OrderDetail | undefined>(undefined);
  useEffect(() => {
    if (!orders) return;
    let cancelled = false;
    void db.orderLines
      .where('orderId')
      .anyOf(orders.map((o) => o.id))
      .toArray()
      .then((lines) => {
        if (!cancelled) setDetail({ orders, lines });
      });
    return () => {
      cancelled = true;
    };
  }, [orders]);
  return enabled ? detail : undefined;
}
