/**
 * Which days a Chinese seller's shop is closed, and counting days that skip them. Public holidays and make-up
 * workdays (调休) come from the maintained `chinese-days` data; the seller adds their own closed days and can open
 * a day the data closes. Every figure that counts "working days" (ship-by deadlines, stock-up dates) uses this.
 */
import { getDayDetail } from 'chinese-days';
import type { DayKey } from '@shared/domain/types';
import { addDays, weekdayOf } from '@shared/util/days';

/** How a deadline counts days: every calendar day, or only the days the shop is open. */
export type DayCountRule = 'calendar-days' | 'working-days';

export interface OwnClosures {
  /** Days the seller's shop is closed on top of the public calendar (stock-taking, a family event…). */
  closedDays: readonly DayKey[];
  /** Days the seller works although the public calendar closes them. */
  openDays: readonly DayKey[];
  /** Whether Saturdays and Sundays are closed unless the public calendar makes them make-up workdays. */
  weekendsClosed: boolean;
}

export const NO_OWN_CLOSURES: OwnClosures = { closedDays: [], openDays: [], weekendsClosed: true };

export type ClosureReason = { kind: 'public-holiday'; name: string } | { kind: 'weekend' } | { kind: 'own' };

export interface ClosureCalendar {
  /** Why a day is closed, or null when the shop works that day. */
  closure(day: DayKey): ClosureReason | null;
  isClosed(day: DayKey): boolean;
  /** Whether the holiday data knows that year's public holidays (a year not yet published only has weekends). */
  coversYear(year: number): boolean;
}

/** The public-holiday library's verdict on a day: a holiday name, a make-up workday, or an ordinary day. */
function publicDay(day: DayKey): { holiday: string | null; makeUpWorkday: boolean } {
  const detail = getDayDetail(day);
  const named = detail.name.includes(',');
  const holidayName = named ? (detail.name.split(',')[1] ?? detail.name) : null;
  if (!named) return { holiday: null, makeUpWorkday: false };
  return detail.work
    ? { holiday: null, makeUpWorkday: true }
    : { holiday: holidayName, makeUpWorkday: false };
}

/** New Year's Day is a public holiday every year, so a year the data names it for is a year the data covers. */
function dataCoversYear(year: number): boolean {
  return getDayDetail(`${String(year).padStart(4, '0')}-01-01`).name.includes('元旦');
}

/** The Chinese public calendar with the seller's own closures; answers are memoised per day. */
export function chinaClosureCalendar(own: OwnClosures = NO_OWN_CLOSURES): ClosureCalendar {
  const closed = new Set(own.closedDays);
  const open = new Set(own.openDays);
  const memo = new Map<DayKey, ClosureReason | null>();
  const coverage = new Map<number, boolean>();
  const closure = (day: DayKey): ClosureReason | null => {
    const cached = memo.get(day);
    if (cached !== undefined) return cached;
    let reason: ClosureReason | null = null;
    if (closed.has(day)) reason = { kind: 'own' };
    else if (!open.has(day)) {
      const info = publicDay(day);
      const weekday = weekdayOf(day);
      if (info.holiday) reason = { kind: 'public-holiday', name: info.holiday };
      else if (own.weekendsClosed && (weekday === 0 || weekday === 6) && !info.makeUpWorkday)
        reason = { kind: 'weekend' };
    }
    memo.set(day, reason);
    return reason;
  };
  return {
    closure,
    isClosed: (day) => closure(day) !== null,
    coversYear: (year) => {
      if (!coverage.has(year)) coverage.set(year, dataCoversYear(year));
      return coverage.get(year) ?? false;
    },
  };
}

/** Safety stop for a calendar that closes every day (the seller closed years of days by mistake). */
const MAX_SCAN_DAYS = 3660;

function scan(calendar: ClosureCalendar, from: DayKey, step: 1 | -1, count: number): DayKey {
  let day = from;
  let counted = 0;
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    day = addDays(day, step);
    if (!calendar.isClosed(day) && ++counted >= count) return day;
  }
  throw new RangeError(`No ${count} open days within ${MAX_SCAN_DAYS} days of ${from}`);
}

/** The `n`th open day after `start` (n ≥ 1); with n = 0, `start` itself if open, else the next open day. */
export function addOpenDays(calendar: ClosureCalendar, start: DayKey, n: number): DayKey {
  if (n <= 0) return calendar.isClosed(start) ? scan(calendar, start, 1, 1) : start;
  return scan(calendar, start, 1, n);
}

/** The `n`th open day before `end` (n ≥ 1); with n = 0, `end` itself if open, else the open day before it. */
export function subtractOpenDays(calendar: ClosureCalendar, end: DayKey, n: number): DayKey {
  if (n <= 0) return calendar.isClosed(end) ? scan(calendar, end, -1, 1) : end;
  return scan(calendar, end, -1, n);
}

/** The closed days in [from, to], both inclusive, with their reasons (for "3 holiday days in between"). */
export function closuresBetween(
  calendar: ClosureCalendar,
  from: DayKey,
  to: DayKey,
): { day: DayKey; reason: ClosureReason }[] {
  const out: { day: DayKey; reason: ClosureReason }[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const reason = calendar.closure(day);
    if (reason) out.push({ day, reason });
  }
  return out;
}
