import { type Translate } from '../../../i18n/useT';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 d 4 h", "5 h 10 min", "12 min": precise enough for a reply clock, short enough for a badge. */
export function formatDuration(ms: number, t: Translate): string {
  if (ms >= DAY)
    return t('inbox.ui.duration.daysHours', {
      days: Math.floor(ms / DAY),
      hours: Math.floor((ms % DAY) / HOUR),
    });
  if (ms >= HOUR)
    return t('inbox.ui.duration.hoursMinutes', {
      hours: Math.floor(ms / HOUR),
      minutes: Math.floor((ms % HOUR) / MINUTE),
    });
  return t('inbox.ui.duration.minutes', { minutes: Math.max(1, Math.floor(ms / MINUTE)) });
}
