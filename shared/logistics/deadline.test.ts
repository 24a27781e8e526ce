import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaClosureCalendar } from '@shared/calendar/closures';
import {
  alertLevelOf,
  bucketOf,
  chinaDayOf,
  deadlineCalculator,
  DEFAULT_ALERTS,
  DEFAULT_SHIP_BY_RULE,
  handlingDaysOf,
  uncoveredYears,
} from './deadline';

const HOUR = 3_600_000;
/** 2026-02-13 (Friday) 18:00 in China = 10:00 UTC: paid just before the Spring Festival closure (15–23 Feb). */
const PAID = Date.UTC(2026, 1, 13, 10, 0);

describe('ship-by deadline', () => {
  it('skips the 2026 Spring Festival in working days and counts the make-up Saturday', () => {
    const working = deadlineCalculator(DEFAULT_SHIP_BY_RULE);
    // Open days after Fri 13 Feb: Sat 14 (make-up workday), then the festival (15–23), Tue 24, Wed 25.
    expect(chinaDayOf(working.deadline(PAID, 1))).toBe('2026-02-14');
    expect(chinaDayOf(working.deadline(PAID, 2))).toBe('2026-02-24');
    expect(chinaDayOf(working.deadline(PAID, 3))).toBe('2026-02-25');
    // Same time of day in China as the payment.
    expect(working.deadline(PAID, 3)).toBe(Date.UTC(2026, 1, 25, 10, 0));
  });

  it('adds whole days in calendar days', () => {
    const calendar = deadlineCalculator({ ...DEFAULT_SHIP_BY_RULE, rule: 'calendar-days' });
    expect(calendar.deadline(PAID, 3)).toBe(PAID + 72 * HOUR);
  });

  it("honours the seller's own closed days", () => {
    const own = { closedDays: ['2026-02-24'], openDays: [], weekendsClosed: true };
    const working = deadlineCalculator({ rule: 'working-days', own });
    expect(chinaDayOf(working.deadline(PAID, 2))).toBe('2026-02-25');
  });

  it('takes the longest line and falls back for unknown products', () => {
    expect(handlingDaysOf([3, 7, 5], 7)).toBe(7);
    expect(handlingDaysOf([3, undefined], 5)).toBe(5);
    expect(handlingDaysOf([], 4)).toBe(4);
  });

  it('says which years the holiday data does not cover', () => {
    const calendar = chinaClosureCalendar();
    expect(uncoveredYears(calendar, Date.UTC(2026, 11, 28), Date.UTC(2027, 0, 5))).toEqual([2027]);
    expect(uncoveredYears(calendar, Date.UTC(2026, 1, 1), Date.UTC(2026, 1, 20))).toEqual([]);
  });

  it('buckets and alerts by time left', () => {
    const now = PAID;
    expect(bucketOf(now - 1, now)).toBe('overdue');
    expect(bucketOf(now + 23 * HOUR, now)).toBe('due24h');
    expect(bucketOf(now + 47 * HOUR, now)).toBe('due48h');
    expect(bucketOf(now + 71 * HOUR, now)).toBe('due72h');
    expect(bucketOf(now + 73 * HOUR, now)).toBe('later');
    expect(alertLevelOf(now + HOUR, now, DEFAULT_ALERTS)).toBe('due2h');
    expect(alertLevelOf(now + 5 * HOUR, now, DEFAULT_ALERTS)).toBe('due24h');
    expect(
      alertLevelOf(now + 5 * HOUR, now, { enabled: { due24h: false, due2h: true, overdue: true } }),
    ).toBe(null);
    expect(alertLevelOf(now, now, DEFAULT_ALERTS)).toBe('overdue');
  });
});

describe('properties', () => {
  it('a working-days deadline never lands on a closed day, and is never earlier than the calendar one', () => {
    const closed = fc.uniqueArray(
      fc
        .integer({ min: 0, max: 700 })
        .map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 5, 30) }),
        fc.integer({ min: 1, max: 60 }),
        closed,
        fc.boolean(),
        (paidAt, days, closedDays, weekendsClosed) => {
          const own = { closedDays, openDays: [], weekendsClosed };
          const working = deadlineCalculator({ rule: 'working-days', own });
          const due = working.deadline(paidAt, days);
          expect(working.calendar.isClosed(chinaDayOf(due))).toBe(false);
          expect(due).toBeGreaterThanOrEqual(paidAt + days * 86_400_000);
        },
      ),
      { numRuns: 300 },
    );
  });
});
