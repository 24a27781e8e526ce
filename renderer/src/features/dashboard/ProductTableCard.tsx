import { useMemo, useState } from 'react';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import type { DimensionTotal } from '@shared/analytics/query';
import type { MoneyFormatter } from '../../app/useMoney';
import { ExportMenu } from '../../components/ExportMenu';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { db } from '../../db/db';
import { useT } from '../../i18n/useT';

type SortKey = 'title' | 'gmv' | 'orders' | 'units' | 'refunds' | 'share';
interface Row extends DimensionTotal {
  title: string;
}

interface Props {
  products: DimensionTotal[];
  money: MoneyFormatter;
  locale: string;
  /** The product the dashboard is filtered by. */
  selected?: string;
  onSelect(key: string): void;
  /** Set while the dashboard is filtered by a country: the table still shows the whole store. */
  note?: string;
}

/** Every product sold in the period with its metrics; any column sorts, the whole table exports; a row filters the dashboard. */
export function ProductTableCard({ products, money, locale, selected, onSelect, note }: Props) {
  const { t } = useT();
  const [sortKey, setSortKey] = useState<SortKey>('gmv');
  const [descending, setDescending] = useState(true);
  const titles = useLiveQuery(
    async () =>
      new Map(
        (await db.products.bulkGet(products.map((p) => p.key))).flatMap((p) =>
          p ? [[p.id, p.title.en ?? p.code] as const] : [],
        ),
      ),
    [products],
  );
  const rows = useMemo(() => {
    const withTitles: Row[] = products.map((p) => ({ ...p, title: titles?.get(p.key) ?? p.key }));
    const direction = descending ? -1 : 1;
    return withTitles.sort(
      (a, b) => direction * (sortKey === 'title' ? a.title.localeCompare(b.title) : a[sortKey] - b[sortKey]),
    );
  }, [products, titles, sortKey, descending]);

  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const columns: Column<Row>[] = [
    {
      key: 'title',
      header: t('dashboard.product'),
      width: 'minmax(240px, 1fr)',
      sortable: true,
      render: (r) => r.title,
    },
    {
      key: 'gmv',
      header: t('dashboard.gmv'),
      width: '130px',
      align: 'right',
      sortable: true,
      render: (r) => money.formatDisplay(r.gmv),
    },
    {
      key: 'orders',
      header: t('dashboard.orders'),
      width: '90px',
      align: 'right',
      sortable: true,
      render: (r) => count.format(r.orders),
    },
    {
      key: 'units',
      header: t('dashboard.units'),
      width: '90px',
      align: 'right',
      sortable: true,
      render: (r) => count.format(r.units),
    },
    {
      key: 'refunds',
      header: t('dashboard.refunds'),
      width: '120px',
      align: 'right',
      sortable: true,
      render: (r) => money.formatDisplay(r.refunds),
    },
    {
      key: 'share',
      header: t('dashboard.share'),
      width: '90px',
      align: 'right',
      sortable: true,
      render: (r) => percent.format(r.share),
    },
  ];
  const csv = () => [
    [
      t('dashboard.product'),
      `${t('dashboard.gmv')} (${money.currency})`,
      t('dashboard.orders'),
      t('dashboard.units'),
      `${t('dashboard.refunds')} (${money.currency})`,
      t('dashboard.share'),
    ],
    ...rows.map((r) => [
      r.title,
      (r.gmv / 100).toFixed(2),
      r.orders,
      r.units,
      (r.refunds / 100).toFixed(2),
      r.share.toFixed(4),
    ]),
  ];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('dashboard.allProducts')}</Title>
          <ExportMenu name="products" rows={csv} />
        </Group>
        {note && (
          <Text size="xs" c="dimmed" mt={-6}>
            {note}
          </Text>
        )}
        <VirtualTable
          label={t('dashboard.allProducts')}
          rows={rows}
          columns={columns}
          rowKey={(r) => r.key}
          height="360px"
          emptyText={t('dashboard.emptyTitle')}
          onRowOpen={(r) => onSelect(r.key)}
          isCurrent={(r) => r.key === selected}
          sort={{
            key: sortKey,
            descending,
            onSort: (key) => {
              if (key === sortKey) setDescending(!descending);
              else {
                setSortKey(key as SortKey);
                setDescending(key !== 'title');
              }
            },
          }}
        />
      </Stack>
    </Card>
  );
}
