import { Anchor, Card } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { UndercutList } from './PositionTab';
import { useMarketData } from './useMarketData';

/** The undercut alerts for the dashboard: the top few, with a link to the market screen. */
export function UndercutAlertsCard({ storeId }: { storeId: string }) {
  const { t } = useT();
  const { positions } = useMarketData(storeId);
  if (!positions || positions.every((p) => p.undercuts.length === 0)) return null;
  return (
    <Card withBorder>
      <UndercutList positions={positions} limit={3} />
      <Anchor component={Link} to="/market" size="sm" mt="xs">
        {t('market.nav')} →
      </Anchor>
    </Card>
  );
}
