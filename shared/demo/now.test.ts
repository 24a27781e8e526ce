import { describe, expect, it } from 'vitest';
import { dayStartMs } from '@shared/util/days';
import { collectDemo } from './collect';
import { DEMO_DEFAULT_SEED } from './generate';

/** Fields that name a moment something happened (or was written); a demo made at 09:30 has none after 09:30. */
const PAST_FIELD = /(At|Time)$/;
/** Moments that are in the future by nature: a snooze ends later. */
const FUTURE_BY_NATURE = new Set(['snoozedUntil']);

describe('demo "now"', () => {
  it('dates no order, message, shipment or other row after the moment it was made', () => {
    const endDay = '2026-03-31';
    const nowMs = dayStartMs(endDay) + 9.5 * 3_600_000;
    const data = collectDemo({ seed: DEMO_DEFAULT_SEED, endDay, nowMs });
    const late: string[] = [];
    const visit = (table: string, value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(table, v, `${path}[${i}]`));
      else if (value && typeof value === 'object')
        for (const [key, v] of Object.entries(value)) {
          if (typeof v === 'number' && PAST_FIELD.test(key) && !FUTURE_BY_NATURE.has(key) && v > nowMs)
            late.push(`${table}.${path}.${key}`);
          else visit(table, v, path);
        }
    };
    // A campaign agreed for next week is scheduled, not dated in the future by mistake.
    const scheduled = (row: unknown) => (row as { status?: string }).status === 'agreed';
    for (const [table, rows] of Object.entries(data))
      for (const row of rows) if (!scheduled(row)) visit(table, row, '');
    expect(late.slice(0, 5)).toEqual([]);
    expect(data.orders.some((o) => o.placedAt > nowMs - 6 * 3_600_000)).toBe(true);
  }, 120_000);
});
