/**
 * Market-data exports (keyword or category trends, by day or week) read with the order importer's engine: any
 * encoding incl. GBK, any delimiter, XLSX, header row found among title lines, Chinese or English headers. Every
 * numeric column other than the keyword and the date becomes a metric; a bad cell is reported by row and column
 * and loses only that value.
 */
import { readTable } from '@shared/import/read-table';
import { cellText, isBlankRow, type Cell } from '@shared/import/cells';
import { parseDateCell, toDayKey, inferDayMonthOrder } from '@shared/import/dates';
import { normalizeKey } from '@shared/import/text';
import { parseLocaleNumber } from './numbers';

export interface TrendImportRow {
  series: string;
  kind: 'keyword' | 'category';
  day: string;
  metric: string;
  value: number;
}

export interface TrendImportResult {
  ok: boolean;
  fileName: string;
  rows: TrendImportRow[];
  period: 'day' | 'week';
  kind: 'keyword' | 'category';
  /** Column → metric, as read from the header; shown in the preview. */
  metrics: { column: number; header: string; metric: string }[];
  dataRows: number;
  errors: { row: number | null; column: string | null; message: string }[];
}

const KEYWORD = [
  'keyword',
  'keywords',
  'search term',
  'search query',
  'query',
  '关键词',
  '搜索词',
  '热搜词',
  '关键字',
];
const CATEGORY = ['category', 'category name', '类目', '类目名称', '品类', '行业', '叶子类目'];
const DAY = ['date', 'day', 'stat date', 'statistics date', '日期', '统计日期', '时间', '统计时间'];
const WEEK = ['week', 'week start', 'period', 'stat period', '周', '统计周', '统计周期', '周期'];
const TEXT_ONLY = ['top countries', 'top country', 'hot countries', '热门国家', '主要国家', 'top 国家'];

/** Known metric headers → stable metric ids (so charts and the opportunity score know demand from competition). */
export const METRIC_ALIASES: Record<string, readonly string[]> = {
  popularity: [
    'search popularity',
    'popularity',
    'search volume',
    'search heat',
    '搜索人气',
    '搜索热度',
    '搜索量',
    '人气',
  ],
  searchIndex: ['search index', '搜索指数', '搜索热度指数'],
  clickRate: ['click rate', 'ctr', 'click-through rate', 'click through rate', '点击率', '搜索点击率'],
  conversion: ['conversion', 'conversion rate', 'pay conversion rate', '转化率', '支付转化率', '成交转化率'],
  competition: ['competition index', 'competition', 'competitiveness', '竞争指数', '竞争度', '竞争力指数'],
  supplyDemand: [
    'supply demand index',
    'supply/demand index',
    'supply-demand index',
    'supply demand',
    '供需指数',
    '供需比',
  ],
};

/** The metrics that measure demand and competition, best first, for rising and the opportunity score. */
export const DEMAND_METRICS = ['popularity', 'searchIndex'] as const;
export const COMPETITION_METRICS = ['competition', 'supplyDemand'] as const;

const matches = (header: string, names: readonly string[]) => names.includes(normalizeKey(header));

function metricOf(header: string): string {
  const key = normalizeKey(header);
  for (const [metric, names] of Object.entries(METRIC_ALIASES)) if (names.includes(key)) return metric;
  return header.trim();
}

/** "2026-W05" → Monday of that ISO week; "2026-01-05~2026-01-11" / "2026-01-05 - 2026-01-11" → first day. */
function dayOfCell(cell: Cell, order: ReturnType<typeof inferDayMonthOrder>): string | null {
  const text = cellText(cell).trim();
  const isoWeek = /^(\d{4})-?W(\d{1,2})$/iu.exec(text);
  if (isoWeek) {
    const year = Number(isoWeek[1]);
    const jan4 = Date.UTC(year, 0, 4);
    const mondayWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return new Date(mondayWeek1 + (Number(isoWeek[2]) - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  }
  const first = /^(.+?)\s*(?:~|～|至|—|–|\s-\s)\s*.+$/u.exec(text)?.[1];
  const parsed = parseDateCell(first ?? cell, order);
  return parsed.ok ? toDayKey(parsed.value) : null;
}

export async function parseTrendFile(bytes: Uint8Array, fileName: string): Promise<TrendImportResult> {
  const result: TrendImportResult = {
    ok: false,
    fileName,
    rows: [],
    period: 'day',
    kind: 'keyword',
    metrics: [],
    dataRows: 0,
    errors: [],
  };
  const read = await readTable(bytes, fileName);
  if (!read.ok) {
    result.errors.push({ row: null, column: null, message: read.error.message });
    return result;
  }
  const table = read.table.rows;
  const headerIndex = table.slice(0, 30).findIndex((row) => {
    const texts = row.map((cell) => cellText(cell));
    return (
      texts.some((t) => matches(t, KEYWORD) || matches(t, CATEGORY)) &&
      texts.some((t) => matches(t, DAY) || matches(t, WEEK))
    );
  });
  if (headerIndex < 0) {
    result.errors.push({
      row: null,
      column: null,
      message: `${fileName}: no header row with a keyword or category column (e.g. "Keyword", "关键词", "类目") and a date column ("Date", "日期", "Week", "统计周期") in the first 30 rows.`,
    });
    return result;
  }
  const headers = (table[headerIndex] ?? []).map((cell) => cellText(cell));
  const seriesColumn = headers.findIndex((h) => matches(h, KEYWORD) || matches(h, CATEGORY));
  const dayColumn = headers.findIndex((h) => matches(h, DAY) || matches(h, WEEK));
  result.kind = matches(headers[seriesColumn] ?? '', CATEGORY) ? 'category' : 'keyword';
  const weekHeader = matches(headers[dayColumn] ?? '', WEEK);
  result.metrics = headers
    .map((header, column) => ({ column, header, metric: metricOf(header) }))
    .filter(
      (m) =>
        m.column !== seriesColumn &&
        m.column !== dayColumn &&
        m.header.trim() !== '' &&
        !matches(m.header, TEXT_ONLY),
    );
  const body = table.slice(headerIndex + 1);
  const order = inferDayMonthOrder(body.map((row) => row[dayColumn] ?? null));
  const days = new Set<string>();
  body.forEach((row, offset) => {
    const rowNumber = headerIndex + offset + 2;
    if (isBlankRow(row)) return;
    const series = cellText(row[seriesColumn]).trim();
    if (/^(合计|总计|total|итого)$/iu.test(series)) return;
    result.dataRows += 1;
    if (!series) {
      result.errors.push({
        row: rowNumber,
        column: headers[seriesColumn] ?? null,
        message: 'Empty keyword or category.',
      });
      return;
    }
    const day = dayOfCell(row[dayColumn] ?? null, order);
    if (!day) {
      result.errors.push({
        row: rowNumber,
        column: headers[dayColumn] ?? null,
        message: `"${cellText(row[dayColumn])}" is not a date (expected e.g. 2026-03-02, 2026/3/2 or 2026-W10).`,
      });
      return;
    }
    days.add(day);
    for (const metric of result.metrics) {
      const raw = cellText(row[metric.column]).trim();
      if (raw === '' || raw === '-' || raw === '--') continue;
      const value = parseLocaleNumber(raw.replace(/%$/u, '').trim());
      if (value === null) {
        result.errors.push({ row: rowNumber, column: metric.header, message: `"${raw}" is not a number.` });
        continue;
      }
      result.rows.push({ series, kind: result.kind, day, metric: metric.metric, value });
    }
  });
  const sortedDays = [...days].sort();
  const gaps = sortedDays
    .slice(1)
    .map((day, i) => (Date.parse(day) - Date.parse(sortedDays[i] as string)) / 86_400_000);
  result.period = weekHeader || (gaps.length > 0 && gaps.every((gap) => gap % 7 === 0)) ? 'week' : 'day';
  result.ok = result.rows.length > 0;
  if (result.metrics.length === 0)
    result.errors.push({
      row: headerIndex + 1,
      column: null,
      message: 'No metric columns next to the keyword and date.',
    });
  return result;
}
