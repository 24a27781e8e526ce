import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Order, OrderLine, Product } from '@shared/domain/types';
import { awaitingOrders } from '../../../data/shipping';
import { db } from '../../../db/db';
import { handlingFromLines } from '../boardModel';

export interface BoardData {
  orders: Order[];
  products: Map<string, Product>;
  /** The awaiting orders' lines; null until read (after the first paint). */
  lines: OrderLine[] | null;
  handlingByOrder: Map<string, number>;
  loaded: boolean;
}

/** Awaiting orders of the chosen stores, live; lines are read after the orders so the board paints first. */
export function useBoardData(storeIds: readonly string[]): BoardData {
  const key = storeIds.join('|');
  const orders = useLiveQuery(
    async () => (await Promise.all(storeIds.map((id) => awaitingOrders(db, id)))).flat(),
    // storeIds is a new array every render; its content is the dependency.

    [key],
  );
  const productList = useLiveQuery(
    async () =>
      (await Promise.all(storeIds.map((id) => db.products.where('storeId').equals(id).toArray()))).flat(),

    [key],
  );
  const products = useMemo(() => new Map((productList ?? []).map((p) => [p.id, p])), [productList]);
  const [lines, setLines] = useState<OrderLine[] | null>(null);
  useEffect(() => {
    if (!orders) return;
    let cancelled = false;
    const ids = orders.map((o) => o.id);
    void db.orderLines
      .where('orderId')
      .anyOf(ids)
      .toArray()
      .then((read) => {
        if (!cancelled) setLines(read);
      });
    return () => {
      cancelled = true;
    };
  }, [orders]);
  const handlingByOrder = useMemo(() => handlingFromLines(lines ?? [], products), [lines, products]);
  return { orders: orders ?? [], products, lines, handlingByOrder, loaded: orders !== undefined };
}
