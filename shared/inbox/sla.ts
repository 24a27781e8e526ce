/**
 * Reply-time targets. The clock runs from `awaitingReplySince`; with business hours it only runs inside the
 * working windows of the given zone (so a Friday-evening message in Shanghai is due on Monday), across
 * weekends and daylight-saving changes. Remaining time is plain wall-clock time until the due moment.
 */
import { z } from 'zod';
import type { Conversation, EpochMs } from '@shared/domain/types';
import { instantOf, isValidTimeZone, wallTimeAt, weekdayOf } from './timeZone';

const HOUR = 3_600_000;

export const BusinessHoursSchema = z
  .object({
    timeZone: z.string().refine(isValidTimeZone, 'an IANA time zone such as Asia/Shanghai'),
    /** Working days, 0 = Sunday … 6 = Saturday. */
    days: z.array(z.number().int().min(0).max(6)).min(1, 'at least one working day'),
    /** Local hours; fractions allowed (9.5 = 09:30). Windows crossing midnight are not supported. */
    startHour: z.number().min(0).max(24),
    endHour: z.number().min(0).max(24),
  })
  .refine((b) => b.startHour < b.endHour, { message: 'startHour must be before endHour', path: ['endHour'] });

export const SlaSettingsSchema = z.object({
  targetHours: z
    .number()
    .positive()
    .max(24 * 60),
  /** Absent: the clock runs around the clock. */
  businessHours: BusinessHoursSchema.optional(),
  /** Warn when a dispute deadline is this close. */
  disputeWarningHours: z.number().positive(),
  /** 'due-soon' when this little time is left. */
  dueSoonHours: z.number().min(0),
});

export type BusinessHours = z.infer<typeof BusinessHoursSchema>;
export type SlaSettings = z.infer<typeof SlaSettingsSchema>;

export const DEFAULT_SLA_SETTINGS: SlaSettings = {
  targetHours: 24,
  disputeWarningHours: 48,
  dueSoonHours: 4,
};

/** The moment `durationMs` of working time has passed after `start`. */
export function addBusinessTime(start: EpochMs, durationMs: number, hours: BusinessHours): EpochMs {
  const days = new Set(hours.days);
  const startMinute = Math.round(hours.startHour * 60);
  const endMinute = Math.round(hours.endHour * 60);
  let remaining = durationMs;
  const first = wallTimeAt(start, hours.timeZone);
  // Walk local calendar days; Date.UTC normalises day overflow into the next month or year.
  for (let i = 0; i < 3700; i++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + i));
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (!days.has(weekdayOf(y, m, d))) continue;
    const windowStart = instantOf(y, m, d, startMinute, hours.timeZone);
    const windowEnd = instantOf(y, m, d, endMinute, hours.timeZone);
    const from = Math.max(windowStart, start);
    if (from >= windowEnd) continue;
    if (remaining <= windowEnd - from) return from + remaining;
    remaining -= windowEnd - from;
  }
  throw new RangeError('business hours never reach the reply target within ten years');
}

export type SlaState = 'none' | 'on-track' | 'due-soon' | 'overdue';
export type DisputeLevel = 'ok' | 'warning' | 'expired';

export interface SlaStatus {
  state: SlaState;
  dueAt?: EpochMs;
  /** dueAt − now; negative once overdue. */
  remainingMs?: number;
  overdue: boolean;
  dispute?: { deadline: EpochMs; remainingMs: number; level: DisputeLevel };
  /** True while a dispute deadline is within the warning window and not yet past. */
  disputeWarning: boolean;
}

/**
 * SLA of one conversation at `now`. Resolved and platform-handled conversations have no reply target (the
 * platform answers those); a snoozed one keeps its clock, since the buyer is still waiting.
 */
export function computeSla(
  conversation: Pick<Conversation, 'awaitingReplySince'> &
    Partial<Pick<Conversation, 'status' | 'platformHandled'>>,
  now: EpochMs,
  settings: SlaSettings = DEFAULT_SLA_SETTINGS,
  disputeDeadline?: EpochMs,
): SlaStatus {
  let dispute: SlaStatus['dispute'];
  if (disputeDeadline !== undefined) {
    const remainingMs = disputeDeadline - now;
    const level: DisputeLevel =
      remainingMs <= 0 ? 'expired' : remainingMs <= settings.disputeWarningHours * HOUR ? 'warning' : 'ok';
    dispute = { deadline: disputeDeadline, remainingMs, level };
  }
  const base = { ...(dispute ? { dispute } : {}), disputeWarning: dispute?.level === 'warning' };

  const since = conversation.awaitingReplySince;
  if (since === undefined || conversation.status === 'resolved' || conversation.platformHandled) {
    return { state: 'none', overdue: false, ...base };
  }
  const target = settings.targetHours * HOUR;
  const dueAt = settings.businessHours
    ? addBusinessTime(since, target, settings.businessHours)
    : since + target;
  const remainingMs = dueAt - now;
  const overdue = remainingMs < 0;
  const state: SlaState = overdue
    ? 'overdue'
    : remainingMs <= settings.dueSoonHours * HOUR
      ? 'due-soon'
      : 'on-track';
  return { state, dueAt, remainingMs, overdue, ...base };
}
