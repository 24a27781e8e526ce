/**
 * The overdue queue as an index range. A conversation is overdue when its due moment (waiting-since plus the
 * reply target, in business hours if set) is before now. The due moment never decreases as waiting-since
 * grows, so "overdue" is exactly "waiting since ≤ some threshold": the store reads one index range instead of
 * computing the SLA of every waiting conversation.
 */
import type { EpochMs } from '@shared/domain/types';
import { addBusinessTime, type SlaSettings } from './sla';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Largest waiting-since (ms) that is overdue at `now`; every earlier one is overdue too. */
export function overdueSinceThreshold(
  now: EpochMs,
  settings: Pick<SlaSettings, 'targetHours' | 'businessHours'>,
): EpochMs {
  const target = settings.targetHours * HOUR;
  const hours = settings.businessHours;
  if (!hours) return now - target - 1;
  const dueAt = (since: number) => addBusinessTime(since, target, hours);
  // Binary search for the last millisecond whose due moment is still before now.
  let lo = now - target - 400 * DAY;
  let hi = now;
  if (dueAt(lo) >= now) return lo - 1;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dueAt(mid) < now) lo = mid;
    else hi = mid;
  }
  return lo;
}
