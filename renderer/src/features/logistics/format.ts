import type { Translate } from '../../i18n/useT';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 d 03 h", "5 h 12 min", "overdue 3 h 02 min": the countdown shown next to every deadline. */
export function countdownText(t: Translate, left: number): string {
  const abs = Math.abs(left);
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  const seconds = Math.floor((abs % MINUTE) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const span =
    days > 0
      ? t('logistics.countdown.days', { days, hours: pad(hours), minutes: pad(minutes) })
      : t('logistics.countdown.hours', { hours: pad(hours), minutes: pad(minutes), seconds: pad(seconds) });
  return left <= 0 ? t('logistics.countdown.overdue', { span }) : span;
}

export function dateTimeFormat(language: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function moneyText(hundredths: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { style: 'currency', currency }).format(
    hundredths / 100,
  );
}
