import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  computeSla,
  DEFAULT_SLA_SETTINGS,
  SlaSettingsSchema,
  type BusinessHours,
} from './sla';
import { instantOf, offsetAt } from './timeZone';

const H = 3_600_000;
const WEEKDAYS = [1, 2, 3, 4, 5];
const shanghai: BusinessHours = { timeZone: 'Asia/Shanghai', days: WEEKDAYS, startHour: 9, endHour: 18 };

describe('time zone helpers', () => {
  it('reads offsets from Intl, including daylight saving', () => {
    expect(offsetAt(Date.UTC(2025, 0, 15), 'Asia/Shanghai')).toBe(8 * H);
    expect(offsetAt(Date.UTC(2025, 0, 15), 'America/New_York')).toBe(-5 * H);
    expect(offsetAt(Date.UTC(2025, 6, 15), 'America/New_York')).toBe(-4 * H);
    expect(offsetAt(Date.UTC(2025, 6, 15), 'Europe/Madrid')).toBe(2 * H);
  });

  it('resolves repeated and skipped wall times like Temporal’s compatible mode', () => {
    // Madrid, 26 Oct 2025: 02:30 happens twice; take the earlier (CEST).
    expect(instantOf(2025, 10, 26, 150, 'Europe/Madrid')).toBe(Date.UTC(2025, 9, 26, 0, 30));
    // New York, 9 Mar 2025: 02:30 never happens; move forward by the gap to 03:30 EDT.
    expect(instantOf(2025, 3, 9, 150, 'America/New_York')).toBe(Date.UTC(2025, 2, 9, 7, 30));
  });
});

describe('addBusinessTime', () => {
  it('Shanghai, Friday 17:00 + 4 working hours → Monday 12:00', () => {
    const friday17 = Date.UTC(2025, 0, 17, 9); // 17:00 CST
    expect(addBusinessTime(friday17, 4 * H, shanghai)).toBe(Date.UTC(2025, 0, 20, 4)); // Mon 12:00 CST
  });

  it('Shanghai, a 24-hour target spans the weekend in working hours', () => {
    const friday17 = Date.UTC(2025, 0, 17, 9);
    // 1 h Friday + 9 h Monday + 9 h Tuesday + 5 h Wednesday → Wednesday 14:00 CST.
    expect(addBusinessTime(friday17, 24 * H, shanghai)).toBe(Date.UTC(2025, 0, 22, 6));
  });

  it('a message on Saturday starts the clock on Monday morning', () => {
    const saturday = Date.UTC(2025, 0, 18, 4);
    expect(addBusinessTime(saturday, 2 * H, shanghai)).toBe(Date.UTC(2025, 0, 20, 3)); // Mon 11:00 CST
  });

  it('New York across the spring-forward weekend uses the new offset on Monday', () => {
    const ny: BusinessHours = { timeZone: 'America/New_York', days: WEEKDAYS, startHour: 9, endHour: 17 };
    const friday16 = Date.UTC(2025, 2, 7, 21); // 16:00 EST
    // 1 h Friday, 1 h Monday from 09:00 EDT (13:00Z) → 10:00 EDT = 14:00Z (not 15:00Z as a fixed −5 h would say).
    expect(addBusinessTime(friday16, 2 * H, ny)).toBe(Date.UTC(2025, 2, 10, 14));
  });

  it('Madrid on the fall-back night: the repeated hour counts as real time', () => {
    const night: BusinessHours = {
      timeZone: 'Europe/Madrid',
      days: [0, 1, 2, 3, 4, 5, 6],
      startHour: 1,
      endHour: 4,
    };
    const start = Date.UTC(2025, 9, 25, 23); // 01:00 CEST on Sunday 26 Oct
    // 01:00–04:00 local that night lasts four real hours.
    expect(addBusinessTime(start, 3.5 * H, night)).toBe(Date.UTC(2025, 9, 26, 2, 30));
    expect(addBusinessTime(start, 4 * H, night)).toBe(Date.UTC(2025, 9, 26, 3));
    // Half an hour more spills into Monday's window, 01:00 CET = 00:00Z.
    expect(addBusinessTime(start, 4.5 * H, night)).toBe(Date.UTC(2025, 9, 27, 0, 30));
  });

  it('New York: a 02:00–03:00 window on the spring-forward day has no time in it', () => {
    const gap: BusinessHours = { timeZone: 'America/New_York', days: [0, 1], startHour: 2, endHour: 3 };
    const saturdayNight = Date.UTC(2025, 2, 9, 0);
    // Sunday's window is empty, so the hour is served on Monday 02:00–03:00 EDT (06:00Z–07:00Z).
    expect(addBusinessTime(saturdayNight, H / 2, gap)).toBe(Date.UTC(2025, 2, 10, 6, 30));
  });
});

describe('computeSla', () => {
  const since = Date.UTC(2025, 0, 17, 9);

  it('runs around the clock by default: 24 h target', () => {
    const s = computeSla({ awaitingReplySince: since, status: 'open' }, since + 2 * H);
    expect(s).toMatchObject({
      state: 'on-track',
      dueAt: since + 24 * H,
      remainingMs: 22 * H,
      overdue: false,
      disputeWarning: false,
    });
  });

  it('flags due-soon and overdue', () => {
    expect(computeSla({ awaitingReplySince: since }, since + 21 * H).state).toBe('due-soon');
    const late = computeSla({ awaitingReplySince: since }, since + 25 * H);
    expect(late).toMatchObject({ state: 'overdue', overdue: true, remainingMs: -H });
  });

  it('uses business hours when configured', () => {
    const settings = { ...DEFAULT_SLA_SETTINGS, targetHours: 4, businessHours: shanghai };
    const s = computeSla({ awaitingReplySince: since }, Date.UTC(2025, 0, 18, 0), settings);
    expect(s.dueAt).toBe(Date.UTC(2025, 0, 20, 4));
    expect(s.overdue).toBe(false);
  });

  it('has no target for resolved, platform-handled or answered conversations', () => {
    expect(computeSla({ awaitingReplySince: since, status: 'resolved' }, since).state).toBe('none');
    expect(computeSla({ awaitingReplySince: since, platformHandled: true }, since).state).toBe('none');
    expect(computeSla({ awaitingReplySince: undefined }, since)).toEqual({
      state: 'none',
      overdue: false,
      disputeWarning: false,
    });
  });

  it('warns when a dispute deadline is within 48 h, even with nothing to answer', () => {
    const now = Date.UTC(2025, 0, 20);
    expect(computeSla({}, now, DEFAULT_SLA_SETTINGS, now + 47 * H)).toMatchObject({
      disputeWarning: true,
      dispute: { level: 'warning', remainingMs: 47 * H },
    });
    expect(computeSla({}, now, DEFAULT_SLA_SETTINGS, now + 49 * H).dispute?.level).toBe('ok');
    const expired = computeSla({}, now, DEFAULT_SLA_SETTINGS, now - 1);
    expect(expired.dispute?.level).toBe('expired');
    expect(expired.disputeWarning).toBe(false);
  });

  it('validates settings with clear messages', () => {
    expect(SlaSettingsSchema.safeParse(DEFAULT_SLA_SETTINGS).success).toBe(true);
    const bad = SlaSettingsSchema.safeParse({
      ...DEFAULT_SLA_SETTINGS,
      businessHours: { timeZone: 'Mars/Olympus', days: [], startHour: 18, endHour: 9 },
    });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => i.message).join('; ');
    expect(messages).toContain('IANA');
    expect(messages).toContain('working day');
  });
});
