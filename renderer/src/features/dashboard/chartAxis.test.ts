import { describe, expect, it } from 'vitest';
import { kpiSeries } from '@shared/analytics/query';
import { DEFAULT_PROMOTIONS, promotionOccurrencesBetween } from '@shared/market/promotions';
import { DEFAULT_EXCHANGE_RATES } from '@shared/analytics/money';
import { bucketLabeler, promotionMarkers, spansYears } from './chartAxis';

const usd = { currency: 'USD', rates: DEFAULT_EXCHANGE_RATES };

describe('sales chart axis', () => {
  it('labels days, weeks and months in the UI language, with the year when the period spans years', () => {
    const t = Date.UTC(2025, 10, 3);
    expect(bucketLabeler('day', 'en-GB', false)({ t })).toBe('3 Nov');
    expect(bucketLabeler('week', 'en-GB', true)({ t })).toBe('3 Nov 2025');
    expect(bucketLabeler('month', 'en-GB', false)({ t })).toBe('Nov 2025');
    expect(bucketLabeler('day', 'zh-CN', false)({ t })).toBe('11月3日');
    expect(bucketLabeler('month', 'zh-CN', false)({ t })).toBe('2025年11月');
  });

  it('gives every bucket of a year its own label, so a marker lands on one place', () => {
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const series = kpiSeries([], period, 'week', {}, usd);
    const label = bucketLabeler('week', 'en-GB', spansYears(series));
    const labels = series.map(label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('places each promotion that starts inside the series on the bucket it starts in', () => {
    const period = { from: '2026-10-01', to: '2026-12-31' };
    const series = kpiSeries([], period, 'week', {}, usd);
    const label = bucketLabeler('week', 'en-GB', false);
    const occurrences = promotionOccurrencesBetween(period.from, period.to, DEFAULT_PROMOTIONS);
    const markers = promotionMarkers(series, 'week', label, occurrences, 'en');
    const double11 = occurrences.find((o) => o.eventId === 'double-11')!;
    // 11.11's sale starts in the week of the Monday on or before it.
    const monday = series.filter((p) => p.start <= double11.saleStart).at(-1)!;
    expect(markers.find((m) => m.label.includes(double11.name.en))?.x).toBe(label(monday));
    expect(markers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(markers.map((m) => m.x)).size).toBe(markers.length);
  });
});
