import Dexie from 'dexie';
import { orderIdOf } from '@shared/domain/ids';
import type { Order, OrderStatus } from '@shared/domain/types';
import type { WorkstationDb } from '../../db/db';

export interface OrderFilter {
  storeId: string;
  status?: OrderStatus;
  /** Order number or tracking number prefix. */
  search?: string;
}

/**
 * One page of orders, newest first, read through an index: the table may hold millions of rows,
 * so nothing here loads more than `limit` of them. `before` is the placedAt of the last row shown.
 */
export async function fetchOrdersPage(
  db: WorkstationDb,
  filter: OrderFilter,
  before: number | undefined,
  limit: number,
): Promise<Order[]> {
  const search = filter.search?.trim();
  if (search) {
    const byId = db.orders.where(':id').startsWith(orderIdOf(filter.storeId, search));
    const byTracking = db.orders.where('trackingNumber').startsWithIgnoreCase(search);
    const matches = [...(await byId.limit(limit).toArray()), ...(await byTracking.limit(limit).toArray())];
    const unique = new Map(
      matches
        .filter((o) => o.storeId === filter.storeId && (!filter.status || o.status === filter.status))
        .map((o) => [o.id, o]),
    );
    return [...unique.values()].sort((a, b) => b.placedAt - a.placedAt).slice(0, limit);
  }
  const upper = before ?? Dexie.maxKey;
  const range = filter.status
    ? db.orders
        .where('[storeId+status+placedAt]')
        .between(
          [filter.storeId, filter.status, Dexie.minKey],
          [filter.storeId, filter.status, upper],
          true,
          false,
        )
    : db.orders
        .where('[storeId+placedAt]')
        .between([filter.storeId, Dexie.minKey], [filter.storeId, upper], true, false);
  return range.reverse().limit(limit).toArray();
}
