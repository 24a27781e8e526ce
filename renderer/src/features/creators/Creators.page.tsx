import { Alert, Stack, Tabs, Text, Title } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { useSearchParams } from 'react-router';
import { useWorkstation } from '../../app/WorkstationContext';
import { CampaignsTab } from './CampaignsTab';
import { FanZoneTab } from './FanZoneTab';
import { LiveTab } from './LiveTab';
import { PipelineTab } from './PipelineTab';
import { RosterTab } from './RosterTab';
import { RulesTab } from './RulesTab';
import { useAttribution } from './useAttribution';

const TABS = ['roster', 'campaigns', 'pipeline', 'live', 'fanZone', 'rules'] as const;
type Tab = (typeof TABS)[number];

/** The influencer desk: creators, campaigns and their honest results, the pipeline, LIVE sessions, Fan Zone posts. */
export function CreatorsPage() {
  const { t } = useT();
  const { activeStore } = useWorkstation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = TABS.includes(asked as Tab) ? (asked as Tab) : 'roster';
  const attribution = useAttribution(activeStore?.id ?? '');
  if (!activeStore) return null;
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2}>{t('creators.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('creators.subtitle')}
        </Text>
      </Stack>
      {activeStore.isDemo && (
        <Alert color="gray" variant="light">
          {t('creators.demoNote')}
        </Alert>
      )}
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`creators.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="roster" pt="md">
          <RosterTab store={activeStore} attribution={attribution} />
        </Tabs.Panel>
        <Tabs.Panel value="campaigns" pt="md">
          <CampaignsTab store={activeStore} attribution={attribution} />
        </Tabs.Panel>
        <Tabs.Panel value="pipeline" pt="md">
          <PipelineTab store={activeStore} />
        </Tabs.Panel>
        <Tabs.Panel value="live" pt="md">
          <LiveTab store={activeStore} />
        </Tabs.Panel>
        <Tabs.Panel value="fanZone" pt="md">
          <FanZoneTab store={activeStore} />
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="md">
          <RulesTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
