import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestVelocity, roundForDisplay, velocityBetween } from './velocity';

const DAY = 86_400_000;

describe('velocityBetween', () => {
  it('is exact for exact counts', () => {
    const v = velocityBetween({ at: 0, min: 100, rounded: false }, { at: 7 * DAY, min: 170, rounded: false });
    expect(v).toMatchObject({ low: 10, high: 10, isRange: false });
  });

  it('is a range for rounded counts and open-ended past the last known threshold', () => {
    const v = velocityBetween(
      { at: 0, min: 1000, rounded: true },
      { at: 10 * DAY, min: 2000, rounded: true },
    );
    expect(v?.isRange).toBe(true);
    expect(v?.low).toBeCloseTo((2000 - 1999) / 10);
    expect(v?.high).toBeCloseTo((2999 - 1000) / 10);
    const open = velocityBetween(
      { at: 0, min: 100000, rounded: true },
      { at: DAY, min: 100000, rounded: true },
    );
    expect(open?.high).toBeNull();
  });

  it('counts reviews per day as a second signal', () => {
    const v = velocityBetween(
      { at: 0, min: 10, rounded: false, reviews: 4 },
      { at: 2 * DAY, min: 20, rounded: false, reviews: 10 },
    );
    expect(v?.reviewsPerDay).toBe(3);
  });

  it('always contains the true rate of a simulated listing whose counts the page rounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 150_000 }),
        fc.array(
          fc.record({ days: fc.integer({ min: 1, max: 60 }), sold: fc.integer({ min: 0, max: 5_000 }) }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (start, steps) => {
          let at = 0;
          let count = start;
          const readings = [{ at, ...roundForDisplay(count), true: count }];
          for (const step of steps) {
            at += step.days * DAY;
            count += step.sold;
            readings.push({ at, ...roundForDisplay(count), true: count });
          }
          for (let i = 1; i < readings.length; i++) {
            const from = readings[i - 1]!;
            const to = readings[i]!;
            const v = velocityBetween(from, to)!;
            const rate = (to.true - from.true) / v.days;
            expect(v.low).toBeLessThanOrEqual(rate + 1e-9);
            if (v.high !== null) expect(v.high).toBeGreaterThanOrEqual(rate - 1e-9);
          }
        },
      ),
    );
  });
});

describe('latestVelocity', () => {
  it('uses the last reading against one at least a week earlier', () => {
    const readings = [0, 3, 7, 14].map((d) => ({ at: d * DAY, min: d * 10, rounded: false }));
    const v = latestVelocity(readings);
    expect(v?.fromAt).toBe(7 * DAY);
    expect(v?.low).toBe(10);
  });
});
