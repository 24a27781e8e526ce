import { useMemo, useState } from 'react';
import { Badge, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '@shared/domain/types';
import { useWorkstation } from '../../app/WorkstationContext';
import { useMoney } from '../../app/useMoney';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { db } from '../../db/db';
import { filterCatalog, toCatalogRows, type CatalogRow, type CatalogSort } from './catalogRows';

export function CatalogPage() {
  const { t } = useTranslation();
  const { activeStore } = useWorkstation();
  const money = useMoney();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 120);
  const [category, setCategory] = useState<string | undefined>();
  const [sort, setSort] = useState<CatalogSort>('updated');
  const storeId = activeStore?.id ?? '';

  // A store's catalog is thousands of rows at most: read once per change and filter in memory.
  const all = useLiveQuery(async () => {
    if (!activeStore) return [];
    const [products, skus] = await Promise.all([db.products.where('storeId').equals(storeId).toArray(), db.skus.where('storeId').equals(storeId).toArray()]);
    return toCatalogRows(activeStore, products, skus);
  }, [activeStore, storeId]);
  const rows = useMemo(() => filterCatalog(all ?? [], { text: debounced, category, sort }), [all, debounced, category, sort]);

  const price = (r: CatalogRow) =>
    r.minPrice === r.maxPrice ? money.format(r.minPrice, r.currency) : `${money.format(r.minPrice, r.currency)} – ${money.format(r.maxPrice, r.currency)}`;
  const columns: Column<CatalogRow>[] = [
    { key: 'code', header: t('catalog.code'), width: '110px', render: (r) => <Text ff="monospace" size="xs">{r.code}</Text> },
    { key: 'title', header: t('catalog.titleCol'), width: 'minmax(220px, 3fr)', render: (r) => r.title },
    { key: 'category', header: t('catalog.category'), width: '150px', render: (r) => t(`category.${r.category}`, { defaultValue: r.category }) },
    { key: 'skus', header: t('catalog.skus'), width: '60px', align: 'right', render: (r) => r.skuCount },
    { key: 'price', header: t('catalog.price'), width: '170px', align: 'right', render: price },
    { key: 'stock', header: t('catalog.stock'), width: '80px', align: 'right', render: (r) => r.stock.toLocaleString() },
    { key: 'handling', header: t('catalog.handling'), width: '80px', align: 'right', render: (r) => t('catalog.days', { count: r.handlingDays }) },
    {
      key: 'mode',
      header: t('catalog.mode'),
      width: '130px',
      render: (r) => (
        <Badge size="sm" variant="light" color={r.mode === 'fully-managed' ? 'violet' : r.mode === 'semi-managed' ? 'blue' : 'teal'}>
          {t(`hostingMode.${r.mode}`)}
        </Badge>
      ),
    },
    { key: 'languages', header: t('catalog.languages'), width: '140px', render: (r) => r.languages.join(' · ').toUpperCase() },
  ];

  return (
    <Stack gap="md">
      <Title order={2}>{t('catalog.title')}</Title>
      <Group>
        <TextInput leftSection={<IconSearch size={16} />} placeholder={t('catalog.search')} aria-label={t('catalog.search')} value={text} onChange={(e) => setText(e.currentTarget.value)} w={300} />
        <Select
          aria-label={t('catalog.category')}
          placeholder={t('catalog.allCategories')}
          data={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          value={category ?? null}
          onChange={(v) => setCategory(v ?? undefined)}
          clearable
          w={200}
        />
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
      </Group>
      <VirtualTable
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
