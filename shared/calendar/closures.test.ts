import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/util/days';
import { addOpenDays, chinaClosureCalendar, closuresBetween, subtractOpenDays } from './closures';

const dayArb = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('china closure calendar', () => {
  const calendar = chinaClosureCalendar();

  it('closes the Spring Festival and opens its make-up workdays', () => {
    expect(calendar.closure('2026-02-16')).toEqual({ kind: 'public-holiday', name: '春节' });
    // 2026-02-14 is a Saturday worked in lieu of the festival.
    expect(calendar.isClosed('2026-02-14')).toBe(false);
    expect(calendar.closure('2026-03-07')).toEqual({ kind: 'weekend' });
    expect(calendar.isClosed('2026-03-09')).toBe(false);
  });

  it('knows which years its data covers', () => {
    expect(calendar.coversYear(2026)).toBe(true);
    expect(calendar.coversYear(2099)).toBe(false);
  });

  it('adds the seller own closed and open days', () => {
    const own = chinaClosureCalendar({
      closedDays: ['2026-03-09'],
      openDays: ['2026-02-16'],
      weekendsClosed: false,
    });
    expect(own.closure('2026-03-09')).toEqual({ kind: 'own' });
    expect(own.isClosed('2026-02-16')).toBe(false);
    expect(own.isClosed('2026-03-07')).toBe(false);
  });

  it('counts open days across the Spring Festival', () => {
    // Paid on Friday 13 Feb 2026; the 14th is a make-up workday, the 15th–23rd are the holiday.
    expect(addOpenDays(calendar, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addOpenDays(calendar, '2026-02-13', 2)).toBe('2026-02-24');
    expect(subtractOpenDays(calendar, '2026-02-24', 1)).toBe('2026-02-14');
    expect(closuresBetween(calendar, '2026-02-15', '2026-02-23')).toHaveLength(9);
  });

  it('never lands on a closed day, and counts exactly n open days', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 40 }), (day, n) => {
        const forward = addOpenDays(calendar, day, n);
        const back = subtractOpenDays(calendar, day, n);
        expect(calendar.isClosed(forward)).toBe(false);
        expect(calendar.isClosed(back)).toBe(false);
        if (n > 0) {
          expect(countOpen(addDays(day, 1), forward)).toBe(n);
          expect(countOpen(back, addDays(day, -1))).toBe(n);
        }
      }),
    );
  });

  function countOpen(from: string, to: string): number {
    let count = 0;
    for (let day = from; day <= to; day = addDays(day, 1)) if (!calendar.isClosed(day)) count++;
    return count;
  }
});
