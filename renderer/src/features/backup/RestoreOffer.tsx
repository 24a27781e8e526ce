import { useEffect, useState } from 'react';
import { Alert, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconRestore, IconUpload } from '@tabler/icons-react';

import type { ResultOf } from '@shared/bridge/contract';
import { call } from '../../bridge/client';
import { uploadBackup } from './deliver';
import { RestoreConfirm } from './RestoreConfirm';
import { useT } from '../../i18n/useT';

type Listed = ResultOf<'backup:list'>['backups'][number];

/**
 * On the first-run screen: restore from a file, and — when this browser profile has no data but the data folder
 * holds backups (another address, a cleared profile, a new PC) — the offer to restore the latest one.
 */
export function RestoreOffer() {
  const { t, i18n } = useT();
  const [latest, setLatest] = useState<Listed>();
  const [restoring, setRestoring] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    void call('backup:list', {}).then(
      ({ backups }) => live && setLatest(backups.find((b) => b.inspection.ok)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const pick = async (file: File | null) => {
    if (!file) return;
    setError(undefined);
    try {
      setRestoring(await uploadBackup(file));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Stack gap="sm">
      {latest && (
        <Alert color="blue" title={t('backup.offerTitle')} data-testid="restore-offer">
          <Stack gap="xs">
            <Text size="sm">
              {t('backup.offerBody', {
                date: new Date(latest.inspection.createdAt ?? latest.modifiedAt).toLocaleString(
                  i18n.language,
                ),
                stores: (latest.inspection.stores ?? []).map((s) => s.name).join(', '),
              })}
            </Text>
            <Group>
              <Button
                size="sm"
                leftSection={<IconRestore size={16} />}
                onClick={() => setRestoring(latest.name)}
              >
                {t('backup.offerRestore')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Group>
        <FileButton onChange={(file) => void pick(file)} accept=".swbackup,application/zip">
          {(props) => (
            <Button {...props} variant="subtle" leftSection={<IconUpload size={16} />}>
              {t('backup.welcomeRestore')}
            </Button>
          )}
        </FileButton>
      </Group>
      {error && <Alert color="red">{t('backup.refused', { message: error })}</Alert>}
      <RestoreConfirm name={restoring} onClose={() => setRestoring(undefined)} />
    </Stack>
  );
}
