/**
 * The import driver: prepares the table, then converts rows in chunks so a Web Worker can write each
 * batch to IndexedDB and post progress between them. One bad row never stops the others.
 */
import { createCollector, DEFAULT_TIME_ZONE_OFFSET_MINUTES, type RecordCollector } from './collectors';
import { prepareTable, type DataRow, type PreparedTable } from './prepare';
import { RowReader, type TableLayout } from './row-reader';
import type {
  ImportCheck,
  ImportError,
  ImportEvent,
  ImportKind,
  ImportOptions,
  ParsedRecordByKind,
} from './types';

const DEFAULT_CHUNK_SIZE = 2000;
const DEFAULT_MAX_ERRORS = 1000;
const SAMPLE_SIZE = 3;

/** Index in dataRows of each key's last row: where its record is complete and can be released. */
function lastRowOfKey<R>(dataRows: readonly DataRow[], collector: RecordCollector<R>): Map<string, number> {
  const last = new Map<string, number>();
  dataRows.forEach((row, index) => last.set(collector.keyOf(row.cells), index));
  return last;
}

class CheckBuilder<K extends ImportKind> {
  readonly check: ImportCheck<K>;
  private readonly maxErrors: number;

  constructor(kind: K, fileName: string, prepared: PreparedTable, options: ImportOptions) {
    const { table, headerIndex, layout } = prepared;
    this.maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
    this.check = {
      kind,
      fileName,
      format: table?.format ?? null,
      encoding: table?.encoding ?? null,
      delimiter: table?.delimiter ?? null,
      headerRow: headerIndex >= 0 ? headerIndex + 1 : null,
      headers: layout.headers.slice(),
      mapping: { ...layout.mapping },
      layoutFingerprint: prepared.layoutFingerprint,
      timeZoneOffsetMinutes: options.timeZoneOffsetMinutes ?? DEFAULT_TIME_ZONE_OFFSET_MINUTES,
      rows: prepared.dataRows.length,
      valid: 0,
      duplicates: 0,
      records: 0,
      errorCount: 0,
      errors: [],
      sample: [],
    };
    this.addErrors([...(table?.warnings ?? []), ...prepared.fatal]);
  }

  addErrors(errors: readonly ImportError[]): void {
    this.check.errorCount += errors.length;
    const room = this.maxErrors - this.check.errors.length;
    if (room > 0) this.check.errors.push(...errors.slice(0, room));
  }

  addRecords(records: readonly ParsedRecordByKind[K][]): void {
    this.check.records += records.length;
    const room = SAMPLE_SIZE - this.check.sample.length;
    if (room > 0) this.check.sample.push(...records.slice(0, room));
  }
}

interface ChunkResult<R> {
  records: R[];
  errors: ImportError[];
  valid: number;
}

function convertChunk<R>(
  rows: readonly DataRow[],
  start: number,
  layout: TableLayout,
  collector: RecordCollector<R>,
  lastRows: Map<string, number>,
): ChunkResult<R> {
  const result: ChunkResult<R> = { records: [], errors: [], valid: 0 };
  rows.forEach((row, offset) => {
    const reader = new RowReader(layout, row.cells, row.rowNumber);
    const key = collector.keyOf(row.cells);
    if (collector.accept(reader, key)) result.valid += 1;
    else result.errors.push(...reader.errors);
    if (key !== '' && lastRows.get(key) === start + offset) {
      const record = collector.finish(key);
      if (record) result.records.push(record);
    }
  });
  return result;
}

/**
 * Parses and validates an export, yielding records in chunks with progress, then a final summary.
 * Never throws for bad input: file-level problems arrive as errors in the 'done' event.
 */
export async function* parseImportInChunks<K extends ImportKind>(
  bytes: Uint8Array,
  fileName: string,
  kind: K,
  options: ImportOptions = {},
): AsyncGenerator<ImportEvent<K>, void, void> {
  const prepared = await prepareTable(bytes, fileName, kind, options);
  const builder = new CheckBuilder(kind, fileName, prepared, options);
  if (prepared.fatal.length === 0) {
    const cellRows = prepared.dataRows.map((row) => row.cells);
    const collector = createCollector(kind, prepared.layout, cellRows, options);
    const lastRows = lastRowOfKey(prepared.dataRows, collector);
    const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
    const total = prepared.dataRows.length;
    for (let start = 0; start < total; start += chunkSize) {
      const rows = prepared.dataRows.slice(start, start + chunkSize);
      const chunk = convertChunk(rows, start, prepared.layout, collector, lastRows);
      builder.check.valid += chunk.valid;
      builder.addErrors(chunk.errors);
      builder.addRecords(chunk.records);
      yield {
        type: 'chunk',
        records: chunk.records,
        errors: chunk.errors,
        rowsDone: start + rows.length,
        rowsTotal: total,
      };
    }
    builder.check.duplicates = collector.duplicates;
  }
  yield { type: 'done', check: builder.check };
}

/** Every record and the summary, for callers that want the whole file at once (tests, small files). */
export async function parseImport<K extends ImportKind>(
  bytes: Uint8Array,
  fileName: string,
  kind: K,
  options: ImportOptions = {},
): Promise<{ check: ImportCheck<K>; records: ParsedRecordByKind[K][] }> {
  const records: ParsedRecordByKind[K][] = [];
  for await (const event of parseImportInChunks(bytes, fileName, kind, options)) {
    if (event.type === 'chunk') records.push(...event.records);
    else return { check: event.check, records };
  }
  throw new Error('parseImportInChunks ended without a summary');
}

/** The summary only (counts, errors, first rows): what the CLI and the import preview show. */
export async function checkImport<K extends ImportKind>(
  bytes: Uint8Array,
  fileName: string,
  kind: K,
  options: ImportOptions = {},
): Promise<ImportCheck<K>> {
  for await (const event of parseImportInChunks(bytes, fileName, kind, options)) {
    if (event.type === 'done') return event.check;
  }
  throw new Error('parseImportInChunks ended without a summary');
}
