import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';

import { splitEta } from './photoFiles';
import type { StudioPhase } from './usePhotoStudio';
import { useT } from '../../i18n/useT';

/** Upload, then processing: one bar with what is happening, the time left and a cancel button. */
export function JobProgress({ phase, onCancel }: { phase: StudioPhase; onCancel(): void }) {
  const { t } = useT();
  if (phase.kind !== 'uploading' && phase.kind !== 'processing') return null;
  const value = phase.total > 0 ? (phase.done / phase.total) * 100 : 0;
  const label =
    phase.kind === 'uploading'
      ? t('photos.progress.uploading', { percent: Math.round(value) })
      : t('photos.progress.processing', { done: phase.done, total: phase.total });
  const eta = phase.kind === 'processing' && phase.etaMs !== undefined ? splitEta(phase.etaMs) : undefined;
  const cancelling = phase.kind === 'processing' && phase.cancelling;
  return (
    <Stack gap={6} data-testid="photo-progress">
      <Group justify="space-between">
        <Text size="sm">{label}</Text>
        <Group gap="sm">
          {eta && (
            <Text size="sm" c="dimmed">
              {eta.minutes > 0 ? t('photos.progress.etaMinutes', eta) : t('photos.progress.etaSeconds', eta)}
            </Text>
          )}
          <Button
            size="xs"
            variant="light"
            color="red"
            leftSection={<IconPlayerStop size={14} />}
            onClick={onCancel}
            disabled={cancelling}
          >
            {cancelling ? t('photos.progress.cancelling') : t('photos.progress.cancel')}
          </Button>
        </Group>
      </Group>
      <Progress value={value} animated={!cancelling} aria-label={label} />
    </Stack>
  );
}
