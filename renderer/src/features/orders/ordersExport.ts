import type { CsvRow } from '@shared/util/csv';
import { CARRIER_NAMES, type CarrierId, type Order } from '@shared/domain/types';
import { currencyExponent } from '@shared/analytics/money';
import { buyerNameOf } from './orderDetail';

type Translate = (key: string) => string;

export const EXPORT_COLUMNS = [
  'orderId',
  'placedAt',
  'buyer',
  'country',
  'status',
  'items',
  'products',
  'amount',
  'shippingFee',
  'refund',
  'currency',
  'carrier',
  'tracking',
  'mode',
] as const;

/** One cell: text stays text (the CSV writer guards formula-like text), amounts are numbers in major units. */
export type ExportCell = string | number;

const major = (minor: number, currency: string) =>
  Number((minor / 10 ** currencyExponent(currency)).toFixed(currencyExponent(currency)));

/** UTC time as `YYYY-MM-DD HH:mm:ss`, the way seller-centre exports write it. */
const utc = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/**
 * The filtered list as a table: a header in the UI language, then one row per order. `products` maps an order id
 * to its line titles; the status and mode are written in the UI language, the buyer as "—" when the export had none.
 */
export function ordersTable(
  orders: readonly Order[],
  products: ReadonlyMap<string, string>,
  t: Translate,
): ExportCell[][] {
  const header = EXPORT_COLUMNS.map((c) => t(`orderView.export.column.${c}`));
  const body = orders.map((o): ExportCell[] => [
    o.orderId,
    utc(o.placedAt),
    buyerNameOf(o),
    o.country,
    t(`orderStatus.${o.status}`),
    o.itemCount,
    products.get(o.id) ?? '',
    major(o.amount, o.currency),
    major(o.shippingFee, o.currency),
    major(o.refundAmount, o.currency),
    o.currency,
    o.carrier ? (CARRIER_NAMES[o.carrier as CarrierId] ?? o.carrier) : '',
    o.trackingNumber ?? '',
    t(`hostingMode.${o.hostingMode}`),
  ]);
  return [header, ...body];
}

export const asCsvRows = (table: ExportCell[][]): CsvRow[] => table;

/** The same table as an XLSX sheet (write-excel-file): strings as string cells, so nothing runs as a formula. */
export async function xlsxBytes(table: ExportCell[][], sheet: string): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const data = table.map((row, r) =>
    row.map((value) =>
      typeof value === 'number'
        ? { value, type: Number }
        : { value, type: String, ...(r === 0 ? { fontWeight: 'bold' as const } : {}) },
    ),
  );
  const blob = await writeXlsxFile(data, { sheet }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
