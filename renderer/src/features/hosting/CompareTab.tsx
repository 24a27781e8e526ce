import { useCallback, useMemo, useState } from 'react';
import { Card, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import { convertMinor } from '@shared/analytics/money';
import { HOSTING_MODES, type HostingMode, type Store } from '@shared/domain/types';
import { weightedPerUnit, type UnitMargin } from '@shared/hosting';
import { useMoney } from '../../app/useMoney';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { lastDays } from '@shared/analytics/periods';
import { BeforeAfterCard } from './BeforeAfterCard';
import { loadModeComparison } from './data/loadModeComparison';
import { ModeBadge } from './ModeBadge';
import { useProfitRows, type ProfitRow } from './useProfitRows';
import { useT } from '../../i18n/useT';

const PERIODS = [
  { value: '30', labelKey: 'period.last30' },
  { value: '90', labelKey: 'period.last90' },
  { value: '365', labelKey: 'period.last365' },
] as const;

/** Per product and mode, the per-unit margin of its SKUs weighted by their share of recent units. */
function productMargins(rows: readonly ProfitRow[]): Map<string, Record<HostingMode, number | undefined>> {
  const byProduct = new Map<string, ProfitRow[]>();
  for (const r of rows)
    if (r.comparison) byProduct.set(r.product.id, [...(byProduct.get(r.product.id) ?? []), r]);
  const out = new Map<string, Record<HostingMode, number | undefined>>();
  for (const [id, list] of byProduct) {
    const margins = Object.fromEntries(
      HOSTING_MODES.map((mode) => [
        mode,
        weightedPerUnit(
          list.map((r) => ({ value: r.comparison!.byMode[mode].perUnit.margin, weight: r.monthlyUnits })),
        ),
      ]),
    ) as Record<HostingMode, number | undefined>;
    out.set(id, margins);
  }
  return out;
}

export function CompareTab({ store }: { store: Store }) {
  const { t, i18n } = useT();
  const money = useMoney();
  const profit = useProfitRows(store);
  const [days, setDays] = useState('30');
  const period = lastDays(Number(days));
  const margins = useMemo(() => productMargins(profit?.rows ?? []), [profit]);
  const ratesCurrency = profit?.rates.currency;
  const unitMargin = useCallback<UnitMargin>(
    (productId, mode) => {
      const m = margins.get(productId)?.[mode];
      return m === undefined || !ratesCurrency
        ? undefined
        : convertMinor(m, ratesCurrency, money.currency, money.rates);
    },
    [margins, ratesCurrency, money.currency, money.rates],
  );
  const sales = useLiveQuery(
    () =>
      profit
        ? loadModeComparison(
            db,
            store.id,
            period,
            { currency: money.currency, rates: money.rates },
            unitMargin,
          )
        : undefined,
    [store.id, period.from, period.to, money.currency, money.rates, unitMargin, profit],
  );
  const now = useMemo(() => {
    const out = Object.fromEntries(
      HOSTING_MODES.map((m) => [m, { products: new Set<string>(), profit: 0 }]),
    ) as Record<HostingMode, { products: Set<string>; profit: number }>;
    for (const r of profit?.rows ?? []) {
      out[r.mode].products.add(r.product.id);
      out[r.mode].profit += r.comparison?.byMode[r.mode].perMonth.profit ?? 0;
    }
    return out;
  }, [profit]);
  const count = new Intl.NumberFormat(localeOf(i18n.language));
  const percent = new Intl.NumberFormat(localeOf(i18n.language), {
    style: 'percent',
    maximumFractionDigits: 1,
  });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={4}>{t('hosting.ui.tabs.compare')}</Title>
        <SegmentedControl
          aria-label={t('hosting.ui.compare.period')}
          value={days}
          onChange={setDays}
          data={PERIODS.map((p) => ({ value: p.value, label: t(p.labelKey) }))}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {HOSTING_MODES.map((mode) => {
          const s = sales?.find((x) => x.mode === mode);
          const line = (label: string, value: string, testId?: string) => (
            <Group justify="space-between" data-testid={testId}>
              <Text size="sm" c="dimmed">
                {label}
              </Text>
              <Text size="sm" fw={600}>
                {value}
              </Text>
            </Group>
          );
          return (
            <Card withBorder key={mode} data-testid={`compare-${mode}`}>
              <Stack gap={6}>
                <ModeBadge mode={mode} size="md" />
                {line(t('hosting.ui.compare.gmv'), s ? money.formatDisplay(s.gmv) : '—')}
                {line(t('hosting.ui.compare.orders'), s ? count.format(s.orders) : '—')}
                {line(t('hosting.ui.compare.units'), s ? count.format(s.units) : '—')}
                {line(t('hosting.ui.compare.margin'), s ? money.formatDisplay(s.margin) : '—')}
                {line(t('hosting.ui.compare.share'), s ? percent.format(s.gmvShare) : '—')}
                {s && s.unitsWithoutModel > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('hosting.ui.compare.unitsWithoutModel', { count: s.unitsWithoutModel })}
                  </Text>
                )}
                <Text size="xs" fw={600} mt="xs">
                  {t('hosting.ui.compare.catalogueNow')}
                </Text>
                {line(
                  t('hosting.ui.compare.productsNow'),
                  count.format(now[mode].products.size),
                  `compare-products-${mode}`,
                )}
                {line(
                  t('hosting.ui.compare.monthlyProfitNow'),
                  ratesCurrency ? money.format(now[mode].profit, ratesCurrency) : '—',
                )}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('hosting.ui.compare.marginNote')}
      </Text>
      <BeforeAfterCard store={store} period={period} />
    </Stack>
  );
}
