import type { DayKey, EpochMs } from '@shared/domain/types';
import { dayKeyOf } from '@shared/util/days';

/**
 * The demo year ends on the UTC day of `nowMs`, so "last 7 days" dashboards show fresh, still-moving orders and
 * the inbox has buyers waiting right now. Pass the result to generateDemo and store it with the data: the
 * demo is a snapshot, and regenerating on another day gives another (equally valid) year.
 */
export function demoEndDayFor(nowMs: EpochMs): DayKey {
  return dayKeyOf(nowMs);
}
