import { Alert, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from '../../db/db';
import { areaLabelKey, partyLabelKey } from '@shared/hosting';
import { countConversationsToFlip, type SwitchPreview, type SwitchSubject } from './data/switchPreview';
import { ModeBadge } from './ModeBadge';
import { ProfitDelta } from './ProfitDelta';
import { useT } from '../../i18n/useT';

const SHOWN_ROWS = 40;

interface Props {
  preview: SwitchPreview;
  subject: SwitchSubject;
  format(minor: number, currency: string): string;
}

export function SwitchPreviewView({ preview, subject, format }: Props) {
  const { t } = useT();
  const conversations = useLiveQuery(
    () => countConversationsToFlip(db, preview.movingProductIds, preview.to),
    [preview],
  );
  const screens = [
    ...new Map(preview.impacts.flatMap((i) => i.screens).map((s) => [s.changeKey, s])).values(),
  ];
  return (
    <Stack gap="md" data-testid="switch-preview">
      {subject.kind === 'store' && (
        <Text size="sm">{t('hosting.ui.switch.followers', { count: preview.movingProductIds.length })}</Text>
      )}
      <Stack gap={6}>
        <Title order={5}>{t('hosting.ui.switch.responsibilities')}</Title>
        {preview.impacts.map((impact) => (
          <Stack key={impact.from} gap={4}>
            <Group gap={6}>
              <ModeBadge mode={impact.from} />
              <Text size="sm">→</Text>
              <ModeBadge mode={impact.to} />
            </Group>
            {impact.changes.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('hosting.ui.switch.noResponsibilityChange')}
              </Text>
            ) : (
              <List size="sm" spacing={2}>
                {impact.changes.map((c) => (
                  <List.Item key={c.area}>
                    <Text span size="sm" fw={500}>
                      {t(areaLabelKey(c.area))}:{' '}
                    </Text>
                    <Text span size="sm">
                      {t('hosting.ui.switch.fromTo', {
                        from: t(partyLabelKey(c.before)),
                        to: t(partyLabelKey(c.after)),
                      })}{' '}
                      · {t(`hosting.direction.${c.direction}`)}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        ))}
      </Stack>
      <Stack gap={6}>
        <Title order={5}>{t('hosting.ui.switch.screens')}</Title>
        <List size="sm" spacing={2}>
          {screens.map((s) => (
            <List.Item key={s.changeKey}>{t(s.changeKey)}</List.Item>
          ))}
          <List.Item data-testid="switch-conversations">
            {t('hosting.ui.switch.conversations', { count: conversations ?? '…' })}
          </List.Item>
        </List>
      </Stack>
      {preview.rows.length > 0 && (
        <Stack gap={6}>
          <Title order={5}>{t('hosting.ui.switch.money')}</Title>
          <Table.ScrollContainer minWidth={560} mah={280}>
            <Table striped withTableBorder fz="xs" data-testid="switch-money">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('hosting.ui.table.product')}</Table.Th>
                  <Table.Th>{t('hosting.ui.table.sku')}</Table.Th>
                  <Table.Th ta="right">{t('hosting.ui.table.unitsMonth')}</Table.Th>
                  <Table.Th ta="right">{t('hosting.ui.table.before')}</Table.Th>
                  <Table.Th ta="right">{t('hosting.ui.table.after')}</Table.Th>
                  <Table.Th ta="right">{t('hosting.ui.table.change')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.slice(0, SHOWN_ROWS).map((r) => (
                  <Table.Tr key={r.ctx.sku.id}>
                    <Table.Td>{r.ctx.product.code}</Table.Td>
                    <Table.Td>{r.ctx.sku.code}</Table.Td>
                    <Table.Td ta="right">{r.ctx.monthlyUnits}</Table.Td>
                    <Table.Td ta="right">
                      {r.before ? format(r.before.perMonth.profit, preview.currency) : '—'}
                    </Table.Td>
                    <Table.Td ta="right">
                      {r.after ? format(r.after.perMonth.profit, preview.currency) : '—'}
                      {r.after?.supplyPriceEstimated ? ' *' : ''}
                    </Table.Td>
                    <Table.Td ta="right">
                      {r.before && r.after ? (
                        <ProfitDelta
                          value={r.after.perMonth.profit - r.before.perMonth.profit}
                          currency={preview.currency}
                          format={format}
                        />
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {preview.rows.length > SHOWN_ROWS && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text size="xs" c="dimmed">
                        {t('hosting.ui.switch.moreSkus', { count: preview.rows.length - SHOWN_ROWS })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                <Table.Tr fw={600}>
                  <Table.Td colSpan={3}>{t('hosting.ui.table.total')}</Table.Td>
                  <Table.Td ta="right">{format(preview.totals.before, preview.currency)}</Table.Td>
                  <Table.Td ta="right">{format(preview.totals.after, preview.currency)}</Table.Td>
                  <Table.Td ta="right" data-testid="switch-money-delta">
                    <ProfitDelta
                      value={preview.totals.after - preview.totals.before}
                      currency={preview.currency}
                      format={format}
                    />
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {preview.missingSupplyPrice > 0 && (
        <Alert color="yellow">
          * {t('hosting.ui.switch.missingSupply', { count: preview.missingSupplyPrice })}
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        {t('hosting.ui.switch.recorded')}
      </Text>
    </Stack>
  );
}
