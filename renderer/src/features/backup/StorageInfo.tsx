import { useEffect, useState } from 'react';
import { Alert, Progress, Stack, Text } from '@mantine/core';

import { formatBytes } from './units';
import { useT } from '../../i18n/useT';

/** How much this origin stores and may store, whether the browser keeps it for good, and where it lives. */
export function StorageInfo({ shell }: { shell: 'electron' | 'browser' }) {
  const { t } = useT();
  const [estimate, setEstimate] = useState<StorageEstimate | null>();
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    void (navigator.storage?.estimate?.() ?? Promise.resolve(null)).then(setEstimate, () =>
      setEstimate(null),
    );
    void navigator.storage?.persisted?.().then(setPersisted);
  }, []);
  const used = estimate?.usage ?? 0;
  const quota = estimate?.quota ?? 0;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('backup.storage')}
      </Text>
      {estimate && quota > 0 ? (
        <>
          <Text size="sm" data-testid="storage-used">
            {t('backup.storageUsed', { used: formatBytes(used), quota: formatBytes(quota) })}
          </Text>
          <Progress value={(100 * used) / quota} size="sm" aria-label={t('backup.storage')} />
        </>
      ) : (
        estimate === null && (
          <Text size="sm" c="dimmed">
            {t('backup.storageUnknown')}
          </Text>
        )
      )}
      {persisted === true && (
        <Text size="sm" c="green">
          {t('backup.persisted')}
        </Text>
      )}
      {persisted === false && (
        <Alert color="yellow" p="xs">
          {t('backup.notPersisted')}
        </Alert>
      )}
      {shell === 'browser' && (
        <Text size="sm" c="dimmed" data-testid="browser-data-note">
          {t('backup.browserWhere', { origin: window.location.origin })}
        </Text>
      )}
    </Stack>
  );
}
