import type { Order, TrafficDay } from '@shared/domain/types';
import {
  parseImportInChunks,
  type ColumnMapping,
  type ImportCheck,
  type ImportKind,
  type MappingOverride,
  type ParsedRecordByKind,
} from '@shared/import';
import type { WorkstationDb } from '../../db/db';
import { loadCatalogIndex } from './catalogIndex';
import { rememberedMapping } from './layouts';
import { toOrderChange, toTrafficChange, type ConvertContext, type RecordProblem } from './records';

export const PREVIEW_SAMPLE_ROWS = 20;
/** Enough for any real export; beyond it the count on top still says how many there are. */
export const PREVIEW_MAX_PROBLEMS = 50_000;

export interface PreviewRequest {
  storeId: string;
  kind: ImportKind;
  fileName: string;
  bytes: Uint8Array;
  /** The user's edit; when absent, a mapping remembered for this layout is applied. */
  mapping?: MappingOverride;
}

export interface ImportPreview {
  kind: ImportKind;
  fileName: string;
  format: ImportCheck['format'];
  encoding: ImportCheck['encoding'];
  delimiter: string | null;
  headerRow: number | null;
  headers: string[];
  mapping: ColumnMapping;
  layoutFingerprint: string | null;
  mappingSource: 'detected' | 'remembered' | 'edited';
  /** The override that produced this preview, to pass on to the import. */
  override?: MappingOverride;
  rows: number;
  /** Orders (lines grouped) or traffic rows that will be written. */
  goodRecords: number;
  problemCount: number;
  problems: RecordProblem[];
  sampleOrders: Order[];
  sampleTraffic: TrafficDay[];
}

interface Tally {
  good: number;
  problems: RecordProblem[];
  orders: Order[];
  traffic: TrafficDay[];
}

function tallyRecords(
  kind: ImportKind,
  records: readonly ParsedRecordByKind[ImportKind][],
  context: ConvertContext,
  tally: Tally,
): void {
  for (const record of records) {
    const converted =
      kind === 'orders'
        ? toOrderChange(record as ParsedRecordByKind['orders'], context)
        : toTrafficChange(record as ParsedRecordByKind['traffic'], context);
    if (!converted.ok) {
      tally.problems.push(converted.problem);
      continue;
    }
    tally.good += 1;
    const next = converted.value.next;
    if (kind === 'orders' && tally.orders.length < PREVIEW_SAMPLE_ROWS) tally.orders.push(next as Order);
    if (kind === 'traffic' && tally.traffic.length < PREVIEW_SAMPLE_ROWS)
      tally.traffic.push(next as TrafficDay);
  }
}

async function dryRun(
  db: WorkstationDb,
  request: PreviewRequest,
  mapping: MappingOverride | undefined,
): Promise<{ check: ImportCheck; tally: Tally }> {
  const store = await db.stores.get(request.storeId);
  if (!store) throw new Error(`Store ${request.storeId} does not exist`);
  const context: ConvertContext = { store, catalog: await loadCatalogIndex(db, store), batchId: 'preview' };
  const tally: Tally = { good: 0, problems: [], orders: [], traffic: [] };
  const options = { mapping, defaultCurrency: store.currency, maxErrors: PREVIEW_MAX_PROBLEMS };
  for await (const event of parseImportInChunks(request.bytes, request.fileName, request.kind, options)) {
    if (event.type === 'chunk') tallyRecords(request.kind, event.records, context, tally);
    else return { check: event.check, tally };
  }
  throw new Error('The import engine ended without a summary');
}

const byRow = (a: RecordProblem, b: RecordProblem) => (a.row ?? 0) - (b.row ?? 0);

/** Everything the preview screen shows, computed by a full dry run of the import (nothing is written). */
export async function buildPreview(db: WorkstationDb, request: PreviewRequest): Promise<ImportPreview> {
  let run = await dryRun(db, request, request.mapping);
  let mappingSource: ImportPreview['mappingSource'] = request.mapping ? 'edited' : 'detected';
  let override = request.mapping;
  if (!request.mapping) {
    const remembered = await rememberedMapping(db, run.check.layoutFingerprint, request.kind);
    if (remembered) {
      run = await dryRun(db, request, remembered);
      mappingSource = 'remembered';
      override = remembered;
    }
  }
  const { check, tally } = run;
  const problems = [...check.errors, ...tally.problems].sort(byRow).slice(0, PREVIEW_MAX_PROBLEMS);
  return {
    kind: request.kind,
    fileName: request.fileName,
    format: check.format,
    encoding: check.encoding,
    delimiter: check.delimiter,
    headerRow: check.headerRow,
    headers: check.headers,
    mapping: check.mapping,
    layoutFingerprint: check.layoutFingerprint,
    mappingSource,
    ...(override ? { override } : {}),
    rows: check.rows,
    goodRecords: tally.good,
    problemCount: check.errorCount + tally.problems.length,
    problems,
    sampleOrders: tally.orders,
    sampleTraffic: tally.traffic,
  };
}
