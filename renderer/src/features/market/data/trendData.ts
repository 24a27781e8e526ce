/** Trend series: imported rows (undo per import) and the demo's keyword series, read per series by index. */
import type { TrendPoint } from '@shared/domain/types';
import type { TrendImportResult } from '@shared/market/trendImport';
import type { WorkstationDb } from '../../../db/db';

export const TREND_IMPORTS_KEY = 'market:trendImports';
export const DEFAULT_METRIC = 'popularity';

export interface TrendImportRecord {
  id: string;
  fileName: string;
  rows: number;
  at: number;
}

/** Writes an import's rows (one id per series, metric and day, so a re-import replaces rather than doubles). */
export async function writeTrendImport(
  db: WorkstationDb,
  result: TrendImportResult,
  now: number,
): Promise<TrendImportRecord> {
  const record: TrendImportRecord = {
    id: crypto.randomUUID(),
    fileName: result.fileName,
    rows: result.rows.length,
    at: now,
  };
  const points: TrendPoint[] = result.rows.map((row) => ({
    id: `trend|${row.series}|${row.metric}|${row.day}`,
    series: row.series,
    day: row.day,
    value: row.value,
    metric: row.metric,
    kind: row.kind,
    period: result.period,
    importBatchId: record.id,
  }));
  await db.transaction('rw', db.trendPoints, db.settings, async () => {
    for (let i = 0; i < points.length; i += 2000) await db.trendPoints.bulkPut(points.slice(i, i + 2000));
    const list = ((await db.settings.get(TREND_IMPORTS_KEY))?.value ?? []) as TrendImportRecord[];
    await db.settings.put({ key: TREND_IMPORTS_KEY, value: [record, ...list] });
  });
  return record;
}

export async function undoTrendImport(db: WorkstationDb, id: string): Promise<void> {
  await db.transaction('rw', db.trendPoints, db.settings, async () => {
    await db.trendPoints.where('importBatchId').equals(id).delete();
    const list = ((await db.settings.get(TREND_IMPORTS_KEY))?.value ?? []) as TrendImportRecord[];
    await db.settings.put({ key: TREND_IMPORTS_KEY, value: list.filter((r) => r.id !== id) });
  });
}

export async function trendImports(db: WorkstationDb): Promise<TrendImportRecord[]> {
  return ((await db.settings.get(TREND_IMPORTS_KEY))?.value ?? []) as TrendImportRecord[];
}

export async function seriesNames(db: WorkstationDb): Promise<string[]> {
  return (await db.trendPoints.orderBy('series').uniqueKeys()) as string[];
}

/** One series' points, every metric, in day order. */
export async function seriesPoints(db: WorkstationDb, series: string): Promise<TrendPoint[]> {
  return db.trendPoints.where('[series+day]').between([series, ''], [series, '\uffff']).toArray();
}

export const metricOfPoint = (point: TrendPoint) => point.metric ?? DEFAULT_METRIC;
