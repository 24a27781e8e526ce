import { useState } from 'react';
import { Sparkline } from '@mantine/charts';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../i18n/useT';
import { convertMinor, formatMoney } from '@shared/analytics/money';
import { useMoney } from '../../app/useMoney';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { MediaThumb } from '../photos';
import { AddCompetitorModal } from './AddCompetitorModal';
import { CompetitorDetail } from './CompetitorDetail';
import type { CompetitorRow } from './data/competitors';
import { soldText, velocityText } from './format';
import { SnapshotImport } from './SnapshotImport';
import { productTitle, type OwnProduct } from './ownPrices';

interface Props {
  storeId: string;
  storeCurrency: string;
  rows: CompetitorRow[];
  ownProducts: OwnProduct[];
  now(): number;
}

/** The watch list: one row per competitor from its summary, with sparkline and the gap to the own price. */
export function CompetitorsTab({ storeId, storeCurrency, rows, ownProducts, now }: Props) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const money = useMoney();
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const ownById = new Map(ownProducts.map((own) => [own.product.id, own]));
  const open = rows.find((row) => row.competitor.id === openId) ?? null;

  const versusOwn = (row: CompetitorRow): string => {
    const own = row.productIds.map((id) => ownById.get(id)).find((p) => p?.price != null);
    const total = row.summary?.latestTotal;
    if (!own || own.price === null || total == null || own.price === 0) return '—';
    const theirs = convertMinor(total, row.summary?.currency ?? own.currency, own.currency, money.rates);
    const percent = Math.round(((own.price - theirs) / own.price) * 100);
    if (percent === 0) return t('market.competitors.same');
    return percent > 0
      ? t('market.competitors.cheaper', { percent })
      : t('market.competitors.dearer', { percent: -percent });
  };

  const columns: Column<CompetitorRow>[] = [
    {
      key: 'store',
      header: t('market.competitors.store'),
      width: 'minmax(220px, 2fr)',
      render: (row) => (
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          {row.competitor.imageId && (
            <CompetitorThumb mediaId={row.competitor.imageId} alt={row.competitor.name} />
          )}
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} truncate>
              {row.competitor.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {row.competitor.listingTitle ??
                t(`category.${row.competitor.category}`, { defaultValue: row.competitor.category })}
            </Text>
          </Stack>
        </Group>
      ),
    },
    {
      key: 'price',
      header: t('market.competitors.price'),
      width: '110px',
      align: 'right',
      render: (row) =>
        row.summary?.latestPrice != null
          ? formatMoney(row.summary.latestPrice, row.summary.currency, locale)
          : t('market.competitors.noSnapshot'),
    },
    {
      key: 'trend',
      header: t('market.competitors.trend'),
      width: '110px',
      render: (row) =>
        row.summary && row.summary.spark.length > 1 ? (
          <Sparkline
            w={96}
            h={28}
            data={row.summary.spark}
            curveType="linear"
            color="blue.6"
            fillOpacity={0.2}
            strokeWidth={1.5}
          />
        ) : null,
    },
    {
      key: 'sold',
      header: t('market.competitors.sold'),
      width: '90px',
      align: 'right',
      render: (row) =>
        soldText(row.summary?.latestSold ?? null, row.summary?.latestSoldRounded ?? false, locale),
    },
    {
      key: 'velocity',
      header: t('market.competitors.velocity'),
      width: '130px',
      align: 'right',
      render: (row) => velocityText(t, row.summary?.velocity ?? null),
    },
    {
      key: 'rating',
      header: t('market.competitors.rating'),
      width: '64px',
      align: 'right',
      render: (row) => (row.summary?.latestRating ? row.summary.latestRating.toFixed(1) : '—'),
    },
    {
      key: 'versus',
      header: t('market.competitors.versusOwn'),
      width: '110px',
      align: 'right',
      render: versusOwn,
    },
    {
      key: 'linked',
      header: t('market.competitors.linked'),
      width: 'minmax(140px, 1fr)',
      render: (row) => (
        <Text size="xs" truncate>
          {row.productIds
            .map((id) => (ownById.get(id) ? productTitle((ownById.get(id) as OwnProduct).product) : ''))
            .join(', ')}
        </Text>
      ),
    },
  ];

  return (
    <Stack gap="sm">
      <Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          {t('market.competitors.add')}
        </Button>
      </Group>
      <SnapshotImport storeId={storeId} storeCurrency={storeCurrency} now={now} />
      <VirtualTable
        rows={rows}
        columns={columns}
        rowKey={(row) => row.competitor.id}
        rowHeight={48}
        height="calc(100vh - 260px)"
        emptyText={t('market.competitors.empty')}
        label={t('market.competitors.tableLabel')}
        onRowOpen={(row) => setOpenId(row.competitor.id)}
      />
      <AddCompetitorModal
        opened={adding}
        onClose={() => setAdding(false)}
        storeId={storeId}
        storeCurrency={storeCurrency}
        products={ownProducts.map((own) => ({ value: own.product.id, label: productTitle(own.product) }))}
        now={now}
      />
      {open && (
        <CompetitorDetail row={open} onClose={() => setOpenId(null)} ownProducts={ownProducts} now={now} />
      )}
    </Stack>
  );
}

/** The watched listing's picture (its local copy), read only for the rows on screen. */
function CompetitorThumb({ mediaId, alt }: { mediaId: string; alt: string }) {
  const media = useLiveQuery(() => db.media.get(mediaId), [mediaId]);
  return <MediaThumb media={media} size={32} alt={alt} />;
}
