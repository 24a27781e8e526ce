import { useEffect, useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { call } from '../../bridge/client';
import { db } from '../../db/db';
import { onDiskFull, watchUnhandledQuotaErrors } from './diskFull';
import { checkIntegrity, type IntegrityProblem } from './integrity';
import { runBackup } from './runBackup';
import { readSchedule } from './schedule';
import { useT } from '../../i18n/useT';

/** First daily check a few minutes after start (not during the first minutes of work), then hourly. */
const FIRST_DAILY_CHECK_MS = 5 * 60_000;
const DAILY_CHECK_EVERY_MS = 60 * 60_000;
const DAILY_AGE_MS = 20 * 3600_000;

const openBackups = () => {
  window.location.hash = '#/settings';
};

/** What runs once the app is up: the integrity check, the daily backup, and the disk-full dialog. */
export function AfterStart() {
  const { t } = useT();
  const [diskFull, setDiskFull] = useState(false);

  useEffect(() => {
    const stopWatching = watchUnhandledQuotaErrors();
    const stopListening = onDiskFull(() => setDiskFull(true));
    return () => {
      stopWatching();
      stopListening();
    };
  }, []);

  useEffect(() => {
    const restoredFrom = sessionStorage.getItem('sw.restoredFrom');
    if (restoredFrom) {
      sessionStorage.removeItem('sw.restoredFrom');
      // Stays until dismissed: the one sign that the data on screen came from a backup.
      notifications.show({
        color: 'green',
        autoClose: false,
        message: t('backup.restored', { name: restoredFrom }),
      });
    }
    void checkIntegrity(db).then(
      (problems) => problems.length > 0 && showIntegrityProblem(problems[0]!),
      () => undefined,
    );
    // Only the start matters here; t is stable for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const showIntegrityProblem = (problem: IntegrityProblem) => {
    const { kind, ...values } = problem;
    notifications.show({
      id: 'integrity',
      color: 'red',
      autoClose: false,
      title: t('backup.integrityTitle'),
      message: (
        <Stack gap="xs">
          <Text size="sm">
            {t('backup.integrityBody', { problem: t(`backup.integrity.${kind}`, values) })}
          </Text>
          <Group>
            <Button size="xs" onClick={openBackups}>
              {t('backup.integrityOpen')}
            </Button>
          </Group>
        </Stack>
      ),
    });
  };

  useEffect(() => {
    let running = false;
    const check = async () => {
      if (running) return;
      running = true;
      try {
        const schedule = await readSchedule();
        if (!schedule.autoDaily || (await db.stores.count()) === 0) return;
        const { backups } = await call('backup:list', {});
        const newestDaily = backups.find((b) => b.inspection.kind === 'daily' && b.inspection.ok);
        const age = newestDaily?.inspection.createdAt
          ? Date.now() - Date.parse(newestDaily.inspection.createdAt)
          : Infinity;
        if (age < DAILY_AGE_MS) return;
        await runBackup('daily');
        await call('backup:prune', { keepDaily: schedule.keepDaily, keepWeekly: schedule.keepWeekly });
      } catch (error) {
        // A failed daily backup is retried at the next check; a full disk is shown by the watcher.
        console.warn('Daily backup failed', error);
      } finally {
        running = false;
      }
    };
    const first = window.setTimeout(() => void check(), FIRST_DAILY_CHECK_MS);
    const every = window.setInterval(() => void check(), DAILY_CHECK_EVERY_MS);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(every);
    };
  }, []);

  return (
    <Modal opened={diskFull} onClose={() => setDiskFull(false)} title={t('backup.diskFullTitle')}>
      <Stack>
        <Text size="sm">{t('backup.diskFullBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDiskFull(false)}>
            {t('backup.close')}
          </Button>
          <Button
            onClick={() => {
              setDiskFull(false);
              openBackups();
            }}
          >
            {t('backup.diskFullBackup')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
