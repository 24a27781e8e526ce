import { useMemo, useState } from 'react';
import { Button, Card, Group, List, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';

import { HOSTING_MODES, type HostingMode, type Store } from '@shared/domain/types';
import {
  areaLabelKey,
  modeNameKey,
  whatIf,
  type HostingRates,
  type ResponsibilityArea,
  type WhatIfSku,
} from '@shared/hosting';
import { ProfitDelta } from './ProfitDelta';
import { SwitchModeDialog } from './SwitchModeDialog';
import type { ProfitRow } from './useProfitRows';
import { useT } from '../../i18n/useT';

interface Props {
  store: Store;
  selected: ProfitRow[];
  /** Every row of the store: a switch moves whole products, SKUs not selected included. */
  all: ProfitRow[];
  rates: HostingRates;
  format(minor: number, currency: string): string;
  onApplied(): void;
}

function Figure({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{children}</Text>
    </Stack>
  );
}

/** "Move these SKUs to mode X": the change in monthly profit and in the work the merchant keeps, then a real switch. */
export function WhatIfPanel({ store, selected, all, rates, format, onApplied }: Props) {
  const { t } = useT();
  const [target, setTarget] = useState<HostingMode>('semi-managed');
  const [applying, setApplying] = useState(false);
  const priced = selected.filter(
    (r): r is ProfitRow & { input: NonNullable<ProfitRow['input']> } =>
      r.input !== undefined && r.comparison !== undefined,
  );
  const result = useMemo(() => {
    if (priced.length === 0) return undefined;
    const skus: WhatIfSku[] = priced.map((r) => ({ ...r.input, skuId: r.sku.id, currentMode: r.mode }));
    return whatIf(skus, target, rates);
  }, [priced, target, rates]);
  const productIds = [...new Set(selected.map((r) => r.product.id))];
  const movingSkus = all.filter((r) => productIds.includes(r.product.id)).length;
  const areas = (list: ResponsibilityArea[]) =>
    list.length ? list.map((a) => t(areaLabelKey(a))).join(', ') : t('hosting.ui.whatIf.none');
  const c = rates.currency;

  return (
    <Card withBorder data-testid="what-if">
      <Stack gap="sm">
        <Title order={4}>{t('hosting.ui.whatIf.title')}</Title>
        <Text size="sm">{t('hosting.ui.profit.selected', { count: selected.length })}</Text>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('hosting.ui.whatIf.target')}
          </Text>
          <SegmentedControl
            value={target}
            onChange={(v) => setTarget(v as HostingMode)}
            data={HOSTING_MODES.map((m) => ({ value: m, label: t(modeNameKey(m)) }))}
            data-testid="what-if-target"
            fullWidth
          />
        </Stack>
        {!result ? (
          <Text size="sm" c="dimmed">
            {t('hosting.ui.whatIf.pick')}
          </Text>
        ) : (
          <>
            <SimpleGrid cols={3} spacing="xs">
              <Figure label={t('hosting.ui.whatIf.profitBefore')}>
                {format(result.totals.profitBeforeMonth, c)}
              </Figure>
              <Figure label={t('hosting.ui.whatIf.profitAfter')}>
                {format(result.totals.profitAfterMonth, c)}
              </Figure>
              <Figure label={t('hosting.ui.whatIf.profitChange')} testId="what-if-profit-change">
                <ProfitDelta value={result.totals.profitDeltaMonth} currency={c} format={format} />
              </Figure>
              <Figure label={t('hosting.ui.whatIf.workBefore')}>
                {result.totals.workHoursBeforeMonth.toFixed(1)}
              </Figure>
              <Figure label={t('hosting.ui.whatIf.workAfter')}>
                {result.totals.workHoursAfterMonth.toFixed(1)}
              </Figure>
              <Figure label={t('hosting.ui.whatIf.workChange')} testId="what-if-work-change">
                {result.totals.workHoursDeltaMonth > 0 ? '+' : ''}
                {result.totals.workHoursDeltaMonth.toFixed(1)}
              </Figure>
            </SimpleGrid>
            <List size="sm" spacing={2}>
              <List.Item>
                <b>{t('hosting.ui.whatIf.handedOver')}:</b> {areas(result.responsibilitiesHandedOver)}
              </List.Item>
              {result.responsibilitiesShared.length > 0 && (
                <List.Item>
                  <b>{t('hosting.ui.whatIf.sharedNow')}:</b> {areas(result.responsibilitiesShared)}
                </List.Item>
              )}
              <List.Item>
                <b>{t('hosting.ui.whatIf.takenOn')}:</b> {areas(result.responsibilitiesTakenOn)}
              </List.Item>
              <List.Item>
                <b>{t('hosting.ui.whatIf.kept')}:</b> {areas(result.responsibilitiesKept)}
              </List.Item>
              {result.screens.map((s) => (
                <List.Item key={s.changeKey}>{t(s.changeKey)}</List.Item>
              ))}
            </List>
          </>
        )}
        {selected.length > 0 && (
          <Group justify="space-between" align="center">
            <Text size="xs" c="dimmed">
              {t('hosting.ui.whatIf.perProduct', { products: productIds.length, skus: movingSkus })}
            </Text>
            <Button
              leftSection={<IconArrowsExchange size={16} />}
              onClick={() => setApplying(true)}
              data-testid="what-if-apply"
            >
              {t('hosting.ui.whatIf.apply')}
            </Button>
          </Group>
        )}
      </Stack>
      {applying && (
        <SwitchModeDialog
          opened={applying}
          onClose={() => setApplying(false)}
          store={store}
          subject={{ kind: 'products', productIds }}
          initialTarget={target}
          via="what-if"
          onSwitched={onApplied}
        />
      )}
    </Card>
  );
}
