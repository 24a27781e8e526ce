import { memo, useState } from 'react';
import { ActionIcon, Badge, Card, Checkbox, Group, Image, List, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowRight, IconX } from '@tabler/icons-react';

import { issueText } from './issueText';
import { MediaThumb } from './MediaThumb';
import { useFileUrl } from './useMediaUrl';
import type { StudioItem } from './usePhotoStudio';
import { useT } from '../../i18n/useT';

const STATUS_COLOR = { ok: 'teal', warning: 'yellow', error: 'red', queued: 'gray', failed: 'red' } as const;
const SIZE = 112;

interface Props {
  item: StudioItem;
  selected: boolean;
  busy: boolean;
  onSelect(key: string, selected: boolean): void;
  onRemove(key: string): void;
}

/**
 * One photo: the original next to the result, its status and every issue in the user's language. Memoised with
 * key-taking callbacks, so a result arriving re-renders its own card only, not the whole grid.
 */
export const ResultCard = memo(function ResultCard({ item, selected, busy, onSelect, onRemove }: Props) {
  const { t } = useT();
  const originalUrl = useFileUrl(item.file);
  // A file that is not really an image (a renamed text file) has no preview; its issue says why.
  const [noPreview, setNoPreview] = useState(false);
  const output = item.result?.outputs[0];
  const status = item.localError ? 'failed' : (item.result?.status ?? 'queued');
  const statusLabel = item.localError ? t(`photos.local.${item.localError}`) : t(`photos.status.${status}`);
  const selectable = Boolean(item.mediaIds?.length);
  return (
    <Card withBorder padding="sm" data-testid="photo-result" data-status={status}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            {selectable && (
              <Checkbox
                size="xs"
                checked={selected}
                onChange={(e) => onSelect(item.key, e.currentTarget.checked)}
                aria-label={t('photos.result.select', { name: item.name })}
              />
            )}
            <Tooltip label={item.name}>
              <Text size="sm" fw={500} truncate>
                {item.name}
              </Text>
            </Tooltip>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Badge size="sm" variant="light" color={STATUS_COLOR[status]}>
              {statusLabel}
            </Badge>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              onClick={() => onRemove(item.key)}
              disabled={busy}
              aria-label={t('photos.result.remove', { name: item.name })}
            >
              <IconX size={14} />
            </ActionIcon>
          </Group>
        </Group>
        <Group gap="xs" wrap="nowrap" justify="center">
          {originalUrl && !noPreview ? (
            <Image
              src={originalUrl}
              alt={t('photos.result.before')}
              onError={() => setNoPreview(true)}
              w={SIZE}
              h={SIZE}
              fit="contain"
              radius="sm"
              bg="var(--mantine-color-default-hover)"
            />
          ) : (
            <Text size="xs" c="dimmed" w={SIZE} ta="center">
              {t('photos.result.onDisk')}
            </Text>
          )}
          <IconArrowRight size={16} color="var(--mantine-color-dimmed)" />
          {output ? (
            <MediaThumb media={output} size={SIZE} alt={t('photos.result.after')} framed />
          ) : (
            <div style={{ width: SIZE, height: SIZE }} />
          )}
        </Group>
        {output && (
          <Text size="xs" c="dimmed" ta="center">
            {t('photos.result.output', {
              width: output.width,
              height: output.height,
              kb: Math.round(output.bytes / 1024),
              name: output.uploadName,
            })}
          </Text>
        )}
        {item.result && item.result.issues.length > 0 && (
          <List size="xs" spacing={2}>
            {item.result.issues.map((issue, i) => (
              <List.Item key={`${issue.code}-${i}`} c={issue.severity === 'error' ? 'red' : 'yellow.8'}>
                {issueText(t, issue)}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
});
