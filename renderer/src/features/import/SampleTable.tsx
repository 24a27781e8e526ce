import { Table, Text } from '@mantine/core';
import type { Order, TrafficDay } from '@shared/domain/types';
import { minorDigits } from '@shared/import';

import { localeOf } from '../../i18n';
import type { ImportPreview } from './preview';
import { useT } from '../../i18n/useT';
import { useCountryLabel } from '../../i18n/countries';

/** 'sv-SE' writes dates as YYYY-MM-DD HH:mm: an ISO-looking time in the user's own zone. */
const isoLocal = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' });

function useAmount() {
  const { i18n } = useT();
  return (minor: number, currency: string) => {
    const digits = minorDigits(currency);
    return new Intl.NumberFormat(localeOf(i18n.language), {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
    }).format(minor / 10 ** digits);
  };
}

function OrderRows({ orders }: { orders: Order[] }) {
  const { t } = useT();
  const country = useCountryLabel();
  const amount = useAmount();
  return (
    <Table.Tbody>
      {orders.map((o) => (
        <Table.Tr key={o.id}>
          <Table.Td ff="monospace">{o.orderId}</Table.Td>
          <Table.Td>{isoLocal.format(o.placedAt)}</Table.Td>
          <Table.Td>{country(o.country)}</Table.Td>
          <Table.Td ta="right">{amount(o.amount, o.currency)}</Table.Td>
          <Table.Td>{t(`orderStatus.${o.status}`)}</Table.Td>
          <Table.Td>{t(`hostingMode.${o.hostingMode}`)}</Table.Td>
          <Table.Td>{o.buyerName ?? '—'}</Table.Td>
          <Table.Td ta="right">{o.itemCount}</Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  );
}

function TrafficRows({ rows }: { rows: TrafficDay[] }) {
  return (
    <Table.Tbody>
      {rows.map((r) => (
        <Table.Tr key={r.id}>
          <Table.Td>{r.day}</Table.Td>
          <Table.Td ff="monospace">{r.productId}</Table.Td>
          <Table.Td ta="right">{r.visitors}</Table.Td>
          <Table.Td ta="right">{r.productViews}</Table.Td>
          <Table.Td ta="right">{r.addToCarts}</Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  );
}

export function SampleTable({ preview }: { preview: ImportPreview }) {
  const { t } = useT();
  const isOrders = preview.kind === 'orders';
  const count = isOrders ? preview.sampleOrders.length : preview.sampleTraffic.length;
  if (count === 0) return <Text c="dimmed">{t('import.sample.empty')}</Text>;
  const headers = isOrders
    ? ['orderId', 'placedAt', 'country', 'amount', 'status', 'mode', 'buyer', 'items']
    : ['day', 'product', 'visitors', 'views', 'carts'];
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder data-testid="import-sample">
        <Table.Thead>
          <Table.Tr>
            {headers.map((h) => (
              <Table.Th key={h}>{t(`import.sample.${h}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {isOrders ? (
          <OrderRows orders={preview.sampleOrders} />
        ) : (
          <TrafficRows rows={preview.sampleTraffic} />
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
