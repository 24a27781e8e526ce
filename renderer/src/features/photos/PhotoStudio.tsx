import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlayerPlay, IconTrash } from '@tabler/icons-react';

import { useWorkstation } from '../../app/WorkstationContext';
import { AttachPanel } from './AttachPanel';
import { JobProgress } from './JobProgress';
import { PhotoDropzone } from './PhotoDropzone';
import { PresetPicker, usePreset } from './PresetPicker';
import { ResultCard } from './ResultCard';
import { usePhotoStudio, type StudioItem } from './usePhotoStudio';
import { useShellKind } from './useShellKind';
import { useT } from '../../i18n/useT';

interface Props {
  initialProductId?: string;
  /** Inside the product editor: hand the chosen results back instead of writing to a saved product. */
  onUseAsMainImages?(mediaIds: string[]): void;
  /** The hand-back button's label, where the results are not main images (a competitor's picture). */
  useLabel?: string;
  /** The preset chosen when the studio opens (a banner field opens on the Fan Zone banner preset). */
  initialPreset?: string;
}

/** Selected results' media ids in display order (a file may have several outputs; all are taken). */
export function selectedMediaIds(items: readonly StudioItem[], deselected: ReadonlySet<string>): string[] {
  return items.filter((i) => !deselected.has(i.key)).flatMap((i) => i.mediaIds ?? []);
}

/** Drop photos, pick a preset, process, check each result, attach them: the studio used by the page and the editor. */
export function PhotoStudio({ initialProductId, onUseAsMainImages, useLabel, initialPreset }: Props) {
  const { t } = useT();
  const { activeStore } = useWorkstation();
  const shell = useShellKind();
  const studio = usePhotoStudio(activeStore?.id);
  const [presetId, setPresetId] = useState(initialPreset ?? 'main-image');
  const preset = usePreset(presetId);
  const [deselected, setDeselected] = useState<Set<string>>(new Set());
  const busy = studio.phase.kind === 'uploading' || studio.phase.kind === 'processing';
  const runnable = studio.items.filter((i) => i.localError !== 'too-large').length;
  const mediaIds = useMemo(() => selectedMediaIds(studio.items, deselected), [studio.items, deselected]);
  const summary = useMemo(() => {
    const count = (s: string) => studio.items.filter((i) => i.result?.status === s).length;
    return {
      ok: count('ok'),
      warning: count('warning'),
      error: count('error') + studio.items.filter((i) => i.localError).length,
    };
  }, [studio.items]);

  const toggle = useCallback(
    (key: string, selected: boolean) =>
      setDeselected((previous) => {
        const next = new Set(previous);
        if (selected) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );

  return (
    <Stack gap="md">
      <Card withBorder>
        <Stack gap="sm">
          <PhotoDropzone
            shell={shell}
            disabled={busy}
            onFiles={studio.addFiles}
            onPicked={studio.addStaged}
          />
          <Group justify="space-between" align="flex-end">
            <PresetPicker value={presetId} onChange={setPresetId} disabled={busy} />
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconTrash size={16} />}
                onClick={studio.clear}
                disabled={busy || studio.items.length === 0}
              >
                {t('photos.clear')}
              </Button>
              <Button
                leftSection={<IconPlayerPlay size={16} />}
                onClick={() => preset && void studio.run(preset)}
                disabled={busy || !preset || runnable === 0}
                data-testid="process-photos"
              >
                {t('photos.process', { count: runnable })}
              </Button>
            </Group>
          </Group>
          <JobProgress phase={studio.phase} onCancel={studio.cancel} />
          {studio.phase.kind === 'finished' && (
            <Alert
              color={
                studio.phase.error
                  ? 'red'
                  : studio.phase.cancelled
                    ? 'yellow'
                    : summary.error > 0
                      ? 'orange'
                      : 'teal'
              }
              data-testid="photo-summary"
            >
              {studio.phase.error
                ? t('photos.summary.failed', { message: studio.phase.error })
                : studio.phase.cancelled
                  ? t('photos.summary.cancelled', summary)
                  : t('photos.summary.done', summary)}
            </Alert>
          )}
        </Stack>
      </Card>
      {studio.items.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {t('photos.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {studio.items.map((item) => (
            <ResultCard
              key={item.key}
              item={item}
              busy={busy}
              selected={!deselected.has(item.key)}
              onSelect={toggle}
              onRemove={studio.remove}
            />
          ))}
        </SimpleGrid>
      )}
      {mediaIds.length > 0 &&
        !busy &&
        (onUseAsMainImages ? (
          <Group justify="flex-end">
            <Button onClick={() => onUseAsMainImages(mediaIds)} data-testid="use-as-main-images">
              {useLabel ?? t('photos.attach.useAsMain', { count: mediaIds.length })}
            </Button>
          </Group>
        ) : (
          activeStore && (
            <AttachPanel storeId={activeStore.id} mediaIds={mediaIds} initialProductId={initialProductId} />
          )
        ))}
    </Stack>
  );
}
