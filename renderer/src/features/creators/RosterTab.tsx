import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import type { CreatorTotals } from '@shared/creators/attribution';
import { CREATOR_PLATFORMS, type CreatorRow } from '@shared/creators/types';
import type { Store } from '@shared/domain/types';
import { useMoney } from '../../app/useMoney';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { localeOf } from '../../i18n';
import { CreatorFormModal } from './CreatorFormModal';
import { CreatorHistoryModal } from './CreatorHistoryModal';
import { useRosterImport } from './RosterImport';
import { count, percent } from './format';
import { useCreators } from './hooks';
import type { AttributionState } from './useAttribution';

type SortKey = 'handle' | 'followers' | 'engagement' | 'gmv' | 'margin' | 'costPerOrder';

export function RosterTab({ store, attribution }: { store: Store; attribution: AttributionState }) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const money = useMoney();
  const creators = useCreators(store.id);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [platform, setPlatform] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'followers',
    descending: true,
  });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<CreatorRow | undefined>();
  const [opened, setOpened] = useState<CreatorRow | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const rosterImport = useRosterImport(store.id, store.currency);
  // "…" while the worker counts, "—" once it has and there is nothing to show.
  const pending = attribution.kind === 'loading' ? '…' : '—';
  const totals = useMemo<Record<string, CreatorTotals>>(
    () => (attribution.kind === 'ready' ? attribution.value.creators : {}),
    [attribution],
  );

  const rows = useMemo(() => {
    const needle = deferredQuery.trim().toLowerCase();
    const filtered = (creators ?? []).filter(
      (c) =>
        (!platform || c.platform === platform) &&
        (needle === '' ||
          c.handleKey.includes(needle) ||
          c.tags.some((tag) => tag.toLowerCase().includes(needle)) ||
          (c.country ?? '').toLowerCase() === needle ||
          (c.notes ?? '').toLowerCase().includes(needle)),
    );
    const value = (c: CreatorRow): number | string => {
      switch (sort.key) {
        case 'handle':
          return c.handleKey;
        case 'followers':
          return c.followers ?? -1;
        case 'engagement':
          return c.engagementRate ?? -1;
        case 'gmv':
          return totals[c.id]?.gmv ?? -1;
        case 'margin':
          return totals[c.id]?.margin ?? -Number.MAX_SAFE_INTEGER;
        case 'costPerOrder':
          return totals[c.id]?.bestCostPerOrder ?? Number.MAX_SAFE_INTEGER;
      }
    };
    const direction = sort.descending ? -1 : 1;
    return filtered.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * direction;
    });
  }, [creators, deferredQuery, platform, sort, totals]);

  const columns: Column<CreatorRow>[] = [
    {
      key: 'handle',
      header: t('creators.field.handle'),
      width: 'minmax(150px, 2fr)',
      sortable: true,
      render: (c) => (
        <Text size="sm" fw={500} truncate>
          {c.handle}
        </Text>
      ),
    },
    {
      key: 'platform',
      header: t('creators.field.platform'),
      width: 'minmax(130px, 1.3fr)',
      render: (c) => (
        <Badge variant="light" size="sm">
          {t(`creators.platform.${c.platform}`)}
        </Badge>
      ),
    },
    { key: 'country', header: t('creators.field.country'), width: '70px', render: (c) => c.country ?? '—' },
    {
      key: 'followers',
      header: t('creators.field.followers'),
      width: '110px',
      align: 'right',
      sortable: true,
      render: (c) => count(c.followers, locale),
    },
    {
      key: 'engagement',
      header: t('creators.field.engagementShort'),
      width: '90px',
      align: 'right',
      sortable: true,
      render: (c) => percent(c.engagementRate, locale),
    },
    {
      key: 'gmv',
      header: t('creators.roster.gmv'),
      width: '120px',
      align: 'right',
      sortable: true,
      render: (c) => (totals[c.id] ? money.format(totals[c.id]!.gmv, store.currency) : pending),
    },
    {
      key: 'margin',
      header: t('creators.roster.margin'),
      width: '100px',
      align: 'right',
      sortable: true,
      render: (c) => {
        const margin = totals[c.id]?.margin;
        return margin == null ? pending : money.format(margin, store.currency);
      },
    },
    {
      key: 'costPerOrder',
      header: t('creators.roster.bestCostPerOrder'),
      width: '120px',
      align: 'right',
      sortable: true,
      render: (c) => {
        const best = totals[c.id]?.bestCostPerOrder;
        return best == null ? pending : money.format(Math.round(best), store.currency);
      },
    },
    {
      key: 'tags',
      header: t('creators.field.tags'),
      width: 'minmax(80px, 1fr)',
      render: (c) => (
        <Text size="xs" c="dimmed" truncate>
          {c.tags.join(', ')}
        </Text>
      ),
    },
  ];

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Group wrap="wrap">
          <TextInput
            placeholder={t('creators.roster.search')}
            aria-label={t('creators.roster.search')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={260}
          />
          <Select
            aria-label={t('creators.field.platform')}
            placeholder={t('creators.roster.allPlatforms')}
            data={CREATOR_PLATFORMS.map((p) => ({ value: p, label: t(`creators.platform.${p}`) }))}
            value={platform}
            onChange={setPlatform}
            clearable
            w={220}
          />
          <Text size="sm" c="dimmed">
            {t('creators.roster.count', { shown: rows.length, total: creators?.length ?? 0 })}
          </Text>
        </Group>
        <Group gap="xs">
          {rosterImport.button}
          <Button onClick={() => setAdding(true)}>{t('creators.roster.add')}</Button>
        </Group>
      </Group>
      {rosterImport.report}
      {notice && (
        <Text size="sm" c="teal" role="status">
          {notice}
        </Text>
      )}
      <VirtualTable<CreatorRow>
        rows={rows}
        columns={columns}
        rowKey={(c) => c.id}
        height="calc(100vh - 290px)"
        label={t('creators.roster.label')}
        emptyText={
          creators && creators.length === 0 ? t('creators.roster.empty') : t('creators.roster.noMatch')
        }
        onRowOpen={(row) => setOpened(row)}
        sort={{
          key: sort.key,
          descending: sort.descending,
          onSort: (key) =>
            setSort((old) => ({
              key: key as SortKey,
              descending: old.key === key ? !old.descending : key !== 'handle' && key !== 'costPerOrder',
            })),
        }}
      />
      {(adding || editing) && (
        <CreatorFormModal
          storeId={store.id}
          currency={store.currency}
          {...(editing ? { creator: editing } : {})}
          onClose={() => {
            setAdding(false);
            setEditing(undefined);
          }}
          onSaved={(_, merged) =>
            setNotice(merged ? t('creators.roster.merged') : t('creators.roster.saved'))
          }
        />
      )}
      {opened && (
        <CreatorHistoryModal
          store={store}
          creator={opened}
          attribution={attribution}
          onClose={() => setOpened(undefined)}
          onEdit={() => {
            setEditing(opened);
            setOpened(undefined);
          }}
        />
      )}
    </Stack>
  );
}
