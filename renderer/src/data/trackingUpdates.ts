/**
 * A tracking export applied to the shipped parcels: each row finds its parcel by tracking number and sets its
 * status, first carrier scan and latest event; a delivered parcel marks its orders delivered. Re-importing the
 * same export changes nothing (a row that says what the parcel already says is counted as unchanged).
 */
import { CARRIER_NAMES, type Order } from '@shared/domain/types';
import type { ParcelRecord } from '@shared/logistics/records';
import { problemAt, type TableProblem } from '@shared/logistics/tableRecords';
import type { TrackingUpdate } from '@shared/logistics/trackingExport';
import type { WorkstationDb } from '../db/db';
import { shipQueueTables, syncShipQueue } from './shipQueue';
import { DEVICE } from './shipping';

export interface TrackingApplyResult {
  updated: number;
  unchanged: number;
  errors: TableProblem[];
}

export async function applyTrackingUpdates(
  db: WorkstationDb,
  storeIds: readonly string[],
  fileName: string,
  updates: readonly TrackingUpdate[],
  now: number,
): Promise<TrackingApplyResult> {
  const errors: TableProblem[] = [];
  let updated = 0;
  let unchanged = 0;
  await db.transaction('rw', [db.parcels, db.orders, db.orderLines, ...shipQueueTables(db)], async () => {
    for (const update of updates) {
      const parcels = (
        await db.parcels.where('trackingNumber').equals(update.trackingNumber).toArray()
      ).filter((p) => !p.deletedAt && storeIds.includes(p.storeId));
      const parcel = parcels[0] ?? (await parcelOfImportedOrders(db, storeIds, update.trackingNumber, now));
      if (!parcel) {
        const column = update.columns.tracking_number ?? 'tracking_number';
        errors.push(
          problemAt(
            fileName,
            update.row,
            column,
            'tracking_number',
            'unknownParcel',
            `${column}: no shipped parcel has tracking number ${update.trackingNumber}`,
          ),
        );
        continue;
      }
      const next: ParcelRecord = { ...parcel, status: update.status };
      if (update.firstScanAt !== undefined)
        next.firstScanAt = Math.min(parcel.firstScanAt ?? Infinity, update.firstScanAt);
      if (update.lastEventAt !== undefined) next.lastEventAt = update.lastEventAt;
      if (update.lastEvent !== undefined) next.lastEvent = update.lastEvent;
      const same =
        next.status === parcel.status &&
        next.firstScanAt === parcel.firstScanAt &&
        next.lastEventAt === parcel.lastEventAt &&
        next.lastEvent === parcel.lastEvent;
      if (same && parcels.length > 0) {
        unchanged += 1;
        continue;
      }
      await db.parcels.put(same ? next : { ...next, updatedAt: now, updatedBy: DEVICE });
      updated += 1;
      if (next.status === 'delivered' && parcel.status !== 'delivered') {
        const deliveredAt = update.lastEventAt ?? now;
        const orders = (await db.orders.bulkGet(parcel.orderIds)).filter((o): o is Order => o !== undefined);
        const next = orders.map((o): Order =>
          o.status === 'shipped' ? { ...o, status: 'delivered', deliveredAt } : o,
        );
        await db.orders.bulkPut(next);
        await syncShipQueue(db, next);
      }
    }
  });
  return { updated, unchanged, errors };
}

/**
 * Orders shipped outside the app (an imported order export) carry a tracking number but no parcel: the first
 * tracking row for that number makes their parcel, declared when the orders were shipped.
 */
async function parcelOfImportedOrders(
  db: WorkstationDb,
  storeIds: readonly string[],
  trackingNumber: string,
  now: number,
): Promise<ParcelRecord | undefined> {
  const orders = (await db.orders.where('trackingNumber').equals(trackingNumber).toArray()).filter(
    (o) => storeIds.includes(o.storeId) && (o.status === 'shipped' || o.status === 'delivered'),
  );
  const first = orders[0];
  if (!first) return undefined;
  const parcel: ParcelRecord = {
    id: crypto.randomUUID(),
    storeId: first.storeId,
    orderIds: orders.filter((o) => o.storeId === first.storeId).map((o) => o.id),
    status: 'in-transit',
    trackingNumber,
    ...(first.carrier ? { carrierName: CARRIER_NAMES[first.carrier] } : {}),
    declaredAt: first.shippedAt ?? first.placedAt,
    createdAt: now,
    updatedAt: now,
    updatedBy: DEVICE,
  };
  const next = orders
    .filter((o) => o.storeId === first.storeId && !o.parcelId)
    .map((o) => ({ ...o, parcelId: parcel.id }));
  await db.orders.bulkPut(next);
  await syncShipQueue(db, next);
  return parcel;
}
