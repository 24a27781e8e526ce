import { useEffect, useState } from 'react';
import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';

import type { BackupInspection } from '@shared/backup/format';
import { useWorkstation } from '../../app/WorkstationContext';
import { inspectForRestore, queueRestore } from './restore';
import { runBackup, type JobProgress } from './runBackup';
import { ProgressLine } from './ProgressLine';
import { useT } from '../../i18n/useT';

/**
 * Checks the backup in full, then asks: naming what will be replaced when there is data, and backing it up
 * first. A refused file says why; nothing is changed until the user confirms.
 */
export function RestoreConfirm({ name, onClose }: { name: string | undefined; onClose: () => void }) {
  const { t, i18n } = useT();
  const { stores } = useWorkstation();
  const [inspection, setInspection] = useState<BackupInspection>();
  const [error, setError] = useState<string>();
  const [safety, setSafety] = useState<JobProgress>();

  useEffect(() => {
    setInspection(undefined);
    setError(undefined);
    setSafety(undefined);
    if (!name) return;
    let live = true;
    inspectForRestore(name).then(
      (answer) => live && setInspection(answer),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [name]);

  const confirm = async () => {
    if (!name) return;
    try {
      let safetyBackup: string | undefined;
      if (stores.length > 0) {
        setSafety({ done: 0, total: 0 });
        safetyBackup = (await runBackup('pre-restore', { onProgress: setSafety })).name;
      }
      queueRestore({ name, safetyBackup });
      window.location.reload();
    } catch (e) {
      setSafety(undefined);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const rows = inspection ? Object.values(inspection.tables).reduce((a, b) => a + b, 0) : 0;
  const number = new Intl.NumberFormat(i18n.language);
  const date = inspection?.createdAt ? new Date(inspection.createdAt).toLocaleString(i18n.language) : '';
  const values = {
    date,
    rows: number.format(rows),
    photos: number.format(inspection?.media.files ?? 0),
    stores: stores.map((s) => s.name).join(', '),
  };
  const refusal = inspection && !inspection.ok ? inspection.errors[0] : undefined;

  return (
    <Modal opened={name !== undefined} onClose={onClose} title={t('backup.confirmTitle')} size="lg">
      <Stack>
        <Text size="sm" ff="monospace">
          {name}
        </Text>
        {!inspection && !error && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('backup.checking')}</Text>
          </Group>
        )}
        {error && <Alert color="red">{t('backup.refused', { message: error })}</Alert>}
        {refusal && (
          <Alert color="red" title={t(`backup.problem.${refusal.code}`)} data-testid="restore-refused">
            {refusal.message}
          </Alert>
        )}
        {inspection?.ok && (
          <>
            <Text size="sm">
              {stores.length > 0 ? t('backup.confirmReplace', values) : t('backup.confirmEmpty', values)}
            </Text>
            {inspection.stores && inspection.stores.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('backup.confirmStores', { stores: inspection.stores.map((s) => s.name).join(', ') })}
              </Text>
            )}
          </>
        )}
        {safety && (
          <Stack gap={4}>
            <Text size="sm">{t('backup.safetyBackup')}</Text>
            <ProgressLine progress={safety} label="running" />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={safety !== undefined}>
            {t('backup.cancel')}
          </Button>
          {inspection?.ok && (
            <Button
              color={stores.length > 0 ? 'red' : undefined}
              onClick={() => void confirm()}
              loading={safety !== undefined}
            >
              {t('backup.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
