import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FILE_NAME_PATTERN, backupFileName, backupsToPrune } from './format';

const DAY = 24 * 3600 * 1000;

describe('backupFileName', () => {
  it('names one store, or all stores, with the local date and time', () => {
    const at = new Date(2026, 11, 1, 9, 5, 7);
    expect(backupFileName(['义乌 小店'], at, 'manual')).toBe('义乌-小店-2026-12-01-090507.swbackup');
    expect(backupFileName(['a', 'b'], at, 'daily')).toBe('all-stores-2026-12-01-090507-daily.swbackup');
  });

  it('always answers a name the bridge accepts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 3 }),
        fc.constantFrom('manual', 'daily', 'pre-upgrade', 'pre-restore' as const),
        (names, kind) => {
          expect(backupFileName(names, new Date(2026, 0, 1), kind)).toMatch(BACKUP_FILE_NAME_PATTERN);
        },
      ),
    );
  });
});

describe('backupsToPrune', () => {
  const daily = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      name: `d${i}`,
      kind: 'daily' as const,
      createdAt: 100 * DAY - i * DAY,
    }));

  it('keeps the newest 7 daily and one per week for 4 older weeks', () => {
    const removed = backupsToPrune(daily(60), 7, 4);
    const kept = daily(60).filter((b) => !removed.includes(b.name));
    expect(kept).toHaveLength(11);
    expect(kept.slice(0, 7).map((b) => b.name)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6']);
  });

  it('never prunes manual or pre-upgrade backups, and never keeps more than the settings allow', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 6 }),
        (n, keepDaily, keepWeekly) => {
          const backups = [
            ...daily(n),
            { name: 'm', kind: 'manual' as const, createdAt: 0 },
            { name: 'u', kind: 'pre-upgrade' as const, createdAt: 0 },
          ];
          const removed = backupsToPrune(backups, keepDaily, keepWeekly);
          expect(removed).not.toContain('m');
          expect(removed).not.toContain('u');
          expect(n - removed.length).toBeLessThanOrEqual(keepDaily + keepWeekly);
          expect(n - removed.length).toBe(Math.min(n, n - removed.length));
        },
      ),
    );
  });
});
