import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconMessage } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { CARRIER_NAMES, type CarrierId } from '@shared/domain/types';
import { formatMoney } from '@shared/analytics/money';
import { useWorkstation } from '../../app/WorkstationContext';
import { db } from '../../db/db';
import { countryLabel } from '../../i18n/countries';
import { localeOf } from '../../i18n';
import { useT } from '../../i18n/useT';
import { MediaThumb } from '../photos';
import { buyerNameOf, loadOrderDetail, orderTimeline, type DetailLine } from './orderDetail';
import { statusColor } from './statusColor';

/** Where "back" goes: the list with the filters it had (kept in its URL), handed over when the row was opened. */
export interface OrderDetailState {
  listSearch?: string;
}

const IMAGE = 56;

/** A neutral box where a product has no picture in the media library (never a broken image). */
function NoImage({ label }: { label: string }) {
  return (
    <Box
      w={IMAGE}
      h={IMAGE}
      role="img"
      aria-label={label}
      data-testid="line-image-placeholder"
      style={{
        borderRadius: 4,
        background: 'var(--mantine-color-default-hover)',
        border: '1px solid var(--mantine-color-default-border)',
      }}
    />
  );
}

function LineImage({ line }: { line: DetailLine }) {
  const { t } = useT();
  if (!line.image) return <NoImage label={t('orderView.line.noImage')} />;
  return (
    <Box data-testid="line-image">
      <MediaThumb media={line.image} size={IMAGE} alt={line.title} />
    </Box>
  );
}

/** /orders/:orderId — one order as a seller needs it: items, buyer, money, history, parcels, conversation. */
export function OrderDetailPage() {
  const { t, i18n } = useT();
  const { orderId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { activeStore } = useWorkstation();
  const id = decodeURIComponent(orderId);
  const detail = useLiveQuery(async () => (await loadOrderDetail(db, id)) ?? null, [id]);
  const locale = localeOf(i18n.language);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const back = () => {
    const state = location.state as OrderDetailState | null;
    void navigate(`/orders${state?.listSearch ?? ''}`);
  };

  const backButton = (
    <Button
      variant="subtle"
      leftSection={<IconArrowLeft size={16} />}
      onClick={back}
      w="fit-content"
      data-testid="order-back"
    >
      {t('orderView.back')}
    </Button>
  );
  if (detail === undefined) return <Text c="dimmed">{t('orderView.loading')}</Text>;
  if (detail === null || detail.order.storeId !== activeStore?.id)
    return (
      <Stack>
        {backButton}
        <Text>{t('orderView.notFound')}</Text>
      </Stack>
    );
  const { order, lines, parcels, shipments, conversations } = detail;
  const money = (minor: number, currency = order.currency) => formatMoney(minor, currency, locale);
  const timeline = orderTimeline(order, parcels, Date.now());
  const reached = timeline.filter((e) => !e.future).length;
  const carrierName = (c: string | undefined) => (c ? (CARRIER_NAMES[c as CarrierId] ?? c) : '—');

  return (
    <Stack gap="md" data-testid="order-detail">
      {backButton}
      <Group justify="space-between">
        <Title order={2}>{t('orderView.heading', { orderId: order.orderId })}</Title>
        <Badge variant="light" color={statusColor(order.status)} size="lg" data-testid="order-status">
          {t(`orderStatus.${order.status}`)}
        </Badge>
      </Group>

      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('orderView.section.lines')}
        </Title>
        <Table data-testid="order-lines" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={IMAGE + 16} />
              <Table.Th>{t('orderView.line.product')}</Table.Th>
              <Table.Th ta="right">{t('orderView.line.quantity')}</Table.Th>
              <Table.Th ta="right">{t('orderView.line.unitPrice')}</Table.Th>
              <Table.Th ta="right">{t('orderView.line.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.id} data-testid="order-line">
                <Table.Td>
                  <LineImage line={line} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{line.title || '—'}</Text>
                  {line.productCode && (
                    <Text size="xs" c="dimmed">
                      {t('orderView.line.code', { code: line.productCode })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{line.quantity}</Table.Td>
                <Table.Td ta="right">{money(line.unitPrice, line.currency)}</Table.Td>
                <Table.Td ta="right">{money(line.unitPrice * line.quantity, line.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder data-testid="order-buyer">
          <Title order={3} size="h4" mb="sm">
            {t('orderView.section.buyer')}
          </Title>
          <Stack gap={6}>
            <Fact label={t('orderView.buyer.name')} value={buyerNameOf(order)} testId="order-buyer-name" />
            <Fact label={t('orderView.buyer.country')} value={countryLabel(order.country, i18n.language)} />
            <Fact
              label={t('orderView.buyer.address')}
              value={order.shipTo?.trim() || t('orderView.buyer.noAddress')}
              multiline
            />
            {order.cashOnDelivery && <Badge variant="light">{t('orderView.buyer.cod')}</Badge>}
            {order.vatCollected && <Badge variant="light">{t('orderView.buyer.vat')}</Badge>}
          </Stack>
        </Card>
        <Card withBorder data-testid="order-amounts">
          <Title order={3} size="h4" mb="sm">
            {t('orderView.section.amounts')}
          </Title>
          <Stack gap={6}>
            <Fact label={t('orderView.amount.goods')} value={money(order.amount)} />
            <Fact label={t('orderView.amount.shipping')} value={money(order.shippingFee)} />
            <Fact
              label={t('orderView.amount.total')}
              value={money(order.amount + order.shippingFee)}
              strong
            />
            {order.refundAmount > 0 && (
              <Fact label={t('orderView.amount.refund')} value={money(order.refundAmount)} />
            )}
            <Fact label={t('orderView.amount.mode')} value={t(`hostingMode.${order.hostingMode}`)} />
            {order.promoCode && <Fact label={t('orderView.amount.promo')} value={order.promoCode} />}
          </Stack>
        </Card>
        <Card withBorder data-testid="order-timeline">
          <Title order={3} size="h4" mb="sm">
            {t('orderView.section.timeline')}
          </Title>
          <Timeline active={reached - 1} bulletSize={14} lineWidth={2}>
            {timeline.map((event) => (
              <Timeline.Item
                key={event.step}
                title={t(`orderView.step.${event.step}`)}
                data-testid={`timeline-${event.step}`}
              >
                <Text size="xs" c="dimmed">
                  {event.at === undefined ? t('orderView.noDate') : dateTime.format(event.at)}
                  {event.future ? ` · ${t('orderView.upcoming')}` : ''}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Card>
      </SimpleGrid>

      <Card withBorder data-testid="order-shipment">
        <Title order={3} size="h4" mb="sm">
          {t('orderView.section.shipment')}
        </Title>
        <Group gap="xl" mb="sm">
          <Fact label={t('orderView.order.carrier')} value={carrierName(order.carrier)} />
          <Fact
            label={t('orderView.order.tracking')}
            value={order.trackingNumber ?? t('orderView.order.noTracking')}
            testId="order-tracking"
          />
        </Group>
        {parcels.length + shipments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('orderView.parcel.none')}
          </Text>
        ) : (
          <Table data-testid="order-parcels" aria-label={t('orderView.parcel.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('orderView.parcel.status')}</Table.Th>
                <Table.Th>{t('orderView.parcel.carrier')}</Table.Th>
                <Table.Th>{t('orderView.parcel.tracking')}</Table.Th>
                <Table.Th>{t('orderView.parcel.declared')}</Table.Th>
                <Table.Th>{t('orderView.parcel.firstScan')}</Table.Th>
                <Table.Th ta="right">{t('orderView.parcel.orders')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {parcels.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{t(`orderView.parcel.statusName.${p.status}`)}</Table.Td>
                  <Table.Td>{[p.carrierName, p.service].filter(Boolean).join(' · ') || '—'}</Table.Td>
                  <Table.Td ff="monospace">{p.trackingNumber ?? '—'}</Table.Td>
                  <Table.Td>{p.declaredAt ? dateTime.format(p.declaredAt) : '—'}</Table.Td>
                  <Table.Td>{p.firstScanAt ? dateTime.format(p.firstScanAt) : '—'}</Table.Td>
                  <Table.Td ta="right">{p.orderIds.length}</Table.Td>
                </Table.Tr>
              ))}
              {shipments.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    {t(`orderView.parcel.statusName.${s.deliveredAt ? 'delivered' : 'in-transit'}`)}
                  </Table.Td>
                  <Table.Td>{carrierName(s.carrier)}</Table.Td>
                  <Table.Td ff="monospace">{s.trackingNumber}</Table.Td>
                  <Table.Td>{s.shippedAt ? dateTime.format(s.shippedAt) : '—'}</Table.Td>
                  <Table.Td>—</Table.Td>
                  <Table.Td ta="right">1</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>

      <Card withBorder data-testid="order-conversations">
        <Title order={3} size="h4" mb="sm">
          {t('orderView.section.conversation')}
        </Title>
        {conversations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('orderView.conversation.none')}
          </Text>
        ) : (
          <Stack gap="xs">
            {conversations.map((c) => (
              <Group key={c.id} justify="space-between" wrap="nowrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>
                    {c.subject}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {dateTime.format(c.lastMessageAt)} ·{' '}
                    {t('orderView.conversation.messages', { count: c.messageCount })}
                  </Text>
                </Stack>
                <Anchor
                  component={Link}
                  to={`/inbox?conversation=${encodeURIComponent(c.id)}`}
                  data-testid="order-conversation-link"
                >
                  <Group gap={4} wrap="nowrap">
                    <IconMessage size={16} />
                    {t('orderView.conversation.open')}
                  </Group>
                </Anchor>
              </Group>
            ))}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}

function Fact({
  label,
  value,
  strong,
  multiline,
  testId,
}: {
  label: string;
  value: string;
  strong?: boolean;
  multiline?: boolean;
  testId?: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text
        size="sm"
        fw={strong ? 600 : undefined}
        style={multiline ? { whiteSpace: 'pre-line' } : undefined}
        data-testid={testId}
      >
        {value}
      </Text>
    </div>
  );
}
