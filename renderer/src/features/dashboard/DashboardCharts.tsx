import { BarChart, CompositeChart } from '@mantine/charts';
import { memo, useMemo, useRef } from 'react';
import { Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import { IconInfoCircle } from '@tabler/icons-react';
import {
  OTHERS_KEY,
  type Bucket,
  type DimensionTotal,
  type Funnel,
  type SeriesPoint,
  type TopProduct,
  type TopResult,
} from '@shared/analytics/query';
import type { MoneyFormatter } from '../../app/useMoney';
import { ExportMenu } from '../../components/ExportMenu';
import { db } from '../../db/db';
import classes from './DashboardCharts.module.css';
import { countryName } from './useDashboardFilter';
import { useT } from '../../i18n/useT';
import { bucketLabeler, spansYears, type ChartMarker } from './chartAxis';

function CardTitle({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Title order={4}>{title}</Title>
      {children}
    </Group>
  );
}

const major = (minor: number) => (minor / 100).toFixed(2);

/** A row that picks its key on click, Enter or Space; the key already picked is marked aria-current. */
function pickable(
  key: string,
  name: string,
  selected: string | undefined,
  onSelect: (key: string) => void,
  title: string,
) {
  return {
    tabIndex: 0,
    title,
    className: classes.pickable,
    'aria-current': key === selected || undefined,
    'data-key': key,
    'data-name': name,
    onClick: () => onSelect(key),
    onKeyDown: (event: React.KeyboardEvent) => {
      if ((event.key !== 'Enter' && event.key !== ' ') || event.target !== event.currentTarget) return;
      event.preventDefault();
      onSelect(key);
    },
  };
}

/** A dimmed line under a card's title: what the card shows while the dashboard is filtered. */
function CardNote({ children }: { children?: string }) {
  if (!children) return null;
  return (
    <Text size="xs" c="dimmed" mt={-6}>
      {children}
    </Text>
  );
}

/** In place of a chart the filter cannot split: says so, and why, rather than showing store-wide figures. */
export function UnavailableCard({
  title,
  text,
  why,
  testId,
}: {
  title: string;
  text: string;
  why: string;
  testId: string;
}) {
  return (
    <Card withBorder data-testid={testId} data-unavailable="true">
      <Stack gap="sm">
        <CardTitle title={title} />
        <Group gap={8} wrap="nowrap" align="flex-start">
          <IconInfoCircle
            size={18}
            color="var(--mantine-color-dimmed)"
            aria-hidden
            style={{ flexShrink: 0, marginTop: 2 }}
          />
          <Stack gap={4}>
            <Text size="sm" fw={600} c="dimmed">
              {text}
            </Text>
            <Text size="xs" c="dimmed">
              {why}
            </Text>
          </Stack>
        </Group>
      </Stack>
    </Card>
  );
}

/** Large series animate slowly and gain nothing from it (ARCHITECTURE §8). */
const NO_ANIMATION = { isAnimationActive: false } as const;

/** `filteredTo` names the country or product the series is of: buyers are not split that way, so the CSV leaves them out. */
export const SalesChart = memo(function SalesChart({
  series,
  bucket,
  markers,
  money,
  locale,
  filteredTo,
}: {
  series: SeriesPoint[];
  /** What one point is: the chart says it, and labels its axis by it. */
  bucket: Bucket;
  /** Promotion days on the x axis (see chartAxis.ts). */
  markers: ChartMarker[];
  money: MoneyFormatter;
  locale: string;
  filteredTo?: string;
}) {
  const { t } = useT();
  const labelOf = bucketLabeler(bucket, locale, spansYears(series));
  const chart = useRef<HTMLDivElement>(null);
  // One formatter for every tick and tooltip: the axes measure each tick's text, and building an
  // Intl.NumberFormat per call made that the sales chart's costliest step.
  const whole = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }), [locale]);
  const data = series.map((p) => ({
    t: p.t,
    label: labelOf(p),
    gmv: p.gmv / 100,
    orders: p.orders,
  }));
  const title =
    filteredTo === undefined
      ? t('dashboard.gmvOverTime')
      : t('dashboardFilter.overTime', { name: filteredTo });
  const rows = () =>
    filteredTo === undefined
      ? [
          [
            t('dashboard.period'),
            `${t('dashboard.gmv')} (${money.currency})`,
            t('dashboard.orders'),
            t('dashboard.newBuyerOrders'),
            t('dashboard.returningOrders'),
          ],
          ...series.map((p) => [
            p.start,
            major(p.gmv),
            p.orders,
            p.newBuyers,
            Math.max(0, p.orders - p.newBuyers),
          ]),
        ]
      : [
          [title],
          [
            t('dashboard.period'),
            `${t('dashboard.gmv')} (${money.currency})`,
            t('dashboard.orders'),
            t('dashboard.units'),
          ],
          ...series.map((p) => [p.start, major(p.gmv), p.orders, p.units]),
        ];
  return (
    <Card withBorder data-bucket={bucket}>
      <Stack gap="sm" ref={chart}>
        <CardTitle title={title}>
          <ExportMenu name="gmv-and-orders" rows={rows} chart={chart} />
        </CardTitle>
        <CardNote>{t(`dashboard.eachPoint.${bucket}`)}</CardNote>
        <CompositeChart
          h={280}
          data={data}
          dataKey="label"
          withRightYAxis
          withDots={false}
          withLegend
          series={[
            {
              name: 'gmv',
              label: `${t('dashboard.gmv')} (${money.currency})`,
              color: 'brand.6',
              type: 'area',
            },
            { name: 'orders', label: t('dashboard.orders'), color: 'blue.6', type: 'line', yAxisId: 'right' },
          ]}
          areaProps={NO_ANIMATION}
          lineProps={NO_ANIMATION}
          valueFormatter={(v) => whole.format(v)}
          // Upright names along the dashed lines: several promotions a season never overprint each other.
          referenceLines={markers.map((m) => ({
            x: m.x,
            label: { value: m.label, angle: -90, position: 'insideTopRight', offset: 8, fontSize: 11 },
            color: 'orange.7',
            strokeDasharray: '4 3',
          }))}
          data-testid="sales-chart"
        />
      </Stack>
    </Card>
  );
});

interface PickProps {
  /** The key the dashboard is filtered by, if it is of this card's dimension. */
  selected?: string;
  onSelect(key: string): void;
  /** Set while the dashboard is filtered by the other dimension: this card still shows the whole store. */
  note?: string;
}

export const CountryChart = memo(function CountryChart({
  countries,
  money,
  selected,
  onSelect,
  note,
}: { countries: TopResult<DimensionTotal>; money: MoneyFormatter } & PickProps) {
  const { t, i18n } = useT();
  const rows = [...countries.top, ...(countries.others ? [countries.others] : [])];
  const chart = useRef<HTMLDivElement>(null);
  const nameOf = (key: string) =>
    key === OTHERS_KEY ? t('dashboard.others') : countryName(key, i18n.language);
  // With a country picked, the other bars step back so the picked one stands out.
  const data = rows.map((c) => ({
    key: c.key,
    country: nameOf(c.key),
    gmv: Math.round(c.gmv / 100),
    ...(selected && c.key !== selected ? { color: 'gray.5' } : {}),
  }));
  const percent = new Intl.NumberFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const csv = () => [
    [
      t('orders.country'),
      `${t('dashboard.gmv')} (${money.currency})`,
      t('dashboard.orders'),
      t('dashboard.units'),
    ],
    ...rows.map((c) => [nameOf(c.key), major(c.gmv), c.orders, c.units]),
  ];
  const pickBar = (entry: unknown) => {
    const key = (entry as { payload?: { key?: string } } | undefined)?.payload?.key;
    if (key && key !== OTHERS_KEY) onSelect(key);
  };
  return (
    <Card withBorder>
      <Stack gap="sm" ref={chart}>
        <CardTitle title={t('dashboard.byCountry')}>
          <ExportMenu name="gmv-by-country" rows={csv} chart={chart} />
        </CardTitle>
        <CardNote>{note}</CardNote>
        <BarChart
          h={220}
          data={data}
          dataKey="country"
          orientation="vertical"
          yAxisProps={{ width: 112, interval: 0, fontSize: 11 }}
          series={[{ name: 'gmv', label: `${t('dashboard.gmv')} (${money.currency})`, color: 'brand.6' }]}
          barProps={{ ...NO_ANIMATION, onClick: pickBar, cursor: 'pointer' }}
          data-testid="country-chart"
        />
        <Table verticalSpacing={3} fz="xs" data-testid="country-table" aria-label={t('dashboard.byCountry')}>
          <Table.Tbody>
            {rows.map((c) => {
              const name = nameOf(c.key);
              const row =
                c.key === OTHERS_KEY
                  ? {}
                  : pickable(c.key, name, selected, onSelect, t('dashboardFilter.pick', { name }));
              return (
                <Table.Tr key={c.key} {...row}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td ta="right">{money.formatDisplay(c.gmv)}</Table.Td>
                  <Table.Td ta="right" c="dimmed" w={60}>
                    {percent.format(c.share)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
});

export const TopProductsCard = memo(function TopProductsCard({
  products,
  money,
  storeId,
  selected,
  onSelect,
  note,
}: { products: TopProduct[]; money: MoneyFormatter; storeId: string } & PickProps) {
  const { t } = useT();
  const titles = useLiveQuery(
    async () =>
      new Map(
        (await db.products.bulkGet(products.map((p) => p.key))).flatMap((p) =>
          p ? [[p.id, p.title.en ?? p.code] as const] : [],
        ),
      ),
    [storeId, products.map((p) => p.key).join()],
  );
  const csv = () => [
    [
      t('dashboard.product'),
      `${t('dashboard.gmv')} (${money.currency})`,
      t('dashboard.orders'),
      t('dashboard.units'),
    ],
    ...products.map((p) => [titles?.get(p.key) ?? p.key, major(p.gmv), p.orders, p.units]),
  ];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <CardTitle title={t('dashboard.topProducts')}>
          <ExportMenu name="top-products" rows={csv} />
        </CardTitle>
        <CardNote>{note}</CardNote>
        <Table verticalSpacing={6} data-testid="top-products">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboard.product')}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('dashboard.gmv')}
              </Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {products.map((p) => (
              <Table.Tr
                key={p.key}
                {...pickable(
                  p.key,
                  titles?.get(p.key) ?? p.key,
                  selected,
                  onSelect,
                  t('dashboardFilter.pick', { name: titles?.get(p.key) ?? p.key }),
                )}
              >
                <Table.Td maw={150}>
                  <Text size="sm" truncate="end">
                    {titles?.get(p.key) ?? p.key}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('dashboard.units')}: {p.units}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{money.formatDisplay(p.gmv)}</Text>
                </Table.Td>
                <Table.Td>
                  <TrendLine values={p.sparkline} width={90} height={28} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
});

export const FunnelCard = memo(function FunnelCard({ funnel, locale }: { funnel: Funnel; locale: string }) {
  const { t } = useT();
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const steps = [
    { label: t('dashboard.funnelVisitors'), value: funnel.visitors },
    { label: t('dashboard.funnelViews'), value: funnel.productViews },
    { label: t('dashboard.funnelCarts'), value: funnel.addToCarts },
    { label: t('dashboard.funnelOrders'), value: funnel.orders },
  ];
  // Views can outnumber visitors (one visitor, several pages); bars scale to the largest step and
  // the percentages of carts and orders are of visitors, as the seller centre reports them.
  const top = Math.max(funnel.visitors, 1);
  const widest = Math.max(...steps.map((s) => s.value), 1);
  return (
    <Card withBorder>
      <Stack gap="md">
        <CardTitle title={t('dashboard.funnel')}>
          <ExportMenu
            name="traffic-funnel"
            rows={() => [[t('dashboard.funnel'), ''], ...steps.map((step) => [step.label, step.value])]}
          />
        </CardTitle>
        {steps.map((step, i) => (
          <Stack key={step.label} gap={4}>
            <Group justify="space-between">
              <Text size="sm">{step.label}</Text>
              <Text size="sm" fw={600}>
                {count.format(step.value)}
                {i > 1 && (
                  <Text span size="xs" c="dimmed" ml={6}>
                    {percent.format(step.value / top)}
                  </Text>
                )}
              </Text>
            </Group>
            <Progress
              value={(step.value / widest) * 100}
              color={['brand', 'orange', 'yellow', 'teal'][i]}
              size="lg"
            />
          </Stack>
        ))}
      </Stack>
    </Card>
  );
});

/** Orders from first-time buyers against orders from buyers who came back, per bucket. */
export const BuyersChart = memo(function BuyersChart({
  series,
  bucket,
  locale,
}: {
  series: SeriesPoint[];
  bucket: Bucket;
  locale: string;
}) {
  const { t } = useT();
  const chart = useRef<HTMLDivElement>(null);
  const labelOf = bucketLabeler(bucket, locale, spansYears(series));
  const data = series.map((p) => ({
    label: labelOf(p),
    fresh: p.newBuyers,
    returning: Math.max(0, p.orders - p.newBuyers),
  }));
  const rows = () => [
    [t('dashboard.period'), t('dashboard.newBuyerOrders'), t('dashboard.returningOrders')],
    ...series.map((p) => [p.start, p.newBuyers, Math.max(0, p.orders - p.newBuyers)]),
  ];
  return (
    <Card withBorder>
      <Stack gap="sm" ref={chart}>
        <CardTitle title={t('dashboard.newVsReturning')}>
          <ExportMenu name="new-and-returning-buyers" rows={rows} chart={chart} />
        </CardTitle>
        <BarChart
          h={220}
          data={data}
          dataKey="label"
          type="stacked"
          withLegend
          series={[
            { name: 'fresh', label: t('dashboard.newBuyerOrders'), color: 'teal.6' },
            { name: 'returning', label: t('dashboard.returningOrders'), color: 'blue.6' },
          ]}
          barProps={NO_ANIMATION}
          data-testid="buyers-chart"
        />
      </Stack>
    </Card>
  );
});

/**
 * A product's sales over the period as a filled line, drawn as one SVG path: eight of these sit in the top
 * products card, and a chart library's sparkline (a whole chart with its own store each) cost more than every
 * other part of the dashboard together.
 */
function TrendLine({ values, width, height }: { values: readonly number[]; width: number; height: number }) {
  const stroke = 1.5;
  const top = Math.max(...values, 0);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v: number) => (top === 0 ? height - stroke : stroke + (1 - v / top) * (height - 2 * stroke));
  const line = values
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${(i * step).toFixed(1)},${y(v).toFixed(1)}`)
    .join('');
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden
      data-testid="trend-line"
    >
      {values.length > 1 && (
        <>
          <path
            d={`${line}L${width},${height}L0,${height}Z`}
            fill="var(--mantine-color-brand-6)"
            fillOpacity={0.3}
          />
          <path d={line} fill="none" stroke="var(--mantine-color-brand-6)" strokeWidth={stroke} />
        </>
      )}
    </svg>
  );
}
