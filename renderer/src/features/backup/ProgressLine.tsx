import { Button, Group, Progress, Stack, Text } from '@mantine/core';

import type { JobProgress } from './runBackup';
import { formatDuration } from './units';
import { useT } from '../../i18n/useT';

/** Done/total, a bar, the ETA once known, and Cancel when the job can stop. */
export function ProgressLine({
  progress,
  label,
  onCancel,
}: {
  progress: JobProgress;
  label: 'running' | 'restoring';
  onCancel?: () => void;
}) {
  const { t, i18n } = useT();
  const number = new Intl.NumberFormat(i18n.language);
  const percent = progress.total > 0 ? (100 * progress.done) / progress.total : 0;
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" role="status" aria-live="polite">
          {t(`backup.${label}`, { done: number.format(progress.done), total: number.format(progress.total) })}
          {progress.etaMs !== undefined && ` · ${t('backup.eta', { time: formatDuration(progress.etaMs) })}`}
        </Text>
        {onCancel && (
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('backup.cancel')}
          </Button>
        )}
      </Group>
      <Progress
        value={percent}
        aria-label={t(`backup.${label}`, { done: progress.done, total: progress.total })}
      />
    </Stack>
  );
}
