/**
 * Logistics writes that keep orders and parcels in step: shipping an order or a merged parcel, merging orders of
 * one buyer into one parcel and splitting it again. Every screen (and the bench) calls these, never its own copy.
 */
import Dexie from 'dexie';
import { CARRIERS, type CarrierId, type Order } from '@shared/domain/types';
import { canShipJointly } from '@shared/logistics/joint';
import type { ParcelRecord } from '@shared/logistics/records';
import { normalizeTrackingNumber, type TrackingCarrier } from '@shared/logistics/tracking';
import type { WorkstationDb } from '../db/db';
import { shipQueueTables, syncShipQueue } from './shipQueue';

export const DEVICE = 'this-pc';

/** Every order of a store still to ship, oldest first, from the [storeId+status+placedAt] index. */
export function awaitingOrders(db: WorkstationDb, storeId: string): Promise<Order[]> {
  return db.orders
    .where('[storeId+status+placedAt]')
    .between([storeId, 'awaiting-shipment', Dexie.minKey], [storeId, 'awaiting-shipment', Dexie.maxKey])
    .toArray();
}

/** Orders and parcels (other than `except`) that already carry this tracking number. */
export async function trackingNumberUsedBy(
  db: WorkstationDb,
  trackingNumber: string,
  except: readonly string[],
): Promise<string[]> {
  const normalized = normalizeTrackingNumber(trackingNumber);
  if (normalized === '') return [];
  const [orders, parcels] = await Promise.all([
    db.orders.where('trackingNumber').equals(normalized).toArray(),
    db.parcels.where('trackingNumber').equals(normalized).toArray(),
  ]);
  const ids = new Set<string>();
  for (const order of orders) if (!except.includes(order.id)) ids.add(order.orderId);
  for (const parcel of parcels)
    if (!parcel.deletedAt)
      for (const id of parcel.orderIds) if (!except.includes(id)) ids.add(id.split(':').pop() ?? id);
  return [...ids];
}

const CARRIER_BY_NAME: Record<string, CarrierId> = {
  cainiao: 'cainiao',
  'china post': 'china-post',
  chinapost: 'china-post',
  ems: 'ems',
  dhl: 'dhl',
  ups: 'ups',
  yanwen: 'yanwen',
  '4px': '4px',
};

/** The order's carrier field takes the platform's carrier ids only; other carriers live on the parcel. */
function carrierIdOf(name: string | undefined, tracking: TrackingCarrier | undefined): CarrierId | undefined {
  const key = (name ?? '').trim().toLowerCase();
  const byName = CARRIER_BY_NAME[key];
  if (byName) return byName;
  if (tracking === 'ups') return 'ups';
  if (tracking === 'dhl-express') return 'dhl';
  if (tracking === 'cainiao') return 'cainiao';
  return (CARRIERS as readonly string[]).includes(key) ? (key as CarrierId) : undefined;
}

export interface ShipInput {
  storeId: string;
  orderIds: string[];
  carrierName: string;
  service: string;
  trackingCarrier: TrackingCarrier;
  trackingNumber: string;
  costHundredths?: number;
  costCurrency?: string;
  weightG?: number;
  now: number;
}

/** Marks the orders shipped in one parcel (a merged parcel keeps its id) with one tracking number. */
export async function shipOrders(db: WorkstationDb, input: ShipInput): Promise<ParcelRecord> {
  const trackingNumber = normalizeTrackingNumber(input.trackingNumber);
  return db.transaction('rw', [db.orders, db.orderLines, db.parcels, ...shipQueueTables(db)], async () => {
    const orders = (await db.orders.bulkGet(input.orderIds)).filter((o): o is Order => o !== undefined);
    const existingId = orders.find((o) => o.parcelId)?.parcelId;
    const existing = existingId ? await db.parcels.get(existingId) : undefined;
    const parcel: ParcelRecord = {
      ...(existing ?? {
        id: crypto.randomUUID(),
        storeId: input.storeId,
        orderIds: [],
        createdAt: input.now,
      }),
      orderIds: [...new Set([...(existing?.orderIds ?? []), ...orders.map((o) => o.id)])],
      status: 'in-transit',
      carrierName: input.carrierName,
      service: input.service,
      trackingCarrier: input.trackingCarrier,
      trackingNumber,
      declaredAt: input.now,
      updatedAt: input.now,
      updatedBy: DEVICE,
    };
    if (input.costHundredths !== undefined) parcel.costHundredths = input.costHundredths;
    if (input.costCurrency) parcel.costCurrency = input.costCurrency;
    if (input.weightG !== undefined) parcel.weightG = input.weightG;
    await db.parcels.put(parcel);
    const carrier = carrierIdOf(input.carrierName, input.trackingCarrier);
    const shipped = orders.map((o) => {
      const next: Order = {
        ...o,
        status: 'shipped',
        trackingNumber,
        shippedAt: input.now,
        parcelId: parcel.id,
      };
      if (carrier) next.carrier = carrier;
      else delete next.carrier;
      return next;
    });
    await db.orders.bulkPut(shipped);
    await syncShipQueue(db, shipped);
    return parcel;
  });
}

/** Puts orders of one buyer and address into one parcel (not yet shipped); refuses a set the rules exclude. */
export async function mergeIntoParcel(
  db: WorkstationDb,
  orderIds: readonly string[],
  now: number,
): Promise<ParcelRecord> {
  return db.transaction('rw', [db.orders, db.orderLines, db.parcels, ...shipQueueTables(db)], async () => {
    const orders = (await db.orders.bulkGet([...orderIds])).filter((o): o is Order => o !== undefined);
    if (!canShipJointly(orders)) throw new Error('These orders cannot share a parcel');
    const parcel: ParcelRecord = {
      id: crypto.randomUUID(),
      storeId: orders[0]?.storeId ?? '',
      orderIds: orders.map((o) => o.id),
      status: 'packing',
      createdAt: now,
      updatedAt: now,
      updatedBy: DEVICE,
    };
    await db.parcels.put(parcel);
    const merged = orders.map((o) => ({ ...o, parcelId: parcel.id }));
    await db.orders.bulkPut(merged);
    await syncShipQueue(db, merged);
    return parcel;
  });
}

/** Undoes a merge that has not shipped yet: the orders are single again and the parcel is tombstoned. */
export async function splitParcel(db: WorkstationDb, parcelId: string, now: number): Promise<void> {
  await db.transaction('rw', [db.orders, db.orderLines, db.parcels, ...shipQueueTables(db)], async () => {
    const parcel = await db.parcels.get(parcelId);
    if (!parcel || parcel.status !== 'packing') return;
    const orders = (await db.orders.bulkGet(parcel.orderIds)).filter((o): o is Order => o !== undefined);
    const single = orders.map((o) => {
      const next = { ...o };
      delete next.parcelId;
      return next;
    });
    await db.orders.bulkPut(single);
    await syncShipQueue(db, single);
    await db.parcels.put({ ...parcel, deletedAt: now, updatedAt: now, updatedBy: DEVICE });
  });
}
