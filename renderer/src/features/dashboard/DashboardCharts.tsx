import { BarChart, CompositeChart, Sparkline } from '@mantine/charts';
import { useRef } from 'react';
import { Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { OTHERS_KEY, type DimensionTotal, type Funnel, type SeriesPoint, type TopProduct, type TopResult } from '@shared/analytics/query';
import type { MoneyFormatter } from '../../app/useMoney';
import { ExportMenu } from '../../components/ExportMenu';
import { db } from '../../db/db';

function CardTitle({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Title order={4}>{title}</Title>
      {children}
    </Group>
  );
}

const major = (minor: number) => (minor / 100).toFixed(2);

/** Large series animate slowly and gain nothing from it (ARCHITECTURE §8). */
const NO_ANIMATION = { isAnimationActive: false } as const;

export function SalesChart({ series, money, locale }: { series: SeriesPoint[]; money: MoneyFormatter; locale: string }) {
  const { t } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const chart = useRef<HTMLDivElement>(null);
  const data = series.map((p) => ({ t: p.t, label: dateFormat.format(p.t), gmv: p.gmv / 100, orders: p.orders }));
  const rows = () => [
    [t('dashboard.period'), `${t('dashboard.gmv')} (${money.currency})`, t('dashboard.orders'), t('dashboard.newBuyerOrders'), t('dashboard.returningOrders')],
    ...series.map((p) => [p.start, major(p.gmv), String(p.orders), String(p.newBuyers), String(Math.max(0, p.orders - p.newBuyers))]),
  ];
  return (
    <Card withBorder>
      <Stack gap="sm" ref={chart}>
        <CardTitle title={t('dashboard.gmvOverTime')}>
          <ExportMenu name="gmv-and-orders" rows={rows} chart={chart} />
        </CardTitle>
        <CompositeChart
          h={280}
          data={data}
          dataKey="label"
          withRightYAxis
          withDots={false}
          withLegend
          series={[
            { name: 'gmv', label: `${t('dashboard.gmv')} (${money.currency})`, color: 'brand.6', type: 'area' },
            { name: 'orders', label: t('dashboard.orders'), color: 'blue.6', type: 'line', yAxisId: 'right' },
          ]}
          areaProps={NO_ANIMATION}
          lineProps={NO_ANIMATION}
          valueFormatter={(v) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(v)}
          data-testid="sales-chart"
        />
      </Stack>
    </Card>
  );
}

export function CountryChart({ countries, money }: { countries: TopResult<DimensionTotal>; money: MoneyFormatter }) {
  const { t, i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language === 'zh' ? 'zh-CN' : 'en'], { type: 'region' });
  const rows = [...countries.top, ...(countries.others ? [countries.others] : [])];
  const chart = useRef<HTMLDivElement>(null);
  const nameOf = (key: string) => (key === OTHERS_KEY ? t('dashboard.others') : (names.of(key) ?? key));
  const data = rows.map((c) => ({ country: nameOf(c.key), gmv: Math.round(c.gmv / 100) }));
  const csv = () => [
    [t('orders.country'), `${t('dashboard.gmv')} (${money.currency})`, t('dashboard.orders'), t('dashboard.units')],
    ...rows.map((c) => [nameOf(c.key), major(c.gmv), String(c.orders), String(c.units)]),
  ];
  return (
    <Card withBorder>
      <Stack gap="sm" ref={chart}>
        <CardTitle title={t('dashboard.byCountry')}>
          <ExportMenu name="gmv-by-country" rows={csv} chart={chart} />
        </CardTitle>
        <BarChart
          h={300}
          data={data}
          dataKey="country"
          orientation="vertical"
          yAxisProps={{ width: 96 }}
          series={[{ name: 'gmv', label: `${t('dashboard.gmv')} (${money.currency})`, color: 'brand.6' }]}
          barProps={NO_ANIMATION}
          data-testid="country-chart"
        />
      </Stack>
    </Card>
  );
}

export function TopProductsCard({ products, money, storeId }: { products: TopProduct[]; money: MoneyFormatter; storeId: string }) {
  const { t } = useTranslation();
  const titles = useLiveQuery(
    async () => new Map((await db.products.bulkGet(products.map((p) => p.key))).flatMap((p) => (p ? [[p.id, p.title.en ?? p.code] as const] : []))),
    [storeId, products.map((p) => p.key).join()],
  );
  const csv = () => [
    [t('dashboard.product'), `${t('dashboard.gmv')} (${money.currency})`, t('dashboard.orders'), t('dashboard.units')],
    ...products.map((p) => [titles?.get(p.key) ?? p.key, major(p.gmv), String(p.orders), String(p.units)]),
  ];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <CardTitle title={t('dashboard.topProducts')}>
          <ExportMenu name="top-products" rows={csv} />
        </CardTitle>
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
              <Table.Tr key={p.key}>
                <Table.Td maw={180}>
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
                  <Sparkline w={90} h={28} data={p.sparkline} curveType="linear" color="brand.6" fillOpacity={0.3} strokeWidth={1.5} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}

export function FunnelCard({ funnel, locale }: { funnel: Funnel; locale: string }) {
  const { t } = useTranslation();
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
          <ExportMenu name="traffic-funnel" rows={() => [[t('dashboard.funnel'), ''], ...steps.map((step) => [step.label, String(step.value)])]} />
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
            <Progress value={(step.value / widest) * 100} color={['brand', 'orange', 'yellow', 'teal'][i]} size="lg" />
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

/** Orders from first-time buyers against orders from buyers who came back, per bucket. */
export function BuyersChart({ series, locale }: { series: SeriesPoint[]; locale: string }) {
  const { t } = useTranslation();
  const chart = useRef<HTMLDivElement>(null);
  const dateFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const data = series.map((p) => ({ label: dateFormat.format(p.t), fresh: p.newBuyers, returning: Math.max(0, p.orders - p.newBuyers) }));
  const rows = () => [
    [t('dashboard.period'), t('dashboard.newBuyerOrders'), t('dashboard.returningOrders')],
    ...series.map((p) => [p.start, String(p.newBuyers), String(Math.max(0, p.orders - p.newBuyers))]),
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
}
