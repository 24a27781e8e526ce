import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overdueSinceThreshold } from './overdue';
import { computeSla, DEFAULT_SLA_SETTINGS, type SlaSettings } from './sla';

const shanghai: SlaSettings = {
  ...DEFAULT_SLA_SETTINGS,
  targetHours: 8,
  businessHours: { timeZone: 'Asia/Shanghai', days: [1, 2, 3, 4, 5], startHour: 9, endHour: 18 },
};

describe('overdueSinceThreshold', () => {
  it('around the clock: overdue exactly when waiting longer than the target', () => {
    const now = Date.UTC(2025, 5, 2, 12);
    const threshold = overdueSinceThreshold(now, DEFAULT_SLA_SETTINGS);
    expect(computeSla({ awaitingReplySince: threshold }, now).overdue).toBe(true);
    expect(computeSla({ awaitingReplySince: threshold + 1 }, now).overdue).toBe(false);
  });

  it('in business hours: the threshold splits overdue from not overdue', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1) }),
        fc.integer({ min: 0, max: 20 * 86_400_000 }),
        (now, back) => {
          const threshold = overdueSinceThreshold(now, shanghai);
          const since = now - back;
          expect(computeSla({ awaitingReplySince: since }, now, shanghai).overdue).toBe(since <= threshold);
        },
      ),
      { numRuns: 60 },
    );
  });
});
