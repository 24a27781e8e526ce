/**
 * What the merchant ships, by mode: parcels to buyers for self-operated and semi-managed orders, inbound
 * shipments to the platform warehouse for fully managed products. Both are pages read by index, never scans.
 *
 * An order keeps the mode it was placed in (Order.hostingMode): an order placed before a switch is still
 * shipped the way it was sold.
 */
import Dexie from 'dexie';
import type { Order, Shipment } from '@shared/domain/types';
import type { WorkstationDb } from '../../../db/db';

export const FULFILMENT_PAGE = 50;

/** Orders awaiting shipment that the merchant ships (not fully managed), oldest first: the most urgent on top. */
export async function parcelsToShip(
  db: WorkstationDb,
  storeId: string,
  limit = FULFILMENT_PAGE,
): Promise<Order[]> {
  return db.orders
    .where('[storeId+status+placedAt]')
    .between([storeId, 'awaiting-shipment', Dexie.minKey], [storeId, 'awaiting-shipment', Dexie.maxKey])
    .filter((o) => o.hostingMode !== 'fully-managed')
    .limit(limit)
    .toArray();
}

/** Inbound shipments to the platform warehouse, newest first. */
export async function inboundShipments(
  db: WorkstationDb,
  storeId: string,
  limit = FULFILMENT_PAGE,
): Promise<Shipment[]> {
  return db.shipments
    .where('[storeId+kind+createdAt]')
    .between([storeId, 'warehouse-inbound', Dexie.minKey], [storeId, 'warehouse-inbound', Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

export type InboundState = 'preparing' | 'in-transit' | 'received';

export function inboundState(s: Pick<Shipment, 'shippedAt' | 'deliveredAt'>): InboundState {
  if (s.deliveredAt !== undefined) return 'received';
  return s.shippedAt !== undefined ? 'in-transit' : 'preparing';
}
