import { useLiveQuery } from 'dexie-react-hooks';
import { rankOpportunities, risingOf, type Opportunity, type Rising } from '@shared/market/trends';
import { COMPETITION_METRICS, DEMAND_METRICS } from '@shared/market/trendImport';
import { db } from '../../db/db';
import { metricOfPoint, seriesNames } from './data/trendData';

export interface TrendSummary {
  series: string;
  demandMetric: string | null;
  rising: Rising | null;
  opportunity: Opportunity | undefined;
}

/** Points per series read back for rising detection: a year and a bit of weeks, or 400 days. */
const RECENT_POINTS = 2000;

/** Every series with its rising figures (demand metric) and opportunity score, computed from its recent points. */
export function useTrendSummaries(version: unknown): TrendSummary[] | undefined {
  return useLiveQuery(async () => {
    const names = await seriesNames(db);
    const perSeries = await Promise.all(
      names.map(async (series) => {
        const points = await db.trendPoints
          .where('[series+day]')
          .between([series, ''], [series, '\uffff'])
          .reverse()
          .limit(RECENT_POINTS)
          .toArray();
        const metrics = new Set(points.map(metricOfPoint));
        const demandMetric = DEMAND_METRICS.find((m) => metrics.has(m)) ?? [...metrics][0] ?? null;
        const competitionMetric = COMPETITION_METRICS.find((m) => metrics.has(m)) ?? null;
        const demand = points
          .filter((p) => metricOfPoint(p) === demandMetric)
          .map((p) => ({ day: p.day, value: p.value }));
        const weekly = points.some((p) => p.period === 'week');
        const rising = risingOf(demand, weekly ? 4 : 28);
        const competitionLatest = points.find((p) => metricOfPoint(p) === competitionMetric)?.value ?? null;
        return { series, demandMetric, rising, competition: competitionLatest };
      }),
    );
    const ranked = rankOpportunities(
      perSeries.map((s) => ({
        series: s.series,
        demand: s.rising?.latest.value ?? 0,
        competition: s.competition,
        growth: s.rising?.growth ?? null,
      })),
    );
    const bySeries = new Map(ranked.map((o) => [o.series, o]));
    return perSeries
      .map((s) => ({
        series: s.series,
        demandMetric: s.demandMetric,
        rising: s.rising,
        opportunity: bySeries.get(s.series),
      }))
      .sort((a, b) => (b.opportunity?.score ?? 0) - (a.opportunity?.score ?? 0));
  }, [version]);
}
