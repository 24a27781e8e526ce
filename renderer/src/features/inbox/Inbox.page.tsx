import { Alert, Center, Loader, Progress, Stack, Text } from '@mantine/core';

import { useWorkstation } from '../../app/WorkstationContext';
import { InboxWorkspace } from './components/InboxWorkspace';
import { useInboxSetup } from './hooks/useInboxSetup';
import { useT } from '../../i18n/useT';

/** /inbox: prepares the store's inbox once (templates, rep, search index, counters), then shows the workspace. */
export function InboxPage() {
  const { t } = useT();
  const { activeStore } = useWorkstation();
  const setup = useInboxSetup(activeStore?.id);
  if (!activeStore) return null;
  if (setup.status === 'failed')
    return <Alert color="red">{t('inbox.ui.setup.failed', { message: setup.message })}</Alert>;
  if (setup.status === 'working') {
    const p = setup.progress;
    return (
      <Center h="60vh">
        <Stack align="center" w={360} data-testid="inbox-indexing">
          <Loader />
          <Text size="sm">{t('inbox.ui.setup.indexing')}</Text>
          {p && p.total > 0 && <Progress value={(p.done / p.total) * 100} w="100%" />}
        </Stack>
      </Center>
    );
  }
  return <InboxWorkspace key={activeStore.id} storeId={activeStore.id} firstPage={setup.firstPage} />;
}
