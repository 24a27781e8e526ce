import { describe, expect, it } from 'vitest';
import { customPeriod, lastDays } from './periods';

const NOW = Date.UTC(2026, 10, 22, 12);

describe('periods', () => {
  it('counts today as the last day', () =>
    expect(lastDays(7, NOW)).toEqual({ from: '2026-11-16', to: '2026-11-22' }));
  it('keeps a typed period, swapping ends given backwards', () => {
    expect(customPeriod('2026-01-01', '2026-03-31', NOW)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(customPeriod('2026-03-31', '2026-01-01', NOW)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });
  it('falls back to the last 30 days while a date is half typed', () => {
    expect(customPeriod('2026-0', '2026-03-31', NOW)).toEqual(lastDays(30, NOW));
    expect(customPeriod('', '', NOW)).toEqual(lastDays(30, NOW));
  });
});
