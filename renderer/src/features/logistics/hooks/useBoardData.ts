import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Order, OrderLine, Product } from '@shared/domain/types';
import { awaitingOrders } from '../../../data/shipping';
import { db, type ShipQueueRow } from '../../../db/db';
import { handlingFromProducts } from '../boardModel';
import { useShipQueue } from './useShipQueue';

export interface BoardData {
  /** The chosen stores' orders awaiting shipment, as the ship-by queue keeps them. */
  queue: ShipQueueRow[];
  products: Map<string, Product>;
  /** The longest handling days of each order without its own, from its products in the catalog. */
  handlingByOrder: Map<string, number>;
  loaded: boolean;
}

/** What the ship-by board draws: one index range over the queue per store, and the catalog's handling days. */
export function useBoardData(storeIds: readonly string[]): BoardData {
  const queue = useShipQueue(storeIds);
  const handlingByOrder = useMemo(
    () => handlingFromProducts(queue?.rows ?? [], queue?.products ?? new Map()),
    [queue],
  );
  return {
    queue: queue?.rows ?? NO_ROWS,
    products: queue?.products ?? NO_PRODUCTS,
    handlingByOrder,
    loaded: queue !== undefined,
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
