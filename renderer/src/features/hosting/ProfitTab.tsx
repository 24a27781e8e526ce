import { useMemo, useState } from 'react';
import { Button, Checkbox, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';

import { HOSTING_MODES, type HostingMode, type Store } from '@shared/domain/types';
import { modeNameKey } from '@shared/hosting';
import { useMoney } from '../../app/useMoney';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { ModeBadge } from './ModeBadge';
import { SkuProfitDetails } from './SkuProfitDetails';
import { useProfitRows, type ProfitRow } from './useProfitRows';
import { WhatIfPanel } from './WhatIfPanel';
import { useT } from '../../i18n/useT';

function matches(row: ProfitRow, text: string): boolean {
  if (!text) return true;
  const needle = text.toLowerCase();
  return [row.product.code, row.sku.code, row.product.title.en ?? ''].some((s) =>
    s.toLowerCase().includes(needle),
  );
}

/** Every SKU with the three modes side by side (monthly profit at recent sales); select rows for a what-if. */
export function ProfitTab({ store }: { store: Store }) {
  const { t } = useT();
  const money = useMoney();
  const data = useProfitRows(store);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 120);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [opened, setOpened] = useState<string>();
  const rows = useMemo(() => (data?.rows ?? []).filter((r) => matches(r, debounced)), [data, debounced]);
  const selectedRows = useMemo(
    () => (data?.rows ?? []).filter((r) => selected.has(r.sku.id)),
    [data, selected],
  );
  if (!data) return null;
  const currency = data.rates.currency;

  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const profitCell = (row: ProfitRow, mode: HostingMode) => {
    const p = row.comparison?.byMode[mode];
    if (!p)
      return (
        <Text size="xs" c="dimmed">
          {t('hosting.ui.profit.noRate')}
        </Text>
      );
    const best = row.comparison?.best === mode;
    const current = row.mode === mode;
    return (
      <Text
        size="sm"
        fw={best ? 700 : undefined}
        c={p.perMonth.profit < 0 ? 'red' : undefined}
        td={current ? 'underline' : undefined}
        data-testid={`profit-${mode}`}
      >
        {best ? '★ ' : ''}
        {money.format(p.perMonth.profit, currency)}
      </Text>
    );
  };
  const columns: Column<ProfitRow>[] = [
    {
      key: 'select',
      header: '',
      width: '32px',
      render: (r) => (
        <Checkbox
          size="xs"
          aria-label={`${r.product.code} ${r.sku.code}`}
          checked={selected.has(r.sku.id)}
          onChange={() => toggle(r.sku.id)}
          data-testid="sku-select"
        />
      ),
    },
    {
      key: 'product',
      header: t('hosting.ui.table.product'),
      width: 'minmax(140px, 2fr)',
      render: (r) => (
        <Text size="sm" truncate title={r.product.title.en}>
          {r.product.code} · {r.product.title.en ?? ''}
        </Text>
      ),
    },
    {
      key: 'sku',
      header: t('hosting.ui.table.sku'),
      width: '110px',
      render: (r) => (
        <Text size="xs" ff="monospace">
          {r.sku.code}
        </Text>
      ),
    },
    {
      key: 'mode',
      header: t('hosting.ui.table.mode'),
      width: '110px',
      render: (r) => <ModeBadge mode={r.mode} size="xs" />,
    },
    {
      key: 'units',
      header: t('hosting.ui.table.unitsMonth'),
      width: '80px',
      align: 'right',
      render: (r) => r.monthlyUnits,
    },
    ...HOSTING_MODES.map((mode): Column<ProfitRow> => ({
      key: mode,
      header: t(modeNameKey(mode)),
      width: '118px',
      align: 'right',
      render: (r) => profitCell(r, mode),
    })),
  ];

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, xl: 8 }}>
        <Stack gap="sm">
          <Group justify="space-between">
            <TextInput
              leftSection={<IconSearch size={16} />}
              placeholder={t('hosting.ui.profit.search')}
              aria-label={t('hosting.ui.profit.search')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              w={300}
            />
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                onClick={() => setSelected(new Set(rows.map((r) => r.sku.id)))}
              >
                {t('hosting.ui.profit.selectShown')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                onClick={() => setSelected(new Set())}
                disabled={selected.size === 0}
              >
                {t('hosting.ui.profit.clear')}
              </Button>
            </Group>
          </Group>
          <VirtualTable
            rows={rows}
            columns={columns}
            rowKey={(r) => r.sku.id}
            height="calc(100vh - 380px)"
            emptyText={t('hosting.ui.profit.empty')}
            label={t('hosting.ui.tabs.profit')}
            onRowOpen={(r) => setOpened(r.sku.id)}
          />
          <Text size="xs" c="dimmed">
            {t('hosting.ui.profit.legend')} {t('hosting.ui.profit.unitsNote')}{' '}
            {t('hosting.ui.profit.currencyNote', { currency })}
          </Text>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 4 }}>
        <WhatIfPanel
          store={store}
          selected={selectedRows}
          all={data.rows}
          rates={data.rates}
          format={money.format}
          onApplied={() => setSelected(new Set())}
        />
      </Grid.Col>
      <SkuProfitDetails
        row={data.rows.find((r) => r.sku.id === opened)}
        currency={currency}
        onClose={() => setOpened(undefined)}
        format={money.format}
      />
    </Grid>
  );
}
