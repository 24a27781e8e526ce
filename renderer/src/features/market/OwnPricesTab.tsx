import { useState } from 'react';
import { Card, Select, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../i18n/useT';
import { formatMoney } from '@shared/analytics/money';
import { lowestPriceInWindow, qualifyingPrice, type PriceEventLike } from '@shared/market/priceHistory';
import type { MarketSettings } from '@shared/market/types';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { productTitle, type OwnProduct } from './ownPrices';

interface Props {
  storeId: string;
  ownProducts: OwnProduct[];
  settings: MarketSettings;
  now: number;
}

const RECENT = 20;

/** Per SKU: current price, 30/180-day lows and the highest price that still qualifies for a chosen promotion. */
export function OwnPricesTab({ storeId, ownProducts, settings, now }: Props) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const [ruleId, setRuleId] = useState(settings.priceRules[0]?.id ?? '');
  const rule = settings.priceRules.find((r) => r.id === ruleId) ?? settings.priceRules[0];
  const since = now - 181 * 86_400_000;
  const events = useLiveQuery(
    () => db.priceEvents.where('[storeId+at]').between([storeId, since], [storeId, Infinity]).toArray(),
    [storeId, since],
  );
  const recent = useLiveQuery(
    () =>
      db.priceEvents
        .where('[storeId+at]')
        .between([storeId, -Infinity], [storeId, Infinity])
        .reverse()
        .limit(RECENT)
        .toArray(),
    [storeId],
  );
  if (ownProducts.length === 0) return <Text c="dimmed">{t('market.ownPrices.empty')}</Text>;
  const bySku = new Map<string, PriceEventLike[]>();
  for (const event of events ?? [])
    bySku.set(event.skuId, [
      ...(bySku.get(event.skuId) ?? []),
      { skuId: event.skuId, at: event.at, amount: event.price.amount, currency: event.price.currency },
    ]);
  const skuCode = new Map(
    ownProducts.flatMap((own) =>
      own.skus.map((sku) => [sku.id, `${productTitle(own.product)} · ${sku.code}`]),
    ),
  );
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en';
  return (
    <Stack gap="md">
      <Select
        label={t('market.ownPrices.rule')}
        data={settings.priceRules.map((r) => ({ value: r.id, label: r.name[lang] }))}
        value={rule?.id ?? null}
        onChange={(v) => v && setRuleId(v)}
        allowDeselect={false}
        w={480}
      />
      {rule && (
        <Text size="sm" c="dimmed">
          {t('market.ownPrices.ruleSource', { source: rule.source, date: rule.checkedOn })}
        </Text>
      )}
      <Card withBorder p={0}>
        <Table.ScrollContainer minWidth={800} mah={420}>
          <Table striped stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('market.ownPrices.sku')}</Table.Th>
                <Table.Th ta="right">{t('market.ownPrices.current')}</Table.Th>
                <Table.Th ta="right">{t('market.ownPrices.low30')}</Table.Th>
                <Table.Th ta="right">{t('market.ownPrices.low180')}</Table.Th>
                <Table.Th ta="right">{t('market.ownPrices.qualifying')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ownProducts.flatMap((own) =>
                own.skus.map((sku) => {
                  // Without a recorded change the current price is the only price known: it counts as the low.
                  const history = bySku.get(sku.id) ?? [
                    { skuId: sku.id, at: 0, amount: sku.price.amount, currency: sku.price.currency },
                  ];
                  const fmt = (minor: number | null) =>
                    minor === null ? '—' : formatMoney(minor, sku.price.currency, locale);
                  const qualifying = rule ? qualifyingPrice(history, now, rule) : null;
                  return (
                    <Table.Tr key={sku.id}>
                      <Table.Td>
                        <Text size="sm">{productTitle(own.product)}</Text>
                        <Text size="xs" c="dimmed">
                          {sku.code}
                          {bySku.has(sku.id) ? '' : ` · ${t('market.ownPrices.noHistory')}`}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{fmt(sku.price.amount)}</Table.Td>
                      <Table.Td ta="right">{fmt(lowestPriceInWindow(history, now, 30))}</Table.Td>
                      <Table.Td ta="right">{fmt(lowestPriceInWindow(history, now, 180))}</Table.Td>
                      <Table.Td ta="right">{fmt(qualifying?.highest ?? null)}</Table.Td>
                    </Table.Tr>
                  );
                }),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('market.ownPrices.changes')}
        </Text>
        {(recent ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('market.ownPrices.noChanges')}
          </Text>
        ) : (
          <Table>
            <Table.Tbody>
              {(recent ?? []).map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>{new Date(event.at).toLocaleString(locale)}</Table.Td>
                  <Table.Td>{skuCode.get(event.skuId) ?? event.skuId}</Table.Td>
                  <Table.Td ta="right">
                    {formatMoney(event.price.amount, event.price.currency, locale)}
                  </Table.Td>
                  <Table.Td>{t(`market.ownPrices.source.${event.source}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
