import { useMemo } from 'react';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useT } from '../../i18n/useT';
import type { Order, OrderLine, Product } from '@shared/domain/types';
import { findJointGroups } from '@shared/logistics/joint';
import { quoteParcel, type QuoteContext } from '@shared/logistics/quote';
import type { RateRow } from '@shared/logistics/rates';
import { mergeIntoParcel, splitParcel } from '../../data/shipping';
import { db } from '../../db/db';
import { buyerNameOf } from '../orders';
import { moneyText } from './format';
import { parcelFor } from './parcelMath';

interface Props {
  orders: Order[];
  lines: OrderLine[];
  products: Map<string, Product>;
  rates: RateRow[];
  quoteContext: QuoteContext;
}

/** The cheapest option's cost for a set of orders sent as one parcel, in hundredths, or null when nothing applies. */
export function cheapestFor(
  orders: Order[],
  lines: OrderLine[],
  products: Map<string, Product>,
  rates: RateRow[],
  context: QuoteContext = {},
): { hundredths: number; currency: string } | null {
  const option = quoteParcel(parcelFor('p', orders, lines, products), rates, context).options[0];
  return option ? { hundredths: option.costHundredths, currency: option.currency } : null;
}

/** Saving of one parcel over separate ones, from the rate tables (null when a quote is missing or currencies differ). */
export function jointSaving(
  group: Order[],
  lines: OrderLine[],
  products: Map<string, Product>,
  rates: RateRow[],
  context: QuoteContext = {},
): { separate: number; together: number; currency: string } | null {
  const together = cheapestFor(group, lines, products, rates, context);
  if (!together) return null;
  let separate = 0;
  for (const order of group) {
    const alone = cheapestFor([order], lines, products, rates, context);
    if (!alone || alone.currency !== together.currency) return null;
    separate += alone.hundredths;
  }
  return { separate, together: together.hundredths, currency: together.currency };
}

export function JointShipping({ orders, lines, products, rates, quoteContext }: Props) {
  const { t, i18n } = useT();
  const groups = useMemo(() => findJointGroups(orders), [orders]);
  const merged = useMemo(() => {
    const byParcel = new Map<string, Order[]>();
    for (const order of orders)
      if (order.parcelId) byParcel.set(order.parcelId, [...(byParcel.get(order.parcelId) ?? []), order]);
    return [...byParcel.entries()];
  }, [orders]);
  const money = (hundredths: number, currency: string) => moneyText(hundredths, currency, i18n.language);

  const merge = async (group: Order[]) => {
    await mergeIntoParcel(
      db,
      group.map((o) => o.id),
      Date.now(),
    );
    notifications.show({ color: 'green', message: t('logistics.joint.mergedDone', { count: group.length }) });
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('logistics.joint.rule')}
      </Text>
      {groups.length === 0 && merged.length === 0 && <Text c="dimmed">{t('logistics.joint.none')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {groups.map((group) => {
          const saving = jointSaving(group, lines, products, rates, quoteContext);
          const first = group[0] as Order;
          return (
            <Card
              key={group.map((o) => o.id).join('|')}
              withBorder
              aria-label={t('logistics.joint.group', { buyer: buyerNameOf(first) })}
            >
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={600}>{buyerNameOf(first)}</Text>
                  <Badge>{t('logistics.joint.orders', { count: group.length })}</Badge>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {first.shipTo}
                </Text>
                <Text size="sm" ff="monospace">
                  {group.map((o) => o.orderId).join(', ')}
                </Text>
                {saving ? (
                  <Text size="sm" data-testid="joint-saving">
                    {t('logistics.joint.saving', {
                      saving: money(saving.separate - saving.together, saving.currency),
                      separate: money(saving.separate, saving.currency),
                      together: money(saving.together, saving.currency),
                    })}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('logistics.joint.noQuote')}
                  </Text>
                )}
                <Button onClick={() => void merge(group)}>{t('logistics.joint.merge')}</Button>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      {merged.length > 0 && (
        <Stack gap="xs">
          <Text fw={600}>{t('logistics.joint.mergedTitle')}</Text>
          {merged.map(([parcelId, parcelOrders]) => (
            <Group key={parcelId} justify="space-between">
              <Text size="sm" ff="monospace">
                {parcelOrders.map((o) => o.orderId).join(' + ')}
              </Text>
              <Button size="xs" variant="light" onClick={() => void splitParcel(db, parcelId, Date.now())}>
                {t('logistics.joint.split')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
