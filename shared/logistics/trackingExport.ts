/**
 * A carrier's or a tracking service's export (CSV/XLSX, English or Chinese headers): one row per tracking number
 * with its current status and, when the export has them, the first carrier scan and the latest event. Statuses
 * are read from the words the common exports use (17TRACK, Cainiao, 4PX, the carriers' own) into the parcel
 * statuses the app keeps. Also: the "no first scan within 5 working days" rule. Pure; the app writes in
 * renderer/src/data/trackingUpdates.ts.
 */
import { addOpenDays, type ClosureCalendar } from '@shared/calendar/closures';
import { parseDateCell, toEpochMs } from '@shared/import/dates';
import { normalizeText } from '@shared/import/text';
import { chinaDayOf, CHINA_OFFSET_MS } from './deadline';
import type { ParcelRecord, ParcelStatus } from './records';
import { problemAt, readTableRecords, tableField, type TableProblem, type TableRow } from './tableRecords';
import { normalizeTrackingNumber } from './tracking';

export const TRACKING_EXPORT_FIELD_SPECS = [
  tableField(
    'tracking_number',
    true,
    'Tracking number|Tracking No.|Tracking|Number|运单号|物流单号|跟踪号|单号',
  ),
  tableField('status', true, 'Status|Package status|Tracking status|状态|包裹状态|物流状态'),
  tableField(
    'first_scan_at',
    false,
    'First scan|First scan time|Pickup time|Picked up|首次扫描|揽收时间|首扫时间',
  ),
  tableField(
    'last_event_at',
    false,
    'Last event time|Latest event time|Last update|最后更新时间|最新时间|更新时间',
  ),
  tableField('last_event', false, 'Last event|Latest event|Latest status|最新动态|最后动态|轨迹'),
];
type TrackingField = (typeof TRACKING_EXPORT_FIELD_SPECS)[number]['field'];

/** What a row says about a parcel; `scanned` is false for "info received / not found" (the carrier has not seen it). */
export interface TrackingStatusText {
  status: Exclude<ParcelStatus, 'packing'>;
  scanned: boolean;
}

/** Longest words first so "undelivered" is not read as "delivered". */
const STATUS_WORDS: [string, TrackingStatusText][] = [
  ['undelivered', { status: 'exception', scanned: true }],
  ['not delivered', { status: 'exception', scanned: true }],
  ['delivery failed', { status: 'exception', scanned: true }],
  ['failed attempt', { status: 'exception', scanned: true }],
  ['alert', { status: 'exception', scanned: true }],
  ['exception', { status: 'exception', scanned: true }],
  ['returned', { status: 'exception', scanned: true }],
  ['return', { status: 'exception', scanned: true }],
  ['lost', { status: 'exception', scanned: true }],
  ['expired', { status: 'expired', scanned: true }],
  ['delivered', { status: 'delivered', scanned: true }],
  ['info received', { status: 'in-transit', scanned: false }],
  ['not found', { status: 'in-transit', scanned: false }],
  ['pending', { status: 'in-transit', scanned: false }],
  ['label created', { status: 'in-transit', scanned: false }],
  ['in transit', { status: 'in-transit', scanned: true }],
  ['transit', { status: 'in-transit', scanned: true }],
  ['picked up', { status: 'in-transit', scanned: true }],
  ['pick up', { status: 'in-transit', scanned: true }],
  ['out for delivery', { status: 'in-transit', scanned: true }],
  ['available for pickup', { status: 'in-transit', scanned: true }],
  ['accepted', { status: 'in-transit', scanned: true }],
  ['未妥投', { status: 'exception', scanned: true }],
  ['投递失败', { status: 'exception', scanned: true }],
  ['异常', { status: 'exception', scanned: true }],
  ['退回', { status: 'exception', scanned: true }],
  ['退件', { status: 'exception', scanned: true }],
  ['丢失', { status: 'exception', scanned: true }],
  ['过期', { status: 'expired', scanned: true }],
  ['超时', { status: 'expired', scanned: true }],
  ['已签收', { status: 'delivered', scanned: true }],
  ['签收', { status: 'delivered', scanned: true }],
  ['妥投', { status: 'delivered', scanned: true }],
  ['已送达', { status: 'delivered', scanned: true }],
  ['查询不到', { status: 'in-transit', scanned: false }],
  ['未查询到', { status: 'in-transit', scanned: false }],
  ['待揽收', { status: 'in-transit', scanned: false }],
  ['未上网', { status: 'in-transit', scanned: false }],
  ['运输途中', { status: 'in-transit', scanned: true }],
  ['运输中', { status: 'in-transit', scanned: true }],
  ['已揽收', { status: 'in-transit', scanned: true }],
  ['派送中', { status: 'in-transit', scanned: true }],
  ['到达待取', { status: 'in-transit', scanned: true }],
];

export function trackingStatusFromText(text: string): TrackingStatusText | undefined {
  const normalized = normalizeText(text).toLowerCase().replace(/[_-]+/g, ' ');
  for (const [word, status] of STATUS_WORDS) if (normalized.includes(word)) return status;
  return undefined;
}

export interface TrackingUpdate {
  row: number;
  trackingNumber: string;
  status: TrackingStatusText['status'];
  /** When the carrier first scanned it: the first-scan column, else the event time of a scanned status. */
  firstScanAt?: number;
  lastEventAt?: number;
  lastEvent?: string;
  columns: Partial<Record<TrackingField, string>>;
}

function updateFrom(
  file: string,
  source: TableRow<TrackingField>,
): { update?: TrackingUpdate; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  const text = (field: TrackingField): string => (source.cells[field] ?? '').trim();
  const fail = (field: TrackingField, code: string, message: string): undefined => {
    const column = source.columns[field] ?? field;
    problems.push(problemAt(file, source.row, column, field, code, `${column}: "${text(field)}" ${message}`));
    return undefined;
  };
  const date = (field: TrackingField): number | undefined => {
    if (text(field) === '') return undefined;
    const parsed = parseDateCell(text(field));
    return parsed.ok
      ? toEpochMs(parsed.value, CHINA_OFFSET_MS / 60_000)
      : fail(field, 'badDate', 'is not a date');
  };
  const trackingNumber = normalizeTrackingNumber(text('tracking_number'));
  if (trackingNumber === '') fail('tracking_number', 'required', 'is empty (a tracking number is required)');
  const status = trackingStatusFromText(text('status'));
  if (!status)
    fail(
      'status',
      'badStatus',
      'is not a tracking status (in transit, delivered, exception, expired, not found…)',
    );
  const firstScanAt = date('first_scan_at');
  const lastEventAt = date('last_event_at');
  if (problems.length > 0 || !status) return { problems };
  const update: TrackingUpdate = {
    row: source.row,
    trackingNumber,
    status: status.status,
    columns: source.columns,
  };
  const scanAt = firstScanAt ?? (status.scanned ? lastEventAt : undefined);
  if (scanAt !== undefined) update.firstScanAt = scanAt;
  if (lastEventAt !== undefined) update.lastEventAt = lastEventAt;
  if (text('last_event') !== '') update.lastEvent = text('last_event');
  return { update, problems };
}

export async function readTrackingExport(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ updates: TrackingUpdate[]; errors: TableProblem[] }> {
  const read = await readTableRecords(bytes, fileName, TRACKING_EXPORT_FIELD_SPECS);
  const updates: TrackingUpdate[] = [];
  const errors = [...read.errors];
  for (const source of read.rows) {
    const result = updateFrom(fileName, source);
    if (result.update) updates.push(result.update);
    errors.push(...result.problems);
  }
  return { updates, errors };
}

/** Working days within which a declared parcel must have its first carrier scan. */
export const FIRST_SCAN_WORKING_DAYS = 5;

/**
 * When a parcel declared shipped at `declaredAt` must have its first scan by: the end (China time) of the 5th
 * working day after the day it was declared, counted on the shop's calendar (public holidays, own closures).
 */
export function firstScanDueAt(calendar: ClosureCalendar, declaredAt: number): number {
  const due = addOpenDays(calendar, chinaDayOf(declaredAt), FIRST_SCAN_WORKING_DAYS);
  return Date.parse(`${due}T00:00:00Z`) - CHINA_OFFSET_MS + 86_400_000;
}

/** A shipped parcel the carrier has not scanned although its 5 working days have passed. */
export function missingFirstScan(
  parcel: Pick<ParcelRecord, 'declaredAt' | 'firstScanAt' | 'status' | 'deletedAt'>,
  calendar: ClosureCalendar,
  now: number,
): boolean {
  if (parcel.deletedAt || parcel.declaredAt === undefined || parcel.firstScanAt !== undefined) return false;
  if (parcel.status === 'packing' || parcel.status === 'delivered') return false;
  return now >= firstScanDueAt(calendar, parcel.declaredAt);
}
