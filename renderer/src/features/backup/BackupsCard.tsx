import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  NumberInput,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDatabaseExport, IconDownload, IconRestore, IconUpload } from '@tabler/icons-react';

import type { ResultOf } from '@shared/bridge/contract';
import { call } from '../../bridge/client';
import { reportWriteError } from './diskFull';
import { deliverBackup, uploadBackup } from './deliver';
import { RestoreConfirm } from './RestoreConfirm';
import { BackupCancelled, runBackup, type FinishedBackup, type JobProgress } from './runBackup';
import { saveSchedule, useSchedule } from './schedule';
import { ProgressLine } from './ProgressLine';
import { StorageInfo } from './StorageInfo';
import { formatBytes } from './units';
import { useT } from '../../i18n/useT';

type Listed = ResultOf<'backup:list'>['backups'][number];
type Outcome =
  | { kind: 'done'; backup: FinishedBackup; savedTo?: string; downloaded: boolean }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** Settings → Data: back up now, restore, the backups in the data folder, automatic backups and storage. */
export function BackupsCard({ shell }: { shell: 'electron' | 'browser' }) {
  const { t, i18n } = useT();
  const [list, setList] = useState<{ backups: Listed[]; folder: string }>();
  const [progress, setProgress] = useState<JobProgress>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [restoring, setRestoring] = useState<string>();
  const [uploadPercent, setUploadPercent] = useState<number>();
  const [uploadError, setUploadError] = useState<string>();
  const abort = useRef<AbortController | undefined>(undefined);
  const number = new Intl.NumberFormat(i18n.language);

  const refresh = useCallback(() => {
    void call('backup:list', {}).then(setList, () => undefined);
  }, []);
  useEffect(refresh, [refresh]);

  const backUp = async () => {
    abort.current = new AbortController();
    setOutcome(undefined);
    setProgress({ done: 0, total: 0 });
    try {
      const backup = await runBackup('manual', { signal: abort.current.signal, onProgress: setProgress });
      setProgress(undefined);
      const delivered = await deliverBackup(backup.name, shell).catch(() => ({ downloaded: false }));
      setOutcome({ kind: 'done', backup, ...delivered });
    } catch (error) {
      setProgress(undefined);
      if (error instanceof BackupCancelled) setOutcome({ kind: 'cancelled' });
      else {
        reportWriteError(error);
        setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      refresh();
    }
  };

  const restoreFile = async (file: File | null) => {
    if (!file) return;
    setUploadError(undefined);
    setUploadPercent(0);
    try {
      const name = await uploadBackup(file, setUploadPercent);
      refresh();
      setRestoring(name);
    } catch (error) {
      setUploadError(error instanceof Error ? error.message : String(error));
    } finally {
      setUploadPercent(undefined);
    }
  };

  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>{t('backup.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('backup.intro')}
        </Text>
        {progress ? (
          <ProgressLine progress={progress} label="running" onCancel={() => abort.current?.abort()} />
        ) : (
          <Group>
            <Button leftSection={<IconDatabaseExport size={16} />} onClick={() => void backUp()}>
              {t('backup.backUpNow')}
            </Button>
            <FileButton onChange={(file) => void restoreFile(file)} accept=".swbackup,application/zip">
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconUpload size={16} />}>
                  {t('backup.restoreFile')}
                </Button>
              )}
            </FileButton>
          </Group>
        )}
        {uploadPercent !== undefined && (
          <Text size="sm">{t('backup.uploading', { percent: uploadPercent })}</Text>
        )}
        {uploadError && <Alert color="red">{t('backup.refused', { message: uploadError })}</Alert>}
        {outcome?.kind === 'done' && (
          <Alert color="green" data-testid="backup-done">
            {t('backup.done', { name: outcome.backup.name, size: formatBytes(outcome.backup.bytes) })}
            {outcome.savedTo && <Text size="sm">{t('backup.savedTo', { path: outcome.savedTo })}</Text>}
            {outcome.downloaded && <Text size="sm">{t('backup.downloaded')}</Text>}
          </Alert>
        )}
        {outcome?.kind === 'cancelled' && <Alert color="gray">{t('backup.cancelled')}</Alert>}
        {outcome?.kind === 'failed' && (
          <Alert color="red">{t('backup.failed', { message: outcome.message })}</Alert>
        )}

        <Title order={5} mt="sm">
          {t('backup.list')}
        </Title>
        {list && (
          <Text size="xs" c="dimmed" ff="monospace">
            {t('backup.folder', { path: list.folder })}
          </Text>
        )}
        {list?.backups.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('backup.none')}
          </Text>
        )}
        {list && list.backups.length > 0 && (
          <Table.ScrollContainer minWidth={640} mah={320}>
            <Table striped highlightOnHover stickyHeader data-testid="backup-list">
              <Table.Tbody>
                {list.backups.map((b) => (
                  <BackupRow
                    key={b.name}
                    backup={b}
                    number={number}
                    onRestore={() => setRestoring(b.name)}
                    onDownload={() => void deliverBackup(b.name, shell)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ScheduleSettings />
        <StorageInfo shell={shell} />
      </Stack>
      <RestoreConfirm name={restoring} onClose={() => setRestoring(undefined)} />
    </Card>
  );
}

function BackupRow({
  backup,
  number,
  onRestore,
  onDownload,
}: {
  backup: Listed;
  number: Intl.NumberFormat;
  onRestore: () => void;
  onDownload: () => void;
}) {
  const { t, i18n } = useT();
  const { inspection } = backup;
  const rows = Object.values(inspection.tables).reduce((a, b) => a + b, 0);
  const kind = backup.name.startsWith('imported-') ? 'imported' : (inspection.kind ?? 'manual');
  const when = inspection.createdAt ? Date.parse(inspection.createdAt) : backup.modifiedAt;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{new Date(when).toLocaleString(i18n.language)}</Text>
        <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {backup.name}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge size="sm" variant="light" color={kind === 'manual' ? 'blue' : 'gray'}>
          {t(`backup.kind.${kind}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatBytes(backup.bytes)}</Text>
      </Table.Td>
      <Table.Td>
        {inspection.ok ? (
          <Text size="sm">
            {t('backup.rows', { n: number.format(rows) })} ·{' '}
            {t('backup.photos', { n: number.format(inspection.media.files) })}
          </Text>
        ) : (
          <Text size="sm" c="red">
            {t(`backup.problem.${inspection.errors[0]?.code ?? 'corrupt'}`)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconRestore size={14} />}
            onClick={onRestore}
            aria-label={`${t('backup.restore')} ${backup.name}`}
          >
            {t('backup.restore')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconDownload size={14} />}
            onClick={onDownload}
            aria-label={`${t('backup.download')} ${backup.name}`}
          >
            {t('backup.download')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function ScheduleSettings() {
  const { t } = useT();
  const schedule = useSchedule();
  if (!schedule) return null;
  return (
    <Stack gap="xs">
      <Title order={5} mt="sm">
        {t('backup.auto')}
      </Title>
      <Switch
        label={t('backup.autoDaily')}
        checked={schedule.autoDaily}
        onChange={(e) => void saveSchedule({ ...schedule, autoDaily: e.currentTarget.checked })}
      />
      <Group grow maw={420}>
        <NumberInput
          label={t('backup.keepDaily')}
          min={1}
          max={60}
          value={schedule.keepDaily}
          onChange={(v) =>
            typeof v === 'number' && v >= 1 && void saveSchedule({ ...schedule, keepDaily: v })
          }
        />
        <NumberInput
          label={t('backup.keepWeekly')}
          min={0}
          max={52}
          value={schedule.keepWeekly}
          onChange={(v) =>
            typeof v === 'number' && v >= 0 && void saveSchedule({ ...schedule, keepWeekly: v })
          }
        />
      </Group>
      <Text size="xs" c="dimmed">
        {t('backup.autoNote')}
      </Text>
    </Stack>
  );
}
