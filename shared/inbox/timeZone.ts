/**
 * Wall-clock ↔ instant conversion for an IANA zone using only Intl (no date library): enough for business
 * hours. Ambiguous and skipped local times resolve like Temporal's 'compatible' mode — a repeated hour takes
 * the earlier instant, a skipped hour moves forward by the gap.
 */
import type { EpochMs } from '@shared/domain/types';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallTimeAt(at: EpochMs, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The zone's offset from UTC at an instant, in ms (Shanghai: +8 h). */
export function offsetAt(at: EpochMs, timeZone: string): number {
  const whole = Math.floor(at / 1000) * 1000; // the formatter has no milliseconds
  const w = wallTimeAt(whole, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole;
}

const DAY = 86_400_000;

// Business-hour walks ask for the same few window edges over and over (every conversation waiting since
// this week hits the same days), so remember answers; the function is pure, so caching cannot change results.
const instants = new Map<string, EpochMs>();
const MAX_CACHED = 10_000;

/** The instant at which the zone's clocks show this wall time (minutes may exceed 59 or reach 24 h). */
export function instantOf(
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
  timeZone: string,
): EpochMs {
  const key = `${timeZone}|${year}|${month}|${day}|${minuteOfDay}`;
  const cached = instants.get(key);
  if (cached !== undefined) return cached;
  const value = computeInstant(year, month, day, minuteOfDay, timeZone);
  if (instants.size >= MAX_CACHED) instants.clear();
  instants.set(key, value);
  return value;
}

function computeInstant(
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
  timeZone: string,
): EpochMs {
  const naive = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  const before = offsetAt(naive - DAY, timeZone);
  const after = offsetAt(naive + DAY, timeZone);
  const early = naive - Math.max(before, after);
  const late = naive - Math.min(before, after);
  const valid = [early, late].filter((c) => c + offsetAt(c, timeZone) === naive);
  if (valid.length > 0) return Math.min(...valid);
  // Skipped by a forward jump: read the wall time with the offset from before the jump.
  return naive - before;
}

/** Day of week (0 = Sunday) of a calendar date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
