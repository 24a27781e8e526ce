import { Drawer, Group, Stack, Table, Text } from '@mantine/core';

import type { MoneyLines } from '@shared/hosting';
import { ModeBadge } from './ModeBadge';
import type { ProfitRow } from './useProfitRows';
import { useT } from '../../i18n/useT';

const LINES: (keyof MoneyLines)[] = [
  'revenue',
  'commission',
  'serviceFee',
  'affiliate',
  'logistics',
  'warehousing',
  'returns',
  'goodsCost',
  'margin',
  'timeCost',
  'profit',
];

interface Props {
  row: ProfitRow | undefined;
  currency: string;
  onClose(): void;
  format(minor: number, currency: string): string;
}

/** Every line of the profit model for one SKU, the three modes side by side, per unit and per month. */
export function SkuProfitDetails({ row, currency, onClose, format }: Props) {
  const { t } = useT();
  const comparison = row?.comparison;
  const label = (line: keyof MoneyLines) =>
    line === 'revenue' ? t('hosting.ui.profit.priceLine') : t(`hosting.line.${line}`);
  return (
    <Drawer
      opened={row !== undefined}
      onClose={onClose}
      position="right"
      size="xl"
      title={row ? t('hosting.ui.profit.details', { sku: `${row.product.code} · ${row.sku.code}` }) : ''}
    >
      {row && comparison && (
        <Stack gap="md" data-testid="sku-profit-details">
          <Text size="sm">{row.product.title.en ?? row.product.code}</Text>
          <Text size="xs" c="dimmed">
            {t('hosting.ui.table.unitsMonth')}: {row.monthlyUnits} · {t('hosting.ui.profit.unitsNote')}
          </Text>
          {(['perUnit', 'perMonth'] as const).map((scale) => (
            <Table key={scale} withTableBorder striped fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t(`hosting.ui.profit.${scale}`)}</Table.Th>
                  {comparison.ordered.map((p) => (
                    <Table.Th key={p.mode} ta="right">
                      <Group gap={4} justify="flex-end">
                        <ModeBadge mode={p.mode} size="xs" />
                        {p.mode === comparison.best && (
                          <Text span size="xs" c="teal">
                            ★ {t('hosting.ui.table.best')}
                          </Text>
                        )}
                      </Group>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {LINES.map((line) => (
                  <Table.Tr key={line} fw={line === 'profit' || line === 'margin' ? 600 : undefined}>
                    <Table.Td>{label(line)}</Table.Td>
                    {comparison.ordered.map((p) => (
                      <Table.Td key={p.mode} ta="right">
                        {format(p[scale][line], currency)}
                        {line === 'revenue' && p.supplyPriceEstimated
                          ? ` (${t('hosting.ui.profit.estimated')})`
                          : ''}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
                {scale === 'perUnit' ? (
                  <>
                    <Table.Tr>
                      <Table.Td>{t('hosting.line.marginPct')}</Table.Td>
                      {comparison.ordered.map((p) => (
                        <Table.Td key={p.mode} ta="right">
                          {p.marginPct === null ? '—' : `${p.marginPct} %`}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Td>{t('hosting.ui.profit.logisticsKind')}</Table.Td>
                      {comparison.ordered.map((p) => (
                        <Table.Td key={p.mode} ta="right">
                          {t(`hosting.logisticsKind.${p.logisticsKind}`)}
                          {p.logisticsFromParcels && (
                            <Text
                              span
                              size="xs"
                              c="dimmed"
                              display="block"
                              data-testid="logistics-from-parcels"
                            >
                              {t('hosting.ui.profit.fromParcels', { count: row.shippedParcels })}
                            </Text>
                          )}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  </>
                ) : (
                  <Table.Tr>
                    <Table.Td>{t('hosting.line.workHours')}</Table.Td>
                    {comparison.ordered.map((p) => (
                      <Table.Td key={p.mode} ta="right">
                        {(Math.round(p.workSecondsPerMonth / 360) / 10).toFixed(1)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          ))}
          {comparison.byMode['fully-managed'].supplyPriceEstimated && (
            <Text size="xs" c="yellow.8">
              {t('hosting.estimatedSupplyPrice')}
            </Text>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
