/**
 * The sales charts' x axis: one label per bucket in the UI language (a day, the week that starts on that Monday,
 * or a month; with the year when the period spans more than one), and the platform's promotion days placed on
 * the bucket they fall in.
 */
import { bucketStart, type Bucket, type SeriesPoint } from '@shared/analytics/query';
import type { PromotionOccurrence } from '@shared/market/promotions';

export function bucketLabeler(
  bucket: Bucket,
  locale: string,
  spansYears: boolean,
): (point: Pick<SeriesPoint, 't'>) => string {
  const year = spansYears ? ({ year: 'numeric' } as const) : {};
  const format =
    bucket === 'month'
      ? new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
      : new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', ...year, timeZone: 'UTC' });
  return (point) => format.format(point.t);
}

/** True when the series' first and last buckets are in different calendar years. */
export const spansYears = (series: readonly Pick<SeriesPoint, 'start'>[]): boolean =>
  series.length > 1 && series[0]!.start.slice(0, 4) !== series[series.length - 1]!.start.slice(0, 4);

export interface ChartMarker {
  /** The label of the bucket the sale starts in (the x value of the line). */
  x: string;
  label: string;
}

/** One marker per bucket holding a sale start inside the series; events in the same bucket share it. */
export function promotionMarkers(
  series: readonly Pick<SeriesPoint, 'start' | 't'>[],
  bucket: Bucket,
  labelOf: (point: Pick<SeriesPoint, 't'>) => string,
  occurrences: readonly PromotionOccurrence[],
  language: 'en' | 'zh',
): ChartMarker[] {
  const byStart = new Map(series.map((point) => [point.start, point]));
  const names = new Map<string, string[]>();
  for (const occurrence of occurrences) {
    const point = byStart.get(bucketStart(occurrence.saleStart, bucket));
    if (!point) continue;
    const x = labelOf(point);
    names.set(x, [...(names.get(x) ?? []), occurrence.name[language]]);
  }
  return [...names].map(([x, list]) => ({ x, label: [...new Set(list)].join(' · ') }));
}
