import { useCallback, useMemo, useState } from 'react';
import { Box, Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import { chooseBucket, MAX_SERIES_POINTS, periodLength, type Bucket } from '@shared/analytics/query';
import { HOSTING_MODES, type HostingMode } from '@shared/domain/types';
import { useMoney } from '../../app/useMoney';
import { useWorkstation } from '../../app/WorkstationContext';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import {
  BuyersChart,
  CountryChart,
  FunnelCard,
  SalesChart,
  TopProductsCard,
  UnavailableCard,
} from './DashboardCharts';
import { DayInput } from '../../components/DayInput';
import { loadPromotionEvents, promotionOccurrencesBetween, UndercutAlertsCard } from '../market';
import { bucketLabeler, promotionMarkers, spansYears } from './chartAxis';
import { FilterChip } from './FilterChip';
import { AtRiskCard } from '../logistics';
import { KpiCard } from './KpiCard';
import { ProductTableCard } from './ProductTableCard';
import { loadBreakdown, loadKeyTotals, loadTotals } from './loadDashboard';
import { customPeriod, lastDays, PERIOD_PRESETS } from '@shared/analytics/periods';
import { useDashboardFilter, useKeyName } from './useDashboardFilter';
import { useT } from '../../i18n/useT';
import { Stage, StagedParts } from '../../components/Stages';

export function DashboardPage() {
  const { t, i18n } = useT();
  const { activeStore } = useWorkstation();
  const money = useMoney();
  const [days, setDays] = useState('30');
  const [custom, setCustom] = useState(() => lastDays(30));
  const [bucket, setBucket] = useState<Bucket | 'auto'>('auto');
  const [mode, setMode] = useState<HostingMode | undefined>();
  const { filter, select, clear } = useDashboardFilter();
  const keyName = useKeyName(filter);
  const storeId = activeStore?.id ?? '';
  const period = days === 'custom' ? customPeriod(custom.from, custom.to) : lastDays(Number(days));

  // A chart never gets more than 2k points: daily buckets over a multi-year custom period become automatic.
  const seriesBucket = bucket === 'day' && periodLength(period) > MAX_SERIES_POINTS ? 'auto' : bucket;
  const shownBucket = seriesBucket === 'auto' ? chooseBucket(period) : seriesBucket;
  const events = useLiveQuery(() => loadPromotionEvents(db, storeId), [storeId]);
  const query = {
    storeId,
    period,
    bucket: seriesBucket,
    hostingMode: mode,
    view: { currency: money.currency, rates: money.rates },
  };
  const deps = [storeId, period.from, period.to, seriesBucket, mode, money.currency, money.rates];
  // Two queries: the cards and the sales chart appear first, the country and product breakdowns right after.
  // Filtered, the cards and the chart read only that country's or product's rows; the breakdowns stay the
  // store's, as the lists to pick from. A result is used only for the filter it was loaded for, so switching
  // never shows one key's (or the store's) numbers under another's chip.
  const filterId = filter ? `${filter.dimension}:${filter.key}` : '';
  const loaded = useLiveQuery(
    async () => ({
      filterId,
      totals: filter ? await loadKeyTotals(db, query, filter) : await loadTotals(db, query),
    }),
    [...deps, filterId],
  );
  const data = loaded?.filterId === filterId ? loaded.totals : undefined;
  const breakdown = useLiveQuery(() => loadBreakdown(db, query), deps);
  const by = filter?.dimension;
  const unavailable = by
    ? { text: t(`dashboardFilter.notAvailable.${by}`), why: t(`dashboardFilter.why.${by}`) }
    : undefined;
  const withTraffic = by !== 'country';

  const locale = localeOf(i18n.language);
  // Memoised, as are the pickers below: a chart whose props did not change is not drawn again when the page
  // re-renders (the breakdown arriving, a filter chip).
  const series = data?.series;
  const markers = useMemo(
    () =>
      series && events
        ? promotionMarkers(
            series,
            shownBucket,
            bucketLabeler(shownBucket, locale, spansYears(series)),
            promotionOccurrencesBetween(period.from, period.to, events),
            i18n.language.startsWith('zh') ? 'zh' : 'en',
          )
        : [],
    [series, events, shownBucket, locale, period.from, period.to, i18n.language],
  );
  const pickCountry = useCallback((key: string) => select({ dimension: 'country', key }), [select]);
  const pickProduct = useCallback((key: string) => select({ dimension: 'product', key }), [select]);
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const k = data?.kpis;
  const show = (value: number | null | undefined, format: (v: number) => string) =>
    value === null || value === undefined ? '—' : format(value);
  const change = (key: keyof NonNullable<typeof k>['change']) => k?.change[key] ?? undefined;
  const empty =
    !filter && data !== undefined && data.kpis.current.orders === 0 && data.kpis.current.visitors === 0;

  // The cards and the sales chart first; then, one task each once the breakdowns are in, the period controls,
  // the buyers chart, the country chart, the top products with the funnel, and the product table.
  return (
    <StagedParts total={6} ready={data !== undefined && breakdown !== undefined}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Title order={2}>{t('dashboard.title')}</Title>
          {/* The period controls measure the page as they mount (the segmented controls' indicators): after
              the first paint, before the other charts. */}
          <Stage at={2} fallback={<Box h={36} />}>
            <Group gap="sm">
              <SegmentedControl
                aria-label={t('period.label')}
                value={days}
                onChange={setDays}
                data={[
                  ...PERIOD_PRESETS.map((p) => ({ value: p.value, label: t(p.labelKey) })),
                  { value: 'custom', label: t('period.custom') },
                ]}
              />
              {days === 'custom' && (
                <Group gap={4} wrap="nowrap">
                  <DayInput
                    aria-label={t('period.from')}
                    value={custom.from}
                    max={custom.to}
                    onChange={(day) => day && setCustom({ ...custom, from: day })}
                    w={150}
                  />
                  <Text size="sm">–</Text>
                  <DayInput
                    aria-label={t('period.to')}
                    value={custom.to}
                    min={custom.from}
                    onChange={(day) => day && setCustom({ ...custom, to: day })}
                    w={150}
                  />
                </Group>
              )}
              <SegmentedControl
                aria-label={t('period.granularity')}
                value={bucket}
                onChange={(v) => setBucket(v as Bucket | 'auto')}
                data={[
                  { value: 'auto', label: t('period.auto') },
                  { value: 'day', label: t('period.day') },
                  { value: 'week', label: t('period.week') },
                  { value: 'month', label: t('period.month') },
                ]}
              />
              <Select
                aria-label={t('period.allModes')}
                placeholder={t('period.allModes')}
                data={HOSTING_MODES.map((m) => ({ value: m, label: t(`hostingMode.${m}`) }))}
                value={mode ?? null}
                onChange={(v) => setMode((v as HostingMode | null) ?? undefined)}
                clearable
                w={170}
              />
            </Group>
          </Stage>
        </Group>
        <FilterChip filter={filter} name={keyName} onClear={clear} />
        {storeId && <UndercutAlertsCard storeId={storeId} />}
        <AtRiskCard storeId={activeStore?.id} />
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <KpiCard
            id="gmv"
            label={t('dashboard.gmv')}
            value={show(k?.current.gmv, money.formatDisplay)}
            change={change('gmv')}
          />
          <KpiCard
            id="orders"
            label={t('dashboard.orders')}
            value={show(k?.current.orders, count.format)}
            change={change('orders')}
          />
          <KpiCard
            id="buyers"
            label={t('dashboard.newBuyers')}
            value={show(k?.current.newBuyers, count.format)}
            change={change('newBuyers')}
            unavailable={unavailable}
          />
          <KpiCard
            id="aov"
            label={t('dashboard.aov')}
            value={show(k?.current.aov, money.formatDisplay)}
            change={change('aov')}
          />
          <KpiCard
            id="visitors"
            label={t('dashboard.visitors')}
            value={show(k?.current.visitors, count.format)}
            change={change('visitors')}
            unavailable={withTraffic ? undefined : unavailable}
          />
          <KpiCard
            id="conversion"
            label={t('dashboard.conversion')}
            value={show(k?.current.conversion, percent.format)}
            change={change('conversion')}
            unavailable={withTraffic ? undefined : unavailable}
          />
          {filter ? (
            // Refunded orders are counted store-wide only, but refund amounts are kept per country and product.
            <KpiCard
              id="refunds"
              label={t('dashboard.refunds')}
              value={show(k?.current.refunds, money.formatDisplay)}
              change={change('refunds')}
              higherIsBetter={false}
            />
          ) : (
            <KpiCard
              id="refunds"
              label={t('dashboard.refundRate')}
              value={show(k?.current.refundRate, percent.format)}
              change={change('refundRate')}
              higherIsBetter={false}
            />
          )}
          <KpiCard
            id="disputes"
            label={t('dashboard.disputeRate')}
            value={show(k?.current.disputeRate, percent.format)}
            change={change('disputeRate')}
            higherIsBetter={false}
            unavailable={unavailable}
          />
        </SimpleGrid>
        {empty ? (
          <Card withBorder padding="xl" data-testid="dashboard-empty">
            <Stack gap={4} align="center">
              <Text fw={600}>{t('dashboard.emptyTitle')}</Text>
              <Text size="sm" c="dimmed" ta="center" maw={520}>
                {t('dashboard.emptyBody')}
              </Text>
            </Stack>
          </Card>
        ) : (
          data && (
            <>
              <SalesChart
                series={data.series}
                bucket={shownBucket}
                markers={markers}
                money={money}
                locale={locale}
                filteredTo={filter ? (keyName ?? filter.key) : undefined}
              />
              <Stage at={3} fallback={<Card withBorder mih={294} />}>
                {unavailable ? (
                  <UnavailableCard
                    testId="buyers-chart"
                    title={t('dashboard.newVsReturning')}
                    {...unavailable}
                  />
                ) : (
                  <BuyersChart series={data.series} bucket={shownBucket} locale={locale} />
                )}
              </Stage>
              <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
                <Stage at={4} fallback={<Card withBorder mih={340} />}>
                  {breakdown ? (
                    <CountryChart
                      countries={breakdown.countries}
                      money={money}
                      selected={by === 'country' ? filter?.key : undefined}
                      onSelect={pickCountry}
                      note={by === 'product' ? t('dashboardFilter.wholeStore.product') : undefined}
                    />
                  ) : (
                    <Card withBorder mih={340} />
                  )}
                </Stage>
                <Stage at={5} fallback={<Card withBorder mih={340} />}>
                  {breakdown ? (
                    <TopProductsCard
                      products={breakdown.products}
                      money={money}
                      storeId={storeId}
                      selected={by === 'product' ? filter?.key : undefined}
                      onSelect={pickProduct}
                      note={by === 'country' ? t('dashboardFilter.wholeStore.country') : undefined}
                    />
                  ) : (
                    <Card withBorder mih={340} />
                  )}
                </Stage>
                <Stage at={5} fallback={<Card withBorder mih={340} />}>
                  {data.funnel && withTraffic ? (
                    <FunnelCard funnel={data.funnel} locale={locale} />
                  ) : (
                    <UnavailableCard
                      testId="funnel"
                      title={t('dashboard.funnel')}
                      text={unavailable?.text ?? ''}
                      why={unavailable?.why ?? ''}
                    />
                  )}
                </Stage>
              </SimpleGrid>
              {breakdown && (
                <Stage at={6}>
                  <ProductTableCard
                    products={breakdown.allProducts}
                    money={money}
                    locale={locale}
                    selected={by === 'product' ? filter?.key : undefined}
                    onSelect={pickProduct}
                    note={by === 'country' ? t('dashboardFilter.wholeStore.country') : undefined}
                  />
                </Stage>
              )}
            </>
          )
        )}
      </Stack>
    </StagedParts>
  );
}
