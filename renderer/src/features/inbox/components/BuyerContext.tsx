import { memo } from 'react';
import { Badge, Divider, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import { CARRIER_NAMES } from '@shared/inbox/render';
import type { CarrierId } from '@shared/domain/types';
import { useMoney } from '../../../app/useMoney';
import { db, type InboxConversation } from '../../../db/db';
import { useT } from '../../../i18n/useT';
import { countryLabel } from '../../../i18n/countries';

/** Everything the rep needs about the buyer without leaving the thread: orders, parcels, disputes, history. */
export const BuyerContext = memo(function BuyerContext({
  conversationId,
  onOpen,
}: {
  conversationId: string | undefined;
  onOpen(id: string): void;
}) {
  const { t, i18n } = useT();
  const money = useMoney();
  const data = useLiveQuery(async () => {
    if (!conversationId) return undefined;
    const conversation = await db.conversations.get(conversationId);
    if (!conversation) return undefined;
    const [orderCount, orders, previous] = await Promise.all([
      db.orders.where('buyerId').equals(conversation.buyerId).count(),
      db.orders.where('buyerId').equals(conversation.buyerId).limit(20).toArray(),
      db.conversations.where('buyerId').equals(conversation.buyerId).limit(20).toArray(),
    ]);
    const orderIds = orders.map((o) => o.id);
    const [lines, shipments] = await Promise.all([
      db.orderLines.where('orderId').anyOf(orderIds).toArray(),
      db.shipments.where('orderId').anyOf(orderIds).toArray(),
    ]);
    orders.sort((a, b) =>
      a.id === conversation.orderId ? -1 : b.id === conversation.orderId ? 1 : b.placedAt - a.placedAt,
    );
    return {
      conversation,
      orderCount,
      orders,
      lines,
      shipments,
      previous: previous
        .filter((c) => c.id !== conversation.id)
        .sort((a, b) => b.lastMessageAt - a.lastMessageAt),
    };
  }, [conversationId]);
  if (!data) return null;
  const { conversation: c, orderCount } = data;
  const date = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium' });
  const moment = new Intl.DateTimeFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  return (
    <ScrollArea h="100%" data-testid="buyer-context">
      <Stack gap="xs" p="sm">
        <Title order={5}>{c.buyerName}</Title>
        <Group gap={6}>
          <Badge variant="default">{countryLabel(c.country, i18n.language)}</Badge>
          <Badge variant="default">{t(`inbox.language.${c.language}`)}</Badge>
          {orderCount > 0 && (
            <Badge variant="light">{t('inbox.ui.context.orderCount', { count: orderCount })}</Badge>
          )}
        </Group>
        <Divider label={t('inbox.ui.context.orders')} labelPosition="left" />
        {data.orders.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('inbox.ui.context.noOrders')}
          </Text>
        )}
        {data.orders.map((o) => {
          const shipment = data.shipments.find((s) => s.orderId === o.id);
          const carrier = (shipment?.carrier ?? o.carrier) as CarrierId | undefined;
          const tracking = shipment?.trackingNumber ?? o.trackingNumber;
          return (
            <Paper
              key={o.id}
              withBorder
              p={6}
              bg={o.id === c.orderId ? 'var(--mantine-primary-color-light)' : undefined}
              data-testid="context-order"
            >
              <Group justify="space-between" gap={4}>
                <Text size="xs" ff="monospace" fw={600}>
                  {o.orderId}
                </Text>
                <Badge size="xs" variant="light">
                  {t(`orderStatus.${o.status}`)}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {date.format(o.placedAt)} · {money.format(o.amount, o.currency)}
                {o.refundAmount > 0 &&
                  ` · ${t('inbox.ui.context.refund', { amount: money.format(o.refundAmount, o.currency) })}`}
              </Text>
              {data.lines
                .filter((l) => l.orderId === o.id)
                .map((l) => (
                  <Text key={l.id} size="xs" lineClamp={1}>
                    {l.quantity} × {l.title}
                  </Text>
                ))}
              {carrier && (
                <Text size="xs">
                  {CARRIER_NAMES[carrier] ?? carrier} ·{' '}
                  <span style={{ fontFamily: 'monospace' }}>{tracking ?? '—'}</span>
                </Text>
              )}
              {o.disputeDeadline && (
                <Text size="xs" c="orange">
                  {t('inbox.ui.context.disputeDeadline', { time: moment.format(o.disputeDeadline) })}
                </Text>
              )}
            </Paper>
          );
        })}
        <Divider label={t('inbox.ui.context.previous')} labelPosition="left" />
        {data.previous.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('inbox.ui.context.noPrevious')}
          </Text>
        )}
        {data.previous.map((p: InboxConversation) => (
          <Paper key={p.id} withBorder p={6} style={{ cursor: 'pointer' }} onClick={() => onOpen(p.id)}>
            <Text size="xs" fw={500} lineClamp={1}>
              {p.subject}
            </Text>
            <Text size="xs" c="dimmed">
              {date.format(p.lastMessageAt)} · {t(`inbox.filter.status.${p.status}`)}
            </Text>
          </Paper>
        ))}
      </Stack>
    </ScrollArea>
  );
});
