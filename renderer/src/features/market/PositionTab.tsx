import { Alert, Card, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { formatMoney } from '@shared/analytics/money';
import type { MarketSettings } from '@shared/market/types';
import { localeOf } from '../../i18n';
import { productTitle } from './ownPrices';
import type { ProductPosition } from './positions';

interface Props {
  positions: ProductPosition[];
  settings: MarketSettings;
  onSettings(patch: Partial<MarketSettings>): void;
}

/** Where each own product's price sits among its competitors', and the undercut alerts with their thresholds. */
export function PositionTab({ positions, settings, onSettings }: Props) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const setProductThreshold = (productId: string, value: number | string) => {
    const next = { ...settings.productUndercutPercent };
    if (typeof value === 'number') next[productId] = value;
    else delete next[productId];
    onSettings({ productUndercutPercent: next });
  };
  return (
    <Stack gap="md">
      <NumberInput
        label={t('market.position.globalThreshold')}
        value={settings.undercutPercent}
        onChange={(v) => typeof v === 'number' && onSettings({ undercutPercent: v })}
        min={0}
        max={90}
        w={360}
      />
      <UndercutList positions={positions} />
      {positions.length === 0 ? (
        <Text c="dimmed">{t('market.position.empty')}</Text>
      ) : (
        <Card withBorder>
          <Text size="sm" c="dimmed" mb="xs">
            {t('market.position.includesShipping', { currency: positions[0]?.own.currency ?? '' })}
          </Text>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('market.position.product')}</Table.Th>
                <Table.Th ta="right">{t('market.position.own')}</Table.Th>
                <Table.Th ta="right">{t('market.position.cheapest')}</Table.Th>
                <Table.Th ta="right">{t('market.position.median')}</Table.Th>
                <Table.Th ta="right">{t('market.position.dearest')}</Table.Th>
                <Table.Th ta="right">{t('market.position.rank')}</Table.Th>
                <Table.Th>{t('market.position.threshold')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {positions.map(({ own, position }) => {
                const fmt = (minor: number) => formatMoney(minor, own.currency, locale);
                return (
                  <Table.Tr key={own.product.id}>
                    <Table.Td>{productTitle(own.product)}</Table.Td>
                    <Table.Td ta="right">{own.price === null ? '—' : fmt(own.price)}</Table.Td>
                    <Table.Td ta="right">{position ? fmt(position.cheapest) : '—'}</Table.Td>
                    <Table.Td ta="right">{position ? fmt(position.median) : '—'}</Table.Td>
                    <Table.Td ta="right">{position ? fmt(position.dearest) : '—'}</Table.Td>
                    <Table.Td ta="right">
                      {position
                        ? t('market.position.rankValue', { rank: position.ownRank, of: position.of })
                        : '—'}
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={`${t('market.position.productThreshold')}: ${productTitle(own.product)}`}
                        placeholder={String(settings.undercutPercent)}
                        value={settings.productUndercutPercent[own.product.id] ?? ''}
                        onChange={(v) => setProductThreshold(own.product.id, v)}
                        min={0}
                        max={90}
                        w={90}
                        size="xs"
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}

/** The undercut alerts, biggest gap first; also shown on the dashboard (limit). */
export function UndercutList({ positions, limit }: { positions: ProductPosition[]; limit?: number }) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const alerts = positions
    .flatMap((p) => p.undercuts.map((u) => ({ ...u, own: p.own })))
    .sort((a, b) => b.byFraction - a.byFraction);
  const shown = limit === undefined ? alerts : alerts.slice(0, limit);
  return (
    <Stack gap="xs" role="region" aria-label={t('market.position.alerts')}>
      <Title order={5}>{t('market.position.alerts')}</Title>
      {alerts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('market.position.noAlerts')}
        </Text>
      ) : (
        shown.map((alert) => (
          <Alert key={`${alert.own.product.id}|${alert.competitorId}`} color="orange" p="xs">
            {t('market.position.alert', {
              competitor: alert.name,
              price: formatMoney(alert.total, alert.own.currency, locale),
              percent: Math.round(alert.byFraction * 100),
              own: formatMoney(alert.own.price ?? 0, alert.own.currency, locale),
              product: productTitle(alert.own.product),
            })}
          </Alert>
        ))
      )}
      {limit !== undefined && alerts.length > limit && (
        <Text size="sm" c="dimmed">
          {t('market.dashboardCard.more', { count: alerts.length - limit })}
        </Text>
      )}
    </Stack>
  );
}
