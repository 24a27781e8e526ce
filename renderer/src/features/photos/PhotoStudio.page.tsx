import { useState } from 'react';
import { Stack, Tabs, Title } from '@mantine/core';
import { IconCopy, IconPhoto } from '@tabler/icons-react';

import { useSearchParams } from 'react-router';
import { useWorkstation } from '../../app/WorkstationContext';
import { DuplicatesSection } from './DuplicatesSection';
import { PhotoStudio } from './PhotoStudio';
import { useT } from '../../i18n/useT';

/** Route /photos (?product=<id> preselects the product to attach to). */
export function PhotoStudioPage() {
  const { t } = useT();
  const { activeStore } = useWorkstation();
  const [params] = useSearchParams();
  const [tab, setTab] = useState<string | null>('process');
  return (
    <Stack gap="md">
      <Title order={2}>{t('photos.title')}</Title>
      {/* The studio stays mounted while the duplicates tab is open, so a running job and its results survive. */}
      <Tabs value={tab} onChange={setTab} keepMounted>
        <Tabs.List>
          <Tabs.Tab value="process" leftSection={<IconPhoto size={16} />}>
            {t('photos.tabs.process')}
          </Tabs.Tab>
          <Tabs.Tab value="duplicates" leftSection={<IconCopy size={16} />}>
            {t('photos.tabs.duplicates')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="process" pt="md">
          <PhotoStudio initialProductId={params.get('product') ?? undefined} />
        </Tabs.Panel>
        <Tabs.Panel value="duplicates" pt="md">
          {activeStore && tab === 'duplicates' && <DuplicatesSection storeId={activeStore.id} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
