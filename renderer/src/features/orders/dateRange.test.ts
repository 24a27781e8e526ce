import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateFormatFor, parseUserDate } from '../../i18n/dayFormat';
import { rangeBounds, startOfLocalDay } from './dateRange';

describe('parseUserDate', () => {
  it('reads the formats a Chinese and an English UI show and accept', () => {
    expect(parseUserDate('2025-11-03')).toBe('2025-11-03');
    expect(parseUserDate('2025/11/3')).toBe('2025-11-03');
    expect(parseUserDate('2025年11月3日')).toBe('2025-11-03');
    expect(parseUserDate('3 Nov 2025')).toBe('2025-11-03');
    expect(parseUserDate('Nov 3, 2025')).toBe('2025-11-03');
    expect(parseUserDate('03 november 2025')).toBe('2025-11-03');
  });

  it('refuses what is not a real day', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '31 Foo 2025', 'yesterday', '', '11/03/2025'])
      expect(parseUserDate(bad)).toBeNull();
  });

  it('reads back every day it formats as YYYY-MM-DD', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          expect(parseUserDate(day)).toBe(day);
        },
      ),
    );
  });
});

describe('dates follow the UI language', () => {
  it('shows year-month-day in Chinese and day month year in English', () => {
    expect(dateFormatFor('zh')).toBe('YYYY-MM-DD');
    expect(dateFormatFor('en')).toBe('D MMM YYYY');
  });
});

describe('rangeBounds', () => {
  it('covers whole local days, the last one included', () => {
    const { from, to } = rangeBounds('2025-11-03', '2025-11-05');
    expect(from).toBe(startOfLocalDay('2025-11-03'));
    expect(to).toBe(startOfLocalDay('2025-11-06'));
    expect(rangeBounds(null, null)).toEqual({});
  });
});
