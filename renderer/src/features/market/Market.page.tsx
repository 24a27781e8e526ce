import { useCallback } from 'react';
import { Loader, Stack, Tabs, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../i18n/useT';
import { NO_OWN_CLOSURES } from '@shared/calendar/closures';
import { useWorkstation } from '../../app/WorkstationContext';
import { loadOwnClosures } from '../../data/shopClosures';
import { db } from '../../db/db';
import { CompetitorsTab } from './CompetitorsTab';
import { OwnPricesTab } from './OwnPricesTab';
import { PositionTab } from './PositionTab';
import { PromotionsTab } from './PromotionsTab';
import { Reminders } from './Reminders';
import { TrendsTab } from './TrendsTab';
import { useMarketData } from './useMarketData';

/** The seller's view of the market: competitors, price position, own prices, trends and promotions. */
export function MarketPage() {
  const { t } = useT();
  const { activeStore } = useWorkstation();
  const storeId = activeStore?.id ?? '';
  const { rows, ownProducts, settings, events, positions, updateSettings } = useMarketData(storeId);
  const now = useCallback(() => Date.now(), []);
  // The seller's own closed days (Logistics → Rules) push stock-up dates earlier, as they do ship-by deadlines.
  const ownClosures = useLiveQuery(() => loadOwnClosures(db), []);
  const loading = !rows || !ownProducts || !settings || !events || !positions;
  return (
    <Stack gap="md">
      <Title order={2}>{t('market.title')}</Title>
      {events && <Reminders events={events} now={now()} />}
      {loading || !activeStore ? (
        <Loader />
      ) : (
        <Tabs defaultValue="competitors" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="competitors">{t('market.tabs.competitors')}</Tabs.Tab>
            <Tabs.Tab value="position">{t('market.tabs.position')}</Tabs.Tab>
            <Tabs.Tab value="ownPrices">{t('market.tabs.ownPrices')}</Tabs.Tab>
            <Tabs.Tab value="trends">{t('market.tabs.trends')}</Tabs.Tab>
            <Tabs.Tab value="promotions">{t('market.tabs.promotions')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="competitors" pt="md">
            <CompetitorsTab
              storeId={storeId}
              storeCurrency={activeStore.currency}
              rows={rows}
              ownProducts={ownProducts}
              now={now}
            />
          </Tabs.Panel>
          <Tabs.Panel value="position" pt="md">
            <PositionTab positions={positions} settings={settings} onSettings={updateSettings} />
          </Tabs.Panel>
          <Tabs.Panel value="ownPrices" pt="md">
            <OwnPricesTab storeId={storeId} ownProducts={ownProducts} settings={settings} now={now()} />
          </Tabs.Panel>
          <Tabs.Panel value="trends" pt="md">
            <TrendsTab now={now} />
          </Tabs.Panel>
          <Tabs.Panel value="promotions" pt="md">
            <PromotionsTab
              storeId={storeId}
              storeMode={activeStore.hostingMode}
              events={events}
              ownProducts={ownProducts}
              settings={settings}
              closures={ownClosures ?? NO_OWN_CLOSURES}
              onSettings={updateSettings}
              now={now}
            />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
