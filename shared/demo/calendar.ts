/**
 * How busy each day is for a small AliExpress seller: a weekly rhythm, a growing trend over the year, and the
 * platform's sale events. 11.11 is by far the biggest; buyers hold back in the days before it.
 */
import type { DayKey } from '@shared/domain/types';
import { addDays, daysBetween, weekdayOf } from '@shared/util/days';

/** Chinese New Year (first day) by Gregorian year; factories and couriers slow down for about two weeks. */
const CHINESE_NEW_YEAR: Readonly<Record<number, DayKey>> = {
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
};

/** Monday is the strongest day on AliExpress; Saturday the weakest. Index = Date#getUTCDay. */
const WEEKDAY_FACTOR = [1.02, 1.08, 1.04, 1.0, 0.98, 0.94, 0.88] as const;

function yearOf(day: DayKey): number {
  return Number(day.slice(0, 4));
}

/** Days from the nearest Chinese New Year (negative before it), or undefined when none is near or known. */
export function daysFromChineseNewYear(day: DayKey): number | undefined {
  for (const year of [yearOf(day), yearOf(day) + 1, yearOf(day) - 1]) {
    const newYear = CHINESE_NEW_YEAR[year];
    if (!newYear) continue;
    const offset = daysBetween(newYear, day);
    if (Math.abs(offset) <= 30) return offset;
  }
  return undefined;
}

/** Extra handling days for orders placed around Chinese New Year (warehouses close, couriers stop). */
export function chineseNewYearDelayDays(day: DayKey): number {
  const offset = daysFromChineseNewYear(day);
  if (offset === undefined || offset < -6 || offset > 8) return 0;
  return offset < 0 ? 10 + offset : 10 - Math.floor(offset / 2);
}

/** The Friday after the fourth Thursday of November. */
export function blackFridayOf(year: number): DayKey {
  const novemberFirst = `${year}-11-01`;
  const toThursday = (4 - weekdayOf(novemberFirst) + 7) % 7;
  return addDays(novemberFirst, toThursday + 21 + 1);
}

function elevenElevenFactor(monthDay: string): number {
  const factors: Record<string, number> = {
    '11-01': 0.85,
    '11-02': 0.85,
    '11-03': 0.8,
    '11-04': 0.8,
    '11-05': 0.8,
    '11-06': 0.8,
    '11-07': 0.8,
    '11-08': 0.8,
    '11-09': 0.85,
    '11-10': 2.2,
    '11-11': 5.2,
    '11-12': 3.1,
    '11-13': 1.9,
    '11-14': 1.4,
  };
  return factors[monthDay] ?? 1;
}

function blackFridayFactor(day: DayKey): number {
  const offset = daysBetween(blackFridayOf(yearOf(day)), day);
  // Black Friday (0) through Cyber Monday (+3).
  const factors: Record<number, number> = { [-1]: 1.3, 0: 2.1, 1: 1.7, 2: 1.6, 3: 1.9, 4: 1.2 };
  return factors[offset] ?? 1;
}

function otherEventsFactor(monthDay: string): number {
  // AliExpress anniversary sale (end of March), 6.18 mid-year, back-to-school, pre-New-Year gifting.
  if (monthDay >= '03-25' && monthDay <= '03-29') return 1.6;
  if (monthDay >= '06-16' && monthDay <= '06-19') return 1.4;
  if (monthDay >= '08-26' && monthDay <= '08-31') return 1.15;
  if (monthDay >= '12-08' && monthDay <= '12-22') return 1.3;
  if (monthDay >= '12-29' || monthDay <= '01-06') return 0.8;
  return 1;
}

function chineseNewYearFactor(day: DayKey): number {
  const offset = daysFromChineseNewYear(day);
  if (offset === undefined || offset < -7 || offset > 12) return 1;
  // Buyers see long handling times and order less until the factories reopen.
  return 0.72;
}

/** Relative order volume for a day; `progress` in [0, 1] runs across the demo year (the shop grows). */
export function dayDemandFactor(day: DayKey, progress: number): number {
  const monthDay = day.slice(5);
  const growth = 0.7 + 0.55 * progress;
  return (
    growth *
    (WEEKDAY_FACTOR[weekdayOf(day)] ?? 1) *
    elevenElevenFactor(monthDay) *
    blackFridayFactor(day) *
    otherEventsFactor(monthDay) *
    chineseNewYearFactor(day)
  );
}
