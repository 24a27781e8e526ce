import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';

import { appSchemaVersion, installedSchemaVersion } from '../../db/backupRows';
import { clearPendingRestore, readPendingRestore, runRestore, type PendingRestore } from './restore';
import { runBackup, type JobProgress } from './runBackup';
import { ProgressLine } from './ProgressLine';
import { AfterStart } from './AfterStart';
import { useT } from '../../i18n/useT';

type Gate =
  | { step: 'checking' }
  | { step: 'restore'; pending: PendingRestore }
  | { step: 'upgrade'; from: number; to: number }
  | { step: 'ready' };

/**
 * Runs before anything opens the database: a restore that was asked for (or did not finish) happens here,
 * and a database about to be upgraded to a newer schema is backed up at its old version first. Only then
 * does the app (and Dexie's normal open, with its upgrades) start.
 */
export function BootGate({ children }: { children: ReactNode }) {
  const [gate, setGate] = useState<Gate>({ step: 'checking' });
  const ready = useCallback(() => setGate({ step: 'ready' }), []);
  useEffect(() => {
    let live = true;
    void (async () => {
      const pending = readPendingRestore();
      if (pending) return live && setGate({ step: 'restore', pending });
      const installed = await installedSchemaVersion().catch(() => undefined);
      const target = appSchemaVersion();
      if (!live) return;
      if (installed !== undefined && installed > 0 && installed < target)
        setGate({ step: 'upgrade', from: installed, to: target });
      else setGate({ step: 'ready' });
    })();
    return () => {
      live = false;
    };
  }, []);

  if (gate.step === 'ready')
    return (
      <>
        {children}
        <AfterStart />
      </>
    );
  if (gate.step === 'checking')
    return (
      <Center h="100vh">
        <Loader role="status" aria-label="Loading" />
      </Center>
    );
  if (gate.step === 'restore') return <RestoreScreen pending={gate.pending} />;
  return <UpgradeBackupScreen from={gate.from} to={gate.to} onDone={ready} />;
}

function Screen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Center h="100vh" p="md">
      <Paper withBorder p="xl" maw={560} w="100%">
        <Stack>
          <Title order={3}>{title}</Title>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

function RestoreScreen({ pending }: { pending: PendingRestore }) {
  const { t } = useT();
  const [progress, setProgress] = useState<JobProgress>();
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setError(undefined);
    runRestore(pending.name, (p) => live && setProgress(p)).then(
      () => {
        clearPendingRestore();
        sessionStorage.setItem('sw.restoredFrom', pending.name);
        // The restore may have been asked for from the first-run screen: the restored data opens on its dashboard.
        history.replaceState(history.state, '', '#/dashboard');
        window.location.reload();
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [pending.name, attempt]);
  return (
    <Screen title={t('backup.restoreTitle')}>
      <Text size="sm">{pending.name}</Text>
      {!error && (
        <Text size="sm" c="dimmed">
          {t('backup.restoreKeepOpen')}
        </Text>
      )}
      {!error && progress && <ProgressLine progress={progress} label="restoring" />}
      {error && (
        <Alert color="red" title={t('backup.restoreFailed', { message: error })}>
          {pending.safetyBackup && t('backup.restoreSafety', { name: pending.safetyBackup })}
        </Alert>
      )}
      {error && (
        <Group>
          <Button onClick={() => setAttempt((n) => n + 1)}>{t('backup.retry')}</Button>
          <Button
            variant="default"
            onClick={() => {
              clearPendingRestore();
              window.location.reload();
            }}
          >
            {t('backup.giveUp')}
          </Button>
        </Group>
      )}
    </Screen>
  );
}

function UpgradeBackupScreen({ from, to, onDone }: { from: number; to: number; onDone: () => void }) {
  const { t } = useT();
  const [progress, setProgress] = useState<JobProgress>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    runBackup('pre-upgrade', { onProgress: (p) => live && setProgress(p) }).then(
      () => live && onDone(),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [onDone]);
  return (
    <Screen title={t('backup.upgradeTitle')}>
      <Text size="sm">{t('backup.upgradeBody', { from, to })}</Text>
      {progress && !error && <ProgressLine progress={progress} label="running" />}
      {error && <Alert color="red">{t('backup.upgradeFailed', { message: error })}</Alert>}
      {error && (
        <Group>
          <Button variant="default" onClick={onDone}>
            {t('backup.upgradeContinue')}
          </Button>
        </Group>
      )}
    </Screen>
  );
}
