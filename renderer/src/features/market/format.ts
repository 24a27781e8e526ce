/** Small display helpers of the market view. */
import type { Translate } from '../../i18n/useT';
import type { CompetitorSummary } from '@shared/market/types';

const perDay = (value: number) =>
  value >= 10 ? Math.round(value).toString() : (Math.round(value * 10) / 10).toString();

/** "12 / day", "8–15 / day" or "at least 8 / day" (a rounded count past the last known threshold). */
export function velocityText(t: Translate, velocity: CompetitorSummary['velocity']): string {
  if (!velocity) return '—';
  if (!velocity.isRange) return t('market.velocity.exact', { low: perDay(velocity.low) });
  if (velocity.high === null) return t('market.velocity.atLeast', { low: perDay(velocity.low) });
  return t('market.velocity.range', { low: perDay(velocity.low), high: perDay(velocity.high) });
}

export function soldText(sold: number | null, rounded: boolean, locale: string): string {
  if (sold === null) return '—';
  return `${sold.toLocaleString(locale)}${rounded ? '+' : ''}`;
}

/** At most `max` points, evenly picked and always keeping the last (ARCHITECTURE §8). */
export function thin<T>(points: readonly T[], max = 2000): T[] {
  if (points.length <= max) return [...points];
  const step = points.length / max;
  const out: T[] = [];
  for (let i = 0; i < max - 1; i++) out.push(points[Math.floor(i * step)] as T);
  out.push(points.at(-1) as T);
  return out;
}
