/**
 * Keyword and category trends from market-data exports: rising detection against the trailing average and
 * against the same period last year, and an opportunity score that weighs demand against competition. Every
 * score carries the numbers it came from, so the UI can explain it.
 */
import type { DayKey } from '@shared/domain/types';
import { addDays, daysBetween } from '@shared/util/days';

export interface TrendSample {
  day: DayKey;
  value: number;
}

export interface Rising {
  latest: TrendSample;
  /** Mean of the `window` samples before the latest. */
  trailingAverage: number | null;
  window: number;
  /** latest / trailingAverage − 1. */
  growth: number | null;
  /** The sample nearest to one year before the latest (within a week), when the data reaches back. */
  lastYear: TrendSample | null;
  yearOverYear: number | null;
  rising: boolean;
}

/** Rising when the latest value beats the trailing average or last year by at least `threshold` (0.2 = 20 %). */
export function risingOf(samples: readonly TrendSample[], window = 4, threshold = 0.2): Rising | null {
  const sorted = [...samples].sort((a, b) => a.day.localeCompare(b.day));
  const latest = sorted.at(-1);
  if (!latest) return null;
  const before = sorted.slice(Math.max(0, sorted.length - 1 - window), -1);
  const trailingAverage =
    before.length > 0 ? before.reduce((sum, s) => sum + s.value, 0) / before.length : null;
  const growth = trailingAverage ? latest.value / trailingAverage - 1 : null;
  const target = addDays(latest.day, -364);
  let lastYear: TrendSample | null = null;
  for (const sample of sorted) {
    const distance = Math.abs(daysBetween(sample.day, target));
    if (distance <= 7 && (!lastYear || distance < Math.abs(daysBetween(lastYear.day, target))))
      lastYear = sample;
  }
  const yearOverYear = lastYear && lastYear.value > 0 ? latest.value / lastYear.value - 1 : null;
  const rising =
    (growth !== null && growth >= threshold) || (yearOverYear !== null && yearOverYear >= threshold);
  return { latest, trailingAverage, window, growth, lastYear, yearOverYear, rising };
}

export interface OpportunityInput {
  series: string;
  /** Latest demand figure (search popularity / index), any scale. */
  demand: number;
  /** Latest competition figure (competition index, supply/demand), any scale; null when the file has none. */
  competition: number | null;
  growth: number | null;
}

export interface Opportunity extends OpportunityInput {
  /** 0–100: demand relative to the strongest series, discounted by relative competition, lifted by growth. */
  score: number;
  demandShare: number;
  competitionShare: number | null;
}

/** Ranks series by demand against competition; shares are relative to the largest figure among the series. */
export function rankOpportunities(inputs: readonly OpportunityInput[]): Opportunity[] {
  const maxDemand = Math.max(0, ...inputs.map((i) => i.demand));
  const competitions = inputs.map((i) => i.competition).filter((c): c is number => c !== null);
  const maxCompetition = Math.max(0, ...competitions);
  return inputs
    .map((input) => {
      const demandShare = maxDemand > 0 ? input.demand / maxDemand : 0;
      const competitionShare =
        input.competition !== null && maxCompetition > 0 ? input.competition / maxCompetition : null;
      const growthLift = 1 + Math.max(-0.5, Math.min(1, input.growth ?? 0)) / 2;
      const raw = (demandShare * growthLift) / (1 + (competitionShare ?? 0.5));
      return { ...input, demandShare, competitionShare, score: Math.round(Math.min(1, raw) * 100) };
    })
    .sort((a, b) => b.score - a.score || a.series.localeCompare(b.series));
}
