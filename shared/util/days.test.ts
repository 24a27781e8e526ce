import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  dayEndMs,
  dayKeyOf,
  dayRange,
  daysBetween,
  dayStartMs,
  isDayKey,
  monthStartOf,
  weekStartOf,
  weekdayOf,
} from './days';

describe('day keys', () => {
  it('converts epoch ms to the UTC day and back', () => {
    expect(dayKeyOf(Date.UTC(2025, 10, 11, 23, 59))).toBe('2025-11-11');
    expect(dayStartMs('2025-11-11')).toBe(Date.UTC(2025, 10, 11));
    expect(dayEndMs('2025-11-11')).toBe(Date.UTC(2025, 10, 12) - 1);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('validates keys', () => {
    expect(isDayKey('2025-02-28')).toBe(true);
    expect(isDayKey('2025-02-30')).toBe(false);
    expect(isDayKey('2025-2-3')).toBe(false);
    expect(() => dayStartMs('nope')).toThrow(/not a day key/u);
  });

  it('ranges are inclusive and consistent with daysBetween', () => {
    expect(dayRange('2025-12-30', '2026-01-02')).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
    expect(dayRange('2025-01-02', '2025-01-01')).toEqual([]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: -400, max: 400 }),
        (offset, delta) => {
          const day = dayKeyOf(Date.UTC(2000, 0, 1) + offset * 86_400_000);
          expect(daysBetween(day, addDays(day, delta))).toBe(delta);
        },
      ),
    );
  });

  it('finds week (Monday) and month starts', () => {
    expect(weekdayOf('2025-11-11')).toBe(2);
    expect(weekStartOf('2025-11-11')).toBe('2025-11-10');
    expect(weekStartOf('2025-11-16')).toBe('2025-11-10');
    expect(weekStartOf('2025-11-10')).toBe('2025-11-10');
    expect(monthStartOf('2025-11-11')).toBe('2025-11-01');
  });
});
