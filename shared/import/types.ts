/**
 * Public result shapes of the import engine (seller-centre exports of orders and traffic).
 */
import type { ImportProblemCode } from './problems';
import type {
  CarrierId,
  CountryCode,
  CurrencyCode,
  DayKey,
  EpochMs,
  MinorUnits,
  OrderStatus,
} from '../domain/types';

export const IMPORT_KINDS = ['orders', 'traffic'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type SourceFormat = 'csv' | 'xlsx';

/** What the text was decoded as. 'gbk' is decoded with GB18030, its superset, so every GBK file reads the same. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gbk';

export const ORDER_FIELDS = [
  'orderId',
  'placedAt',
  'country',
  'productTitle',
  'productId',
  'sku',
  'quantity',
  'amount',
  'currency',
  'status',
  'shippingFee',
  'refund',
  'trackingNumber',
  'buyerName',
  'carrier',
  'promoCode',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

export const TRAFFIC_FIELDS = [
  'day',
  'productId',
  'productTitle',
  'visitors',
  'productViews',
  'addToCarts',
  'orders',
] as const;
export type TrafficField = (typeof TRAFFIC_FIELDS)[number];

export type ImportField = OrderField | TrafficField;

/** Canonical field → zero-based column index. A plain object so the UI can store and edit it as JSON. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** A user's correction: a column index, or null to unmap a field the detector guessed wrongly. */
export type MappingOverride = Partial<Record<ImportField, number | null>>;

export interface ImportError {
  /** Row number as a spreadsheet shows it (the file's first row is 1); null for a file-level problem. */
  row: number | null;
  /** Header text as written in the file, or the canonical field name when the column is missing. */
  column: string | null;
  /** Stable code of the problem: the app shows it translated (`import.problem.<code>`). */
  code: ImportProblemCode;
  /** Values for the code's placeholders. */
  params: Record<string, string>;
  /** English text, as the CLI prints it. */
  message: string;
}

/** One product line of an order. */
export interface ParsedOrderLine {
  row: number;
  productTitle?: string;
  productId?: string;
  sku?: string;
  quantity: number;
  amount: number;
  amountMinor: MinorUnits;
}

/**
 * One order. Seller-centre exports often write one row per product line; rows sharing an order id are
 * grouped here: amount and quantity are summed over lines, order-level fields come from the order's last row.
 */
export interface ParsedOrderRow {
  orderId: string;
  placedAt: EpochMs;
  placedAtIso: string;
  country: CountryCode;
  currency: CurrencyCode;
  /** Major units (12.3 = 12.30 USD). */
  amount: number;
  amountMinor: MinorUnits;
  quantity: number;
  status: OrderStatus;
  /** The first line's product, for the common one-line order. */
  productTitle?: string;
  productId?: string;
  sku?: string;
  shippingFee?: number;
  shippingFeeMinor?: MinorUnits;
  refund?: number;
  refundMinor?: MinorUnits;
  trackingNumber?: string;
  buyerName?: string;
  /** A known carrier id when the carrier text was recognised. */
  carrier?: CarrierId;
  /** The carrier as written in the file. */
  carrierName?: string;
  /** Promo (coupon) code the buyer used, as written; influencer attribution matches it case-insensitively. */
  promoCode?: string;
  lines: ParsedOrderLine[];
  /** Spreadsheet row numbers this order was built from. */
  rows: number[];
}

export interface ParsedTrafficRow {
  /** The calendar day as reported by the seller centre (no time-zone shift is applied to a day). */
  day: DayKey;
  productId?: string;
  productTitle?: string;
  visitors: number;
  productViews: number;
  addToCarts: number;
  orders: number;
  row: number;
}

export interface ParsedRecordByKind {
  orders: ParsedOrderRow;
  traffic: ParsedTrafficRow;
}

export interface ImportOptions {
  /**
   * Offset from UTC, in minutes, of times written without a zone. Defaults to +480 (UTC+8, China time),
   * the zone the AliExpress seller centre writes its exports in. China has no daylight saving, so a fixed
   * offset is exact; pass another offset for exports made elsewhere.
   */
  timeZoneOffsetMinutes?: number;
  /** Currency for amounts that carry no symbol and have no currency column (e.g. the store's currency). */
  defaultCurrency?: string;
  /** The user's corrected mapping for this layout (see layoutFingerprint). */
  mapping?: MappingOverride;
  /** 1-based header row, when the user picked it; detected otherwise. */
  headerRow?: number;
  /** Records per yielded chunk in parseImportInChunks. Default 2000. */
  chunkSize?: number;
  /** At most this many row errors are kept in ImportCheck.errors (errorCount has them all). Default 1000. */
  maxErrors?: number;
}

export interface ImportCheck<K extends ImportKind = ImportKind> {
  kind: K;
  fileName: string;
  format: SourceFormat | null;
  /** Null for XLSX, which has no text encoding to choose. */
  encoding: TextEncodingName | null;
  /** Null for XLSX. */
  delimiter: string | null;
  /** 1-based spreadsheet row of the header; null when none was found. */
  headerRow: number | null;
  /** Header cells as written in the file. */
  headers: string[];
  mapping: ColumnMapping;
  /** Stable hash of the normalised headers: key for remembering a user's corrected mapping. */
  layoutFingerprint: string | null;
  timeZoneOffsetMinutes: number;
  /** Non-blank data rows below the header. */
  rows: number;
  /** Rows that passed validation. */
  valid: number;
  /** Valid rows replaced by a later row for the same order line (or traffic day and product). */
  duplicates: number;
  /** Orders (after grouping lines) or traffic rows produced. */
  records: number;
  errorCount: number;
  errors: ImportError[];
  sample: ParsedRecordByKind[K][];
}

export type ImportEvent<K extends ImportKind> =
  | {
      type: 'chunk';
      records: ParsedRecordByKind[K][];
      errors: ImportError[];
      rowsDone: number;
      rowsTotal: number;
    }
  | { type: 'done'; check: ImportCheck<K> };
