/**
 * Warehouse writes: set a SKU's stock or bin at a place, record an inbound shipment, and receive it (the counted
 * quantities are added to the place's stock and the shipment is closed, both in one transaction). The screen and
 * its tests call these, never their own copy.
 */
import type {
  InboundLine,
  InboundShipmentRecord,
  StockLevelRecord,
  StockPlace,
} from '@shared/logistics/warehouse';
import {
  isValidLeadTime,
  LEAD_TIME_LIMITS,
  receivedIntoStock,
  stockLevelId,
} from '@shared/logistics/warehouse';
import type { WorkstationDb } from '../db/db';
import { DEVICE } from './shipping';

export interface StockLevelChange {
  quantity?: number;
  bin?: string;
  /** The SKU's own lead time in days (on its 'own' row); null clears it. */
  leadTimeDays?: number | null;
  /** The quantity a new row starts from when the change sets no quantity (the catalog's stock for 'own'). */
  startQuantity?: number;
}

export async function setStockLevel(
  db: WorkstationDb,
  storeId: string,
  skuId: string,
  place: StockPlace,
  change: StockLevelChange,
  now: number,
): Promise<void> {
  if (
    change.leadTimeDays !== undefined &&
    change.leadTimeDays !== null &&
    !isValidLeadTime(change.leadTimeDays)
  )
    throw new RangeError(
      `Lead time: ${String(change.leadTimeDays)} is not a whole number of days from ${LEAD_TIME_LIMITS.min} to ${LEAD_TIME_LIMITS.max}`,
    );
  await db.transaction('rw', db.stockLevels, async () => {
    const id = stockLevelId(skuId, place);
    const existing = await db.stockLevels.get(id);
    const next: StockLevelRecord = {
      ...(existing ?? {
        id,
        storeId,
        skuId,
        place,
        quantity: Math.max(0, Math.round(change.startQuantity ?? 0)),
      }),
      updatedAt: now,
      updatedBy: DEVICE,
    };
    if (change.leadTimeDays === null) delete next.leadTimeDays;
    else if (change.leadTimeDays !== undefined) next.leadTimeDays = change.leadTimeDays;
    if (change.quantity !== undefined) next.quantity = Math.max(0, Math.round(change.quantity));
    if (change.bin !== undefined) {
      const bin = change.bin.trim();
      if (bin) next.bin = bin;
      else delete next.bin;
    }
    await db.stockLevels.put(next);
  });
}

export interface NewInbound {
  storeId: string;
  place: StockPlace;
  carrierName?: string;
  trackingNumber?: string;
  expectedOn?: string;
  lines: InboundLine[];
  sentAt: number;
}

export async function addInboundShipment(db: WorkstationDb, input: NewInbound, now: number): Promise<string> {
  const lines = input.lines.filter((l) => l.skuId && l.quantity > 0);
  if (lines.length === 0)
    throw new Error('An inbound shipment needs at least one SKU with a quantity above 0');
  const record: InboundShipmentRecord = {
    id: crypto.randomUUID(),
    storeId: input.storeId,
    place: input.place,
    lines: lines.map((l) => ({ skuId: l.skuId, quantity: Math.round(l.quantity) })),
    status: 'in-transit',
    sentAt: input.sentAt,
    createdAt: now,
    updatedAt: now,
    updatedBy: DEVICE,
  };
  if (input.carrierName?.trim()) record.carrierName = input.carrierName.trim();
  if (input.trackingNumber?.trim()) record.trackingNumber = input.trackingNumber.trim().toUpperCase();
  if (input.expectedOn) record.expectedOn = input.expectedOn;
  await db.inboundShipments.put(record);
  return record.id;
}

/** Receives a shipment with the counted quantity per line (by line index); receiving twice does nothing. */
export async function receiveInbound(
  db: WorkstationDb,
  shipmentId: string,
  counted: readonly number[],
  now: number,
): Promise<void> {
  await db.transaction('rw', [db.inboundShipments, db.stockLevels], async () => {
    const shipment = await db.inboundShipments.get(shipmentId);
    if (!shipment || shipment.status === 'received' || shipment.deletedAt) return;
    const lines = shipment.lines.map((line, i) => ({
      ...line,
      received: Math.max(0, Math.round(counted[i] ?? line.quantity)),
    }));
    const received: InboundShipmentRecord = {
      ...shipment,
      lines,
      status: 'received',
      receivedAt: now,
      updatedAt: now,
      updatedBy: DEVICE,
    };
    for (const [id, units] of receivedIntoStock(received)) {
      const skuId = id.slice(0, id.lastIndexOf('|'));
      const existing = await db.stockLevels.get(id);
      await db.stockLevels.put({
        ...(existing ?? { id, storeId: shipment.storeId, skuId, place: shipment.place, quantity: 0 }),
        quantity: (existing?.quantity ?? 0) + units,
        updatedAt: now,
        updatedBy: DEVICE,
      });
    }
    await db.inboundShipments.put(received);
  });
}
