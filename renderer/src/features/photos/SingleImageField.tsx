import { Button, Group, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from '../../db/db';
import { ImageSourceButtons } from './ImageSourceButtons';
import { MediaThumb } from './MediaThumb';
import { useT } from '../../i18n/useT';

interface Props {
  storeId: string;
  label: string;
  mediaId: string | undefined;
  onChange(mediaId: string | undefined): void;
  /** The studio's preset for a new picture (default: the main-image preset). */
  preset?: string;
  /** What the field says under its label (size and rules), instead of the file's name and size. */
  description?: string;
}

/**
 * One picture kept as a local copy in the store's media library: chosen from the library or made from a saved file
 * with the photo studio (a competitor's main image, a banner). Nothing is fetched from the internet.
 */
export function SingleImageField({ storeId, label, mediaId, onChange, preset, description }: Props) {
  const { t } = useT();
  const media = useLiveQuery(async () => (mediaId ? db.media.get(mediaId) : undefined), [mediaId]);
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap" data-testid="single-image">
      <MediaThumb media={media} size={96} alt={media?.fileName ?? label} framed />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        {description && (
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {media
            ? `${media.fileName} · ${media.width}×${media.height} · ${media.format.toUpperCase()} · ${Math.round(media.bytes / 1024)} KB`
            : t('photos.singleImage.none')}
        </Text>
        <Group gap="xs">
          <ImageSourceButtons
            storeId={storeId}
            room={1}
            exclude={mediaId ? [mediaId] : []}
            onPick={(ids) => ids[0] && onChange(ids[0])}
            labels={{
              library: t('photos.singleImage.fromLibrary'),
              studio: t('photos.singleImage.fromFile'),
              studioTitle: label,
              use: t('photos.singleImage.use'),
            }}
            {...(preset ? { preset } : {})}
          />
          {mediaId && (
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              leftSection={<IconX size={14} />}
              onClick={() => onChange(undefined)}
            >
              {t('photos.singleImage.remove')}
            </Button>
          )}
        </Group>
      </Stack>
    </Group>
  );
}
