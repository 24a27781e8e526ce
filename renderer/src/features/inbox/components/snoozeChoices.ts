const HOUR = 3_600_000;

/** Snooze presets in the rep's own time zone: later today, tomorrow morning, in three days, next Monday. */
export function snoozeChoices(now: number): { key: 'hours' | 'tomorrow' | 'days' | 'week'; until: number }[] {
  const morning = (daysAhead: number) => {
    const d = new Date(now);
    d.setDate(d.getDate() + daysAhead);
    d.setHours(9, 0, 0, 0);
    return d.getTime();
  };
  const day = new Date(now).getDay();
  const toMonday = (8 - day) % 7 || 7;
  return [
    { key: 'hours', until: now + 3 * HOUR },
    { key: 'tomorrow', until: morning(1) },
    { key: 'days', until: morning(3) },
    { key: 'week', until: morning(toMonday) },
  ];
}
