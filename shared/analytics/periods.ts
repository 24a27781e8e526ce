import type { Period } from '@shared/analytics/query';
import { addDays, dayKeyOf, isDayKey } from '@shared/util/days';

export const PERIOD_PRESETS = [
  { value: '7', labelKey: 'period.last7', days: 7 },
  { value: '30', labelKey: 'period.last30', days: 30 },
  { value: '90', labelKey: 'period.last90', days: 90 },
  { value: '365', labelKey: 'period.last365', days: 365 },
] as const;

/** The last `days` days up to and including today (UTC). */
export function lastDays(days: number, now = Date.now()): Period {
  const to = dayKeyOf(now);
  return { from: addDays(to, -(days - 1)), to };
}

/** A period the user typed: both ends valid and in order, else the last 30 days (a half-typed date never breaks the page). */
export function customPeriod(from: string, to: string, now = Date.now()): Period {
  if (!isDayKey(from) || !isDayKey(to)) return lastDays(30, now);
  return from <= to ? { from, to } : { from: to, to: from };
}
