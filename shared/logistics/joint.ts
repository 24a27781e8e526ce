/**
 * Joint shipping (合并发货): orders that may leave in one parcel. Same store, same buyer account and exactly the
 * same address as entered, all awaiting shipment and not yet in a parcel, none excluded by the platform: cash on
 * delivery never, EU VAT-collected orders only together with orders of the same parent order. Orders whose address
 * is unknown (imports without it) or that the platform ships (fully managed) are never grouped.
 */
import type { Order } from '@shared/domain/types';

export type JointCandidate = Pick<
  Order,
  | 'id'
  | 'storeId'
  | 'buyerId'
  | 'status'
  | 'hostingMode'
  | 'shipTo'
  | 'cashOnDelivery'
  | 'vatCollected'
  | 'parentOrderId'
  | 'parcelId'
>;

/** The key orders must share to travel together, or null when an order may not be shipped jointly. */
export function jointKey(order: JointCandidate): string | null {
  if (order.status !== 'awaiting-shipment' || order.parcelId) return null;
  if (order.hostingMode === 'fully-managed' || order.cashOnDelivery) return null;
  if (!order.shipTo || order.shipTo.trim() === '') return null;
  let vat = 'no-vat';
  if (order.vatCollected) {
    if (!order.parentOrderId) return null;
    vat = `vat:${order.parentOrderId}`;
  }
  return `${order.storeId}\u0001${order.buyerId}\u0001${order.shipTo}\u0001${vat}`;
}

/** Groups of two or more orders that may share a parcel, each group's orders in the input order. */
export function findJointGroups<T extends JointCandidate>(orders: Iterable<T>): T[][] {
  const byKey = new Map<string, T[]>();
  for (const order of orders) {
    const key = jointKey(order);
    if (key === null) continue;
    const group = byKey.get(key);
    if (group) group.push(order);
    else byKey.set(key, [order]);
  }
  return [...byKey.values()].filter((group) => group.length > 1);
}

/** Whether a chosen set may be merged (the UI checks before it writes one parcel). */
export function canShipJointly(orders: readonly JointCandidate[]): boolean {
  if (orders.length < 2) return false;
  const key = jointKey(orders[0] as JointCandidate);
  return key !== null && orders.every((order) => jointKey(order) === key);
}
