import { useMemo, useState } from 'react';
import { Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';

import { LISTING_STATUSES, type ListingStatus } from '@shared/catalog/listingRules';
import { CATEGORIES } from '@shared/domain/types';
import { useWorkstation } from '../../app/WorkstationContext';
import { useMoney } from '../../app/useMoney';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { db } from '../../db/db';
import { ExportPackageButton, MediaThumb } from '../photos';
import { BulkEditModal } from './BulkEditModal';
import {
  countByReadiness,
  filterCatalog,
  toCatalogRows,
  type CatalogRow,
  type CatalogSort,
} from './catalogRows';
import { ListingStatusBadge } from './ListingCheckPanel';
import { bulkEditProducts, deleteProduct, duplicateProduct } from './productRepo';
import { useT } from '../../i18n/useT';
import { AfterPaint, InputStandIn } from '../../components/AfterPaint';

export function CatalogPage() {
  const { t } = useT();
  const { activeStore } = useWorkstation();
  const money = useMoney();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 120);
  const [category, setCategory] = useState<string | undefined>();
  const [readiness, setReadiness] = useState<ListingStatus | undefined>();
  const [sort, setSort] = useState<CatalogSort>('updated');
  const storeId = activeStore?.id ?? '';
  const navigate = useNavigate();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);

  // A store's catalog is thousands of rows at most: read once per change and filter in memory.
  const all = useLiveQuery(async () => {
    if (!activeStore) return [];
    const [products, skus, media] = await Promise.all([
      db.products.where('storeId').equals(storeId).toArray(),
      db.skus.where('storeId').equals(storeId).toArray(),
      db.media.where('storeId').equals(storeId).toArray(),
    ]);
    return toCatalogRows(activeStore, products, skus, media);
  }, [activeStore, storeId]);
  const rows = useMemo(
    () => filterCatalog(all ?? [], { text: debounced, category, readiness, sort }),
    [all, debounced, category, readiness, sort],
  );
  const readinessCounts = useMemo(() => countByReadiness(all ?? []), [all]);

  const sortLabels: Record<CatalogSort, string> = {
    updated: t('catalog.sortUpdated'),
    title: t('catalog.sortTitle'),
    stock: t('catalog.sortStock'),
  };
  const price = (r: CatalogRow) =>
    r.minPrice === r.maxPrice
      ? money.format(r.minPrice, r.currency)
      : `${money.format(r.minPrice, r.currency)} – ${money.format(r.maxPrice, r.currency)}`;
  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const ids = [...selected];
  const newId = () => `prd_${crypto.randomUUID()}`;

  const columns: Column<CatalogRow>[] = [
    {
      key: 'select',
      header: '',
      width: '32px',
      render: (r) => (
        <Checkbox size="xs" aria-label={r.title} checked={selected.has(r.id)} onChange={() => toggle(r.id)} />
      ),
    },
    {
      key: 'image',
      header: '',
      width: '44px',
      render: (r) => <MediaThumb media={r.image} size={32} alt={r.title} />,
    },
    {
      key: 'code',
      header: t('catalog.code'),
      width: '110px',
      render: (r) => (
        <Text ff="monospace" size="xs">
          {r.code}
        </Text>
      ),
    },
    {
      key: 'title',
      header: t('catalog.titleCol'),
      width: 'minmax(200px, 3fr)',
      render: (r) => (
        <Text size="sm" truncate="end" title={r.internalName ? `${r.title} · ${r.internalName}` : r.title}>
          {r.title}
          {r.internalName && (
            <Text span size="xs" c="dimmed">
              {' · '}
              {r.internalName}
            </Text>
          )}
        </Text>
      ),
    },
    {
      key: 'readiness',
      header: t('listing.title'),
      width: '120px',
      render: (r) => <ListingStatusBadge status={r.readiness} />,
    },
    {
      key: 'category',
      header: t('catalog.category'),
      width: '130px',
      render: (r) => t(`category.${r.category}`, { defaultValue: r.category }),
    },
    { key: 'skus', header: t('catalog.skus'), width: '60px', align: 'right', render: (r) => r.skuCount },
    { key: 'price', header: t('catalog.price'), width: '140px', align: 'right', render: price },
    {
      key: 'stock',
      header: t('catalog.stock'),
      width: '80px',
      align: 'right',
      render: (r) => r.stock.toLocaleString(),
    },
    {
      key: 'handling',
      header: t('catalog.handling'),
      width: '80px',
      align: 'right',
      render: (r) => t('catalog.days', { count: r.handlingDays }),
    },
    {
      key: 'mode',
      header: t('catalog.mode'),
      width: '130px',
      render: (r) => (
        <Badge
          size="sm"
          variant="light"
          color={r.mode === 'fully-managed' ? 'violet' : r.mode === 'semi-managed' ? 'blue' : 'teal'}
        >
          {t(`hostingMode.${r.mode}`)}
        </Badge>
      ),
    },
    {
      key: 'languages',
      header: t('catalog.languages'),
      width: '110px',
      render: (r) => <Text size="xs">{r.languages.join(' ').toUpperCase()}</Text>,
    },
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('catalog.title')}</Title>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => void navigate('/catalog/new')}
          data-testid="new-product"
        >
          {t('product.new')}
        </Button>
      </Group>
      <Group>
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('catalog.search')}
          aria-label={t('catalog.search')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={300}
        />
        <AfterPaint
          fallback={
            <InputStandIn
              size="sm"
              w={200}
              placeholder={t('catalog.allCategories')}
              value={category ? t(`category.${category}`) : ''}
            />
          }
        >
          <Select
            aria-label={t('catalog.category')}
            placeholder={t('catalog.allCategories')}
            data={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
            value={category ?? null}
            onChange={(v) => setCategory(v ?? undefined)}
            clearable
            w={200}
          />
        </AfterPaint>
        <AfterPaint fallback={<InputStandIn size="sm" w={210} placeholder={t('catalog.allStatuses')} />}>
          <Select
            aria-label={t('listing.title')}
            placeholder={t('catalog.allStatuses')}
            data={LISTING_STATUSES.map((status) => ({
              value: status,
              label: `${t(`listing.status.${status}`)} (${readinessCounts[status].toLocaleString()})`,
            }))}
            value={readiness ?? null}
            onChange={(v) => setReadiness((v as ListingStatus | null) ?? undefined)}
            clearable
            w={210}
            data-testid="readiness-filter"
          />
        </AfterPaint>
        <AfterPaint fallback={<InputStandIn size="sm" w={180} value={sortLabels[sort]} />}>
          <Select
            aria-label={t('catalog.sort')}
            data={[
              { value: 'updated', label: t('catalog.sortUpdated') },
              { value: 'title', label: t('catalog.sortTitle') },
              { value: 'stock', label: t('catalog.sortStock') },
            ]}
            value={sort}
            onChange={(v) => v && setSort(v as CatalogSort)}
            allowDeselect={false}
            w={180}
          />
        </AfterPaint>
      </Group>
      {selected.size > 0 && (
        <Group gap="xs" data-testid="bulk-bar">
          <Text size="sm" fw={500}>
            {t('bulk.selected', { count: selected.size })}
          </Text>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPencil size={14} />}
            onClick={() => setBulkOpen(true)}
          >
            {t('bulk.edit')}
          </Button>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconCopy size={14} />}
            onClick={async () => {
              for (const id of ids) {
                const copy = await duplicateProduct(db, id, newId, Date.now());
                if (copy) notifications.show({ message: t('product.duplicated', { code: copy.code }) });
              }
              setSelected(new Set());
            }}
          >
            {t('product.duplicate')}
          </Button>
          <Button
            size="xs"
            variant="light"
            color="red"
            leftSection={<IconTrash size={14} />}
            onClick={async () => {
              if (!window.confirm(t('product.deleteSelectedConfirm', { count: ids.length }))) return;
              for (const id of ids) await deleteProduct(db, id);
              notifications.show({ message: t('product.deleted') });
              setSelected(new Set());
            }}
          >
            {t('product.delete')}
          </Button>
          <ExportPackageButton productIds={ids} />
          <Button size="xs" variant="subtle" color="gray" onClick={() => setSelected(new Set())}>
            {t('bulk.clear')}
          </Button>
        </Group>
      )}
      <BulkEditModal
        count={selected.size}
        opened={bulkOpen}
        onClose={() => setBulkOpen(false)}
        onApply={(edit) => {
          setBulkOpen(false);
          void bulkEditProducts(db, ids, edit, Date.now()).then((count) =>
            notifications.show({ message: t('bulk.applied', { count }) }),
          );
        }}
      />
      <VirtualTable
        onRowOpen={(r) => void navigate(`/catalog/${r.id}`)}
        label={t('catalog.title')}
        rows={rows}
        columns={columns}
        rowKey={(r) => r.id}
        height="calc(100vh - 260px)"
        emptyText={t('catalog.empty')}
        footer={t('catalog.count', { count: rows.length })}
      />
    </Stack>
  );
}
