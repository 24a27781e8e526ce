import { Stack, Tabs, Text, Title } from '@mantine/core';

import { useSearchParams } from 'react-router';
import { useWorkstation } from '../../app/WorkstationContext';
import { CompareTab } from './CompareTab';
import { FulfilmentTab } from './FulfilmentTab';
import { HistoryTab } from './HistoryTab';
import { OverviewTab } from './OverviewTab';
import { ProfitTab } from './ProfitTab';
import { RatesTab } from './RatesTab';
import { useT } from '../../i18n/useT';

const TABS = ['overview', 'profit', 'compare', 'fulfilment', 'rates', 'history'] as const;
type Tab = (typeof TABS)[number];

/** "Which mode should this product be in?" — the matrix, the money, the work, and the switch. */
export function HostingPage() {
  const { t } = useT();
  const { activeStore } = useWorkstation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  // The tab lives in the URL so a reload, the back button or a link lands on the same view.
  const tab: Tab = TABS.includes(asked as Tab) ? (asked as Tab) : 'overview';
  if (!activeStore) return null;
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2}>{t('hosting.ui.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('hosting.ui.subtitle')}
        </Text>
      </Stack>
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name} data-testid={`hosting-tab-${name}`}>
              {t(`hosting.ui.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab store={activeStore} />
        </Tabs.Panel>
        <Tabs.Panel value="profit" pt="md">
          <ProfitTab store={activeStore} />
        </Tabs.Panel>
        <Tabs.Panel value="compare" pt="md">
          <CompareTab store={activeStore} />
        </Tabs.Panel>
        <Tabs.Panel value="fulfilment" pt="md">
          <FulfilmentTab store={activeStore} />
        </Tabs.Panel>
        <Tabs.Panel value="rates" pt="md">
          <RatesTab />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab store={activeStore} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
