import { Alert, List } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { upcomingOccurrences, type PromotionEvent } from '@shared/market/promotions';
import { daysBetween, dayKeyOf } from '@shared/util/days';

/** Days ahead within which a deadline shows as a reminder. */
export const REMINDER_DAYS = 21;

/** In-app reminders as registration deadlines and sale starts approach. */
export function Reminders({ events, now }: { events: PromotionEvent[]; now: number }) {
  const { t, i18n } = useT();
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const today = dayKeyOf(now);
  const items: { key: string; text: string; days: number }[] = [];
  for (const o of upcomingOccurrences(today, events)) {
    const name = `${o.name[lang]} ${o.year}`;
    const toRegistration = daysBetween(today, o.registrationDeadline);
    if (toRegistration >= 0 && toRegistration <= REMINDER_DAYS)
      items.push({
        key: `${o.eventId}${o.year}r`,
        days: toRegistration,
        text: t('market.reminders.registration', {
          event: name,
          date: o.registrationDeadline,
          days: toRegistration,
        }),
      });
    const toSale = daysBetween(today, o.saleStart);
    if (toSale >= 0 && toSale <= REMINDER_DAYS)
      items.push({
        key: `${o.eventId}${o.year}s`,
        days: toSale,
        text: t('market.reminders.saleStarts', { event: name, date: o.saleStart, days: toSale }),
      });
  }
  if (items.length === 0) return null;
  return (
    <Alert color="blue" title={t('market.reminders.title')} role="status">
      <List size="sm">
        {items
          .sort((a, b) => a.days - b.days)
          .map((item) => (
            <List.Item key={item.key}>{item.text}</List.Item>
          ))}
      </List>
    </Alert>
  );
}
