import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaClosureCalendar } from '@shared/calendar/closures';
import { addDays } from '@shared/util/days';
import { stockUpPlan } from './stockUp';

describe('stockUpPlan', () => {
  const calendar = chinaClosureCalendar();

  it('counts handling in open days before the hand-over day', () => {
    // 2026-11-11 is a Wednesday; 5 transit days → hand over by Fri 2026-11-06.
    const plan = stockUpPlan(
      { saleStart: '2026-11-11', handlingDays: 2, transitDays: 5, inboundDays: 0 },
      calendar,
    );
    expect(plan.handOverBy).toBe('2026-11-06');
    expect(plan.stockUpBy).toBe('2026-11-04');
    expect(plan.uncoveredYears).toEqual([]);
  });

  it('moves earlier over the National Day holiday and when handling grows', () => {
    const short = stockUpPlan(
      { saleStart: '2026-10-12', handlingDays: 1, transitDays: 2, inboundDays: 0 },
      calendar,
    );
    const long = stockUpPlan(
      { saleStart: '2026-10-12', handlingDays: 3, transitDays: 2, inboundDays: 0 },
      calendar,
    );
    expect(long.stockUpBy < short.stockUpBy).toBe(true);
    expect(long.closures.some((c) => c.reason.kind === 'public-holiday')).toBe(true);
  });

  it('says when a year is not covered by the holiday data', () => {
    const plan = stockUpPlan(
      { saleStart: '2027-11-11', handlingDays: 2, transitDays: 5, inboundDays: 3 },
      calendar,
    );
    expect(plan.uncoveredYears).toContain(2027);
  });

  it('never falls on a closed day, and is never after the hand-over day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 10 }),
        fc.array(fc.integer({ min: 0, max: 760 }), { maxLength: 30 }),
        (offset, handlingDays, transitDays, inboundDays, closedOffsets) => {
          const own = chinaClosureCalendar({
            closedDays: closedOffsets.map((d) => addDays('2025-06-01', d)),
            openDays: [],
            weekendsClosed: true,
          });
          const saleStart = addDays('2025-08-01', offset);
          const plan = stockUpPlan({ saleStart, handlingDays, transitDays, inboundDays }, own);
          expect(own.isClosed(plan.stockUpBy)).toBe(false);
          expect(plan.stockUpBy <= plan.handOverBy).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
