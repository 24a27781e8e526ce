/**
 * UTC calendar-day helpers. A DayKey is 'YYYY-MM-DD' in UTC (domain convention), so string order is date order
 * and no time zone ever shifts a day.
 */
import type { DayKey, EpochMs } from '@shared/domain/types';

export const DAY_MS = 86_400_000;

const DAY_KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/u;

export function isDayKey(text: string): text is DayKey {
  const match = DAY_KEY_PATTERN.exec(text);
  if (!match) return false;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Round-trip rejects impossible dates such as 2025-02-30.
  return dayKeyOf(ms) === text;
}

/** The UTC day containing an instant. */
export function dayKeyOf(ms: EpochMs): DayKey {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC at the start of a day. Throws on malformed keys rather than returning NaN silently. */
export function dayStartMs(day: DayKey): EpochMs {
  const match = DAY_KEY_PATTERN.exec(day);
  if (!match) throw new RangeError(`'${day}' is not a day key (expected YYYY-MM-DD)`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The last millisecond of a day. */
export function dayEndMs(day: DayKey): EpochMs {
  return dayStartMs(day) + DAY_MS - 1;
}

export function addDays(day: DayKey, days: number): DayKey {
  return dayKeyOf(dayStartMs(day) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((dayStartMs(to) - dayStartMs(from)) / DAY_MS);
}

/** Every day from `from` to `to`, both inclusive; empty when `to` is before `from`. */
export function dayRange(from: DayKey, to: DayKey): DayKey[] {
  const days: DayKey[] = [];
  const start = dayStartMs(from);
  const end = dayStartMs(to);
  for (let ms = start; ms <= end; ms += DAY_MS) days.push(dayKeyOf(ms));
  return days;
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function weekdayOf(day: DayKey): number {
  return new Date(dayStartMs(day)).getUTCDay();
}

/** The Monday starting the ISO week that contains `day`. */
export function weekStartOf(day: DayKey): DayKey {
  const sinceMonday = (weekdayOf(day) + 6) % 7;
  return addDays(day, -sinceMonday);
}

/** The first day of the month that contains `day`. */
export function monthStartOf(day: DayKey): DayKey {
  return `${day.slice(0, 7)}-01`;
}
