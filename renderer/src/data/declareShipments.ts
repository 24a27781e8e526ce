/**
 * The seller centre's bulk "declare shipment" file, both ways: the shipped orders to export, and a file read
 * back (the app's own export, or one edited in Excel) applied idempotently: an order that already carries the
 * row's tracking number is left as it is, so importing the same file twice changes nothing the second time.
 */
import Dexie from 'dexie';
import type { Order } from '@shared/domain/types';
import type { DeclareRow } from '@shared/logistics/declare';
import { canShipJointly } from '@shared/logistics/joint';
import type { ParcelRecord } from '@shared/logistics/records';
import { problemAt, type TableProblem } from '@shared/logistics/tableRecords';
import type { WorkstationDb } from '../db/db';
import { shipOrders, trackingNumberUsedBy } from './shipping';

/** The store's shipped and delivered orders (with a tracking number) and their parcels, for the export. */
export async function shippedOrdersWithParcels(
  db: WorkstationDb,
  storeId: string,
): Promise<{ orders: Order[]; parcels: Map<string, ParcelRecord> }> {
  const orders = (
    await Promise.all(
      (['shipped', 'delivered'] as const).map((status) =>
        db.orders
          .where('[storeId+status+placedAt]')
          .between([storeId, status, Dexie.minKey], [storeId, status, Dexie.maxKey])
          .toArray(),
      ),
    )
  ).flat();
  const parcelIds = [...new Set(orders.map((o) => o.parcelId).filter((id): id is string => Boolean(id)))];
  const parcels = (await db.parcels.bulkGet(parcelIds)).filter((p): p is ParcelRecord => p !== undefined);
  return { orders: orders.filter((o) => o.trackingNumber), parcels: new Map(parcels.map((p) => [p.id, p])) };
}

export interface DeclareApplyResult {
  /** Orders newly marked shipped by this import. */
  shipped: number;
  /** Rows whose order already carried that tracking number. */
  unchanged: number;
  errors: TableProblem[];
}

/** Applies the readable rows of a declare-shipment file to one store; every refused row is named. */
export async function applyDeclareRows(
  db: WorkstationDb,
  storeId: string,
  fileName: string,
  rows: readonly DeclareRow[],
  now: number,
): Promise<DeclareApplyResult> {
  const errors: TableProblem[] = [];
  const refuse = (row: DeclareRow, field: 'order_id' | 'tracking_number', code: string, message: string) => {
    const column = row.columns[field] ?? field;
    errors.push(problemAt(fileName, row.row, column, field, code, `${column}: ${message}`));
  };
  const found = await db.orders.bulkGet(rows.map((r) => `${storeId}:${r.orderId}`));
  let unchanged = 0;
  const toShip = new Map<string, { row: DeclareRow; order: Order }[]>();
  rows.forEach((row, index) => {
    const order = found[index];
    if (!order) return refuse(row, 'order_id', 'unknownOrder', `order "${row.orderId}" is not in this store`);
    if (order.trackingNumber === row.trackingNumber) {
      unchanged += 1;
      return;
    }
    if (row.refusal || !row.trackingCarrier)
      return refuse(
        row,
        'tracking_number',
        'badTracking',
        `${row.trackingNumber} is refused: ${row.refusal ?? 'not a tracking number'}`,
      );
    if (order.trackingNumber)
      return refuse(
        row,
        'tracking_number',
        'otherNumber',
        `order "${row.orderId}" was already shipped with ${order.trackingNumber}, not ${row.trackingNumber}`,
      );
    if (order.status !== 'awaiting-shipment')
      return refuse(
        row,
        'order_id',
        'notAwaiting',
        `order "${row.orderId}" is ${order.status}, not awaiting shipment`,
      );
    const group = toShip.get(row.trackingNumber) ?? [];
    group.push({ row, order });
    toShip.set(row.trackingNumber, group);
  });

  let shipped = 0;
  for (const [trackingNumber, group] of toShip) {
    const ids = group.map((g) => g.order.id);
    const orders = group.map((g) => g.order);
    const usedBy = await trackingNumberUsedBy(db, trackingNumber, ids);
    const parcelIds = new Set(orders.map((o) => o.parcelId));
    let problem: { code: string; message: string } | null = null;
    if (usedBy.length > 0)
      problem = {
        code: 'usedElsewhere',
        message: `${trackingNumber} is already used by order ${usedBy.join(', ')}`,
      };
    else if (group.length > 1 && !canShipJointly(orders))
      problem = {
        code: 'notJoint',
        message: `${trackingNumber} is on orders that cannot share a parcel (other buyer or address, cash on delivery, VAT rules)`,
      };
    else if (parcelIds.size > 1 || (orders[0]?.parcelId && !(await wholeParcel(db, orders[0].parcelId, ids))))
      problem = {
        code: 'splitParcel',
        message: `the merged parcel of order ${orders[0]?.orderId ?? ''} must be declared with one number for all its orders`,
      };
    if (problem) {
      for (const { row } of group) refuse(row, 'tracking_number', problem.code, problem.message);
      continue;
    }
    const first = group[0]?.row;
    if (!first?.trackingCarrier) continue;
    await shipOrders(db, {
      storeId,
      orderIds: ids,
      carrierName: first.carrierName,
      service: first.service,
      trackingCarrier: first.trackingCarrier,
      trackingNumber,
      now: first.shippedAt ?? now,
    });
    shipped += ids.length;
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { shipped, unchanged, errors };
}

async function wholeParcel(db: WorkstationDb, parcelId: string, ids: readonly string[]): Promise<boolean> {
  const parcel = await db.parcels.get(parcelId);
  return !parcel || parcel.orderIds.every((id) => ids.includes(id));
}
