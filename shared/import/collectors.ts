/**
 * Per-kind row handling behind one interface, so the chunked driver does not care what it imports.
 * A collector turns valid rows into records and releases each record at its key's last row in the file,
 * which lets orders whose lines are spread over the file stream out in chunks.
 */
import { cellText, type Cell } from './cells';
import { inferDayMonthOrder } from './dates';
import { headerCurrency } from './header';
import { inferDecimalSeparator, type DecimalSeparator } from './numbers';
import { OrderAssembler } from './order-assembler';
import { cleanOrderId, readOrderRow, type OrderRowContext } from './order-row';
import { type RowReader, type TableLayout } from './row-reader';
import { readTrafficRow, trafficKey } from './traffic-row';
import type {
  ImportField,
  ImportKind,
  ImportOptions,
  ParsedOrderRow,
  ParsedRecordByKind,
  ParsedTrafficRow,
} from './types';

export const DEFAULT_TIME_ZONE_OFFSET_MINUTES = 8 * 60;

export interface RecordCollector<R> {
  /** Identity of the record a row belongs to, from raw cells ('' when the row has none). */
  keyOf(cells: readonly Cell[]): string;
  /** Validates a row and keeps it; false (with reader.errors) when invalid. */
  accept(reader: RowReader, key: string): boolean;
  /** Releases the record for a key whose last row has been read. */
  finish(key: string): R | undefined;
  readonly duplicates: number;
}

function columnCells(rows: readonly (readonly Cell[])[], column: number | undefined): Cell[] {
  return column === undefined ? [] : rows.map((row) => row[column] ?? null);
}

function decimalHint(
  rows: readonly (readonly Cell[])[],
  column: number | undefined,
): DecimalSeparator | undefined {
  const texts = columnCells(rows, column).filter((cell): cell is string => typeof cell === 'string');
  return inferDecimalSeparator(texts);
}

function orderContext(
  layout: TableLayout,
  rows: readonly (readonly Cell[])[],
  options: ImportOptions,
): OrderRowContext {
  const { mapping, headers } = layout;
  const amountHeader = mapping.amount === undefined ? '' : (headers[mapping.amount] ?? '');
  return {
    dayMonthOrder: inferDayMonthOrder(columnCells(rows, mapping.placedAt)),
    decimalHints: {
      amount: decimalHint(rows, mapping.amount),
      shippingFee: decimalHint(rows, mapping.shippingFee),
      refund: decimalHint(rows, mapping.refund),
    },
    headerCurrency: headerCurrency(amountHeader),
    defaultCurrency: options.defaultCurrency?.toUpperCase(),
    timeZoneOffsetMinutes: options.timeZoneOffsetMinutes ?? DEFAULT_TIME_ZONE_OFFSET_MINUTES,
  };
}

function cellOf(cells: readonly Cell[], layout: TableLayout, field: ImportField): string {
  const column = layout.mapping[field];
  return column === undefined ? '' : cellText(cells[column]);
}

class OrdersCollector implements RecordCollector<ParsedOrderRow> {
  private readonly assembler = new OrderAssembler();
  duplicates = 0;

  constructor(
    private readonly layout: TableLayout,
    private readonly context: OrderRowContext,
  ) {}

  keyOf(cells: readonly Cell[]): string {
    return cleanOrderId(cellOf(cells, this.layout, 'orderId'));
  }

  accept(reader: RowReader): boolean {
    const value = readOrderRow(reader, this.context);
    if (!value) return false;
    const outcome = this.assembler.add(value);
    if (outcome.conflict) {
      reader.fail('currency', outcome.conflict);
      return false;
    }
    if (outcome.duplicate) this.duplicates += 1;
    return true;
  }

  finish(key: string): ParsedOrderRow | undefined {
    return this.assembler.finish(key);
  }
}

class TrafficCollector implements RecordCollector<ParsedTrafficRow> {
  private readonly pending = new Map<string, ParsedTrafficRow>();
  private readonly dayMonthOrder;
  duplicates = 0;

  constructor(
    private readonly layout: TableLayout,
    rows: readonly (readonly Cell[])[],
  ) {
    this.dayMonthOrder = inferDayMonthOrder(columnCells(rows, layout.mapping.day));
  }

  keyOf(cells: readonly Cell[]): string {
    const day = cellOf(cells, this.layout, 'day');
    return day === ''
      ? ''
      : trafficKey(day, cellOf(cells, this.layout, 'productId'), cellOf(cells, this.layout, 'productTitle'));
  }

  accept(reader: RowReader, key: string): boolean {
    const row = readTrafficRow(reader, this.dayMonthOrder);
    if (!row) return false;
    if (this.pending.has(key)) this.duplicates += 1;
    this.pending.set(key, row);
    return true;
  }

  finish(key: string): ParsedTrafficRow | undefined {
    const row = this.pending.get(key);
    this.pending.delete(key);
    return row;
  }
}

export function createCollector<K extends ImportKind>(
  kind: K,
  layout: TableLayout,
  dataRows: readonly (readonly Cell[])[],
  options: ImportOptions,
): RecordCollector<ParsedRecordByKind[K]> {
  const collector =
    kind === 'orders'
      ? new OrdersCollector(layout, orderContext(layout, dataRows, options))
      : new TrafficCollector(layout, dataRows);
  return collector as RecordCollector<ParsedRecordByKind[K]>;
}
