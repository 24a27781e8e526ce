/**
 * Rows the logistics screens keep (sync-ready, ARCHITECTURE §16): string ids, updatedAt + updatedBy on what a
 * user edits, tombstones instead of deletes.
 */
import type { CurrencyCode, EpochMs, Id } from '@shared/domain/types';
import type { RateRow } from './rates';
import type { TrackingCarrier } from './tracking';

export const PARCEL_STATUSES = ['packing', 'in-transit', 'delivered', 'exception', 'expired'] as const;
export type ParcelStatus = (typeof PARCEL_STATUSES)[number];

/** One physical parcel: one order, or several merged for joint shipping, with one tracking number once shipped. */
export interface ParcelRecord {
  id: Id;
  storeId: Id;
  orderIds: Id[];
  status: ParcelStatus;
  /** The carrier as the seller names it (a rate table's carrier) and the service chosen. */
  carrierName?: string;
  service?: string;
  trackingCarrier?: TrackingCarrier;
  trackingNumber?: string;
  /** When the seller declared it shipped. */
  declaredAt?: EpochMs;
  /** The carrier's first scan, from an imported tracking export; none within 5 working days is a warning. */
  firstScanAt?: EpochMs;
  /** The latest tracking event an import reported, and when. */
  lastEvent?: string;
  lastEventAt?: EpochMs;
  /** Shipping cost in hundredths of `costCurrency`: the quote chosen when shipping, or what the seller entered. */
  costHundredths?: number;
  costCurrency?: CurrencyCode;
  weightG?: number;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  updatedBy: string;
  deletedAt?: EpochMs;
}

/** A rate table the seller imported (or typed), kept whole: a few dozen rows. */
export interface RateTableRecord {
  id: Id;
  name: string;
  fileName: string;
  importedAt: EpochMs;
  rows: RateRow[];
  updatedAt: EpochMs;
  updatedBy: string;
  deletedAt?: EpochMs;
}

/** An alert shown once: the id is `${orderId}|${level}`. */
export interface ShipByAlertRecord {
  id: string;
  storeId: Id;
  orderId: Id;
  level: string;
  shownAt: EpochMs;
}
