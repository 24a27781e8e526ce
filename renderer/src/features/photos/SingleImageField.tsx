import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconLibraryPhoto, IconPhotoPlus, IconX } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from '../../db/db';
import { LibraryPickerModal } from './LibraryPickerModal';
import { MediaThumb } from './MediaThumb';
import { PhotoStudio } from './PhotoStudio';
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
  const [dialog, setDialog] = useState<'library' | 'studio'>();
  const media = useLiveQuery(async () => (mediaId ? db.media.get(mediaId) : undefined), [mediaId]);
  const choose = (ids: readonly string[]) => {
    if (ids[0]) onChange(ids[0]);
    setDialog(undefined);
  };
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
          <Button
            size="xs"
            variant="default"
            leftSection={<IconLibraryPhoto size={14} />}
            onClick={() => setDialog('library')}
          >
            {t('photos.singleImage.fromLibrary')}
          </Button>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPhotoPlus size={14} />}
            onClick={() => setDialog('studio')}
          >
            {t('photos.singleImage.fromFile')}
          </Button>
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
      {dialog === 'library' && (
        <LibraryPickerModal
          storeId={storeId}
          exclude={mediaId ? [mediaId] : []}
          room={1}
          onClose={() => setDialog(undefined)}
          onPick={choose}
        />
      )}
      <Modal opened={dialog === 'studio'} onClose={() => setDialog(undefined)} title={label} size="90%">
        {dialog === 'studio' && (
          <PhotoStudio
            onUseAsMainImages={choose}
            useLabel={t('photos.singleImage.use')}
            {...(preset ? { initialPreset: preset } : {})}
          />
        )}
      </Modal>
    </Group>
  );
}
