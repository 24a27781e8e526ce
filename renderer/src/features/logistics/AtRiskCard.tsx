import { Anchor, Card, Group, Text } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useT } from '../../i18n/useT';
import { Link } from 'react-router';
import { useAtRisk } from './hooks/useAtRisk';

/** The dashboard's ship-by figure: orders overdue or due within 24 hours, linking to the board. */
export function AtRiskCard({ storeId }: { storeId: string | undefined }) {
  const { t } = useT();
  const risk = useAtRisk(storeId);
  if (!risk.loaded) return null;
  return (
    <Card withBorder padding="sm" aria-label={t('logistics.atRisk.label')}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <IconTruckDelivery size={20} aria-hidden />
          <Text size="sm">{t('logistics.atRisk.label')}</Text>
        </Group>
        <Text fw={700} size="lg" c={risk.count > 0 ? 'red' : undefined} data-testid="at-risk-count">
          {risk.count}
        </Text>
      </Group>
      <Anchor component={Link} to="/logistics" size="xs">
        {risk.deadlines.length === 0
          ? t('logistics.atRisk.none')
          : t('logistics.atRisk.open', { count: risk.deadlines.length })}
      </Anchor>
    </Card>
  );
}
