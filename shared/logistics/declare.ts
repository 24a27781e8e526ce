/**
 * The seller centre's bulk "declare shipment" (批量发货) file: one row per shipped order with its logistics
 * service and tracking number. The app writes it with the guarded CSV writer and reads it back (the same file,
 * or one the seller edited in Excel) with the order importer's engine, so English or Chinese headers in any order
 * are found. Reading is pure: which rows change the database is decided in renderer/src/data/declareShipments.ts.
 */
import { parseDateCell, toEpochMs } from '@shared/import/dates';
import type { Order } from '@shared/domain/types';
import type { CsvRow } from '@shared/util/csv';
import type { ParcelRecord } from './records';
import { problemAt, readTableRecords, tableField, type TableProblem, type TableRow } from './tableRecords';
import { checkTrackingNumber, type TrackingCarrier } from './tracking';

/** The header the export writes, in this order (the seller centre's template asks for the first four). */
export const DECLARE_CSV_COLUMNS = [
  'order_id',
  'carrier',
  'service',
  'tracking_number',
  'ship_type',
  'shipped_at',
] as const;

export const DECLARE_FIELD_SPECS = [
  tableField('order_id', true, 'Order ID|Order No.|Order Number|Order|订单号|订单编号'),
  tableField('carrier', false, 'Carrier|Logistics company|物流公司|物流商|承运商'),
  tableField('service', false, 'Service|Logistics service|Shipping service|物流服务|物流方式|物流渠道'),
  tableField(
    'tracking_number',
    true,
    'Tracking number|Tracking No.|Tracking|运单号|物流单号|跟踪号|货运单号',
  ),
  tableField('ship_type', false, 'Ship type|Shipment type|发货类型|发货方式|发货状态'),
  tableField('shipped_at', false, 'Shipped at|Ship date|Shipping time|发货时间|发货日期'),
];
type DeclareField = (typeof DECLARE_FIELD_SPECS)[number]['field'];

/** Seller-centre time for a zone-less date: China Standard Time. */
const CHINA_OFFSET_MINUTES = 8 * 60;

/** "YYYY-MM-DD HH:mm" in China time, as the seller centre writes and reads dates. */
export function chinaDateTime(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The rows of the export: every order given that has a tracking number, oldest shipment first. `ship_type` is
 * `all` (the whole order left in this parcel; the seller centre also knows partial shipments, which the app does
 * not make).
 */
export function declareShipmentRows(
  orders: readonly Order[],
  parcels: ReadonlyMap<string, ParcelRecord>,
): CsvRow[] {
  const shipped = orders
    .filter((o) => o.trackingNumber)
    .sort((a, b) => (a.shippedAt ?? 0) - (b.shippedAt ?? 0) || a.orderId.localeCompare(b.orderId));
  return [
    [...DECLARE_CSV_COLUMNS],
    ...shipped.map((order): CsvRow => {
      const parcel = order.parcelId ? parcels.get(order.parcelId) : undefined;
      return [
        order.orderId,
        parcel?.carrierName ?? order.carrier ?? '',
        parcel?.service ?? '',
        order.trackingNumber,
        'all',
        order.shippedAt !== undefined ? chinaDateTime(order.shippedAt) : '',
      ];
    }),
  ];
}

/** One readable row of a declare-shipment file. */
export interface DeclareRow {
  row: number;
  orderId: string;
  carrierName: string;
  service: string;
  trackingNumber: string;
  /**
   * The carrier the number belongs to; null when the number is refused (`refusal` says why). A refused number is
   * still read: an order that already carries it (an older export re-imported) is left as it is, never an error.
   */
  trackingCarrier: TrackingCarrier | null;
  refusal: string | null;
  shippedAt?: number;
  /** Header text of each column, to name it in a later problem (unknown order, number used elsewhere). */
  columns: Partial<Record<DeclareField, string>>;
}

function declareRowFrom(
  file: string,
  source: TableRow<DeclareField>,
): { row?: DeclareRow; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  const text = (field: DeclareField): string => (source.cells[field] ?? '').trim();
  const fail = (field: DeclareField, code: string, message: string): void => {
    const column = source.columns[field] ?? field;
    problems.push(problemAt(file, source.row, column, field, code, `${column}: "${text(field)}" ${message}`));
  };
  const orderId = text('order_id');
  if (orderId === '') fail('order_id', 'required', 'is empty (an order number is required)');
  const check = checkTrackingNumber(text('tracking_number'));
  if (text('tracking_number') === '')
    fail('tracking_number', 'required', 'is empty (a tracking number is required)');

  const type = text('ship_type').toLowerCase();
  if (type !== '' && !['all', 'full', '全部发货', '全部'].includes(type))
    fail('ship_type', 'partialShipment', 'is not supported: the app declares whole orders only ("all")');
  let shippedAt: number | undefined;
  if (text('shipped_at') !== '') {
    const parsed = parseDateCell(text('shipped_at'));
    if (parsed.ok) shippedAt = toEpochMs(parsed.value, CHINA_OFFSET_MINUTES);
    else fail('shipped_at', 'badDate', 'is not a date');
  }
  if (problems.length > 0) return { problems };
  const row: DeclareRow = {
    row: source.row,
    orderId,
    carrierName: text('carrier'),
    service: text('service'),
    trackingNumber: check.normalized,
    trackingCarrier: check.valid ? check.carrier : null,
    refusal: check.valid ? null : (check.reason ?? 'not a tracking number'),
    columns: source.columns,
  };
  if (shippedAt !== undefined) row.shippedAt = shippedAt;
  return { row, problems };
}

/** Reads a declare-shipment file; bad rows are reported by row and column, the good ones kept. */
export async function readDeclareFile(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ rows: DeclareRow[]; errors: TableProblem[] }> {
  const read = await readTableRecords(bytes, fileName, DECLARE_FIELD_SPECS);
  const rows: DeclareRow[] = [];
  const errors = [...read.errors];
  const seen = new Map<string, number>();
  for (const source of read.rows) {
    const result = declareRowFrom(fileName, source);
    errors.push(...result.problems);
    if (!result.row) continue;
    const earlier = seen.get(result.row.orderId);
    if (earlier !== undefined) {
      const column = source.columns.order_id ?? 'order_id';
      errors.push(
        problemAt(
          fileName,
          source.row,
          column,
          'order_id',
          'duplicateOrder',
          `${column}: "${result.row.orderId}" is already on row ${earlier}; only the first row is used`,
        ),
      );
      continue;
    }
    seen.set(result.row.orderId, source.row);
    rows.push(result.row);
  }
  return { rows, errors };
}
