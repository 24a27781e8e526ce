import { Card, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../i18n/useT';
import { promotionOccurrencesBetween, type PromotionEvent } from '@shared/market/promotions';
import { addDays, daysBetween } from '@shared/util/days';
import { useMoney } from '../../app/useMoney';
import { db } from '../../db/db';
import { loadTotals } from '../dashboard';

const change = (value: number | null) =>
  value === null ? '—' : `${value >= 0 ? '+' : ''}${Math.round(value * 100)}%`;

/** Events that ended in the last year: GMV, orders and conversion against the same-length period before, from the rollups. */
export function PastEvents({
  storeId,
  events,
  today,
}: {
  storeId: string;
  events: PromotionEvent[];
  today: string;
}) {
  const { t, i18n } = useT();
  const money = useMoney();
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const results = useLiveQuery(async () => {
    const past = promotionOccurrencesBetween(addDays(today, -365), addDays(today, -1), events).filter(
      (o) => o.saleEnd < today,
    );
    return Promise.all(
      past.map(async (occurrence) => {
        const totals = await loadTotals(db, {
          storeId,
          period: { from: occurrence.saleStart, to: occurrence.saleEnd },
          bucket: 'auto',
          view: { currency: money.currency, rates: money.rates },
        });
        return { occurrence, kpis: totals.kpis };
      }),
    );
  }, [storeId, events, today, money.currency, money.rates]);
  const withSales = (results ?? []).filter((r) => r.kpis.current.orders > 0 || r.kpis.previous.orders > 0);
  return (
    <Card withBorder>
      <Title order={5} mb="xs">
        {t('market.promotions.past')}
      </Title>
      {withSales.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('market.promotions.noPast')}
        </Text>
      ) : (
        <Stack gap={4}>
          {withSales.map(({ occurrence, kpis }) => (
            <Text size="sm" key={`${occurrence.eventId}|${occurrence.year}`}>
              {t('market.promotions.pastResult', {
                event: occurrence.name[lang],
                year: occurrence.year,
                gmv: money.formatDisplay(kpis.current.gmv),
                gmvChange: change(kpis.change.gmv),
                orders: kpis.current.orders.toLocaleString(),
                ordersChange: change(kpis.change.orders),
                conversion:
                  kpis.current.conversion === null ? '—' : `${(kpis.current.conversion * 100).toFixed(1)}%`,
                conversionChange: change(kpis.change.conversion),
                days: daysBetween(occurrence.saleStart, occurrence.saleEnd) + 1,
              })}
            </Text>
          ))}
        </Stack>
      )}
    </Card>
  );
}
