import { ActionIcon, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconX } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from '../../db/db';
import { ImageSourceButtons } from './ImageSourceButtons';
import { MediaThumb } from './MediaThumb';
import { appendMainImages, MAX_MAIN_IMAGES, moveItem } from './mediaRecords';
import { useT } from '../../i18n/useT';

interface Props {
  storeId: string;
  /** The main images' media ids, in the order buyers see them. */
  imageIds: string[];
  onChange(imageIds: string[]): void;
}

/**
 * The product's main images in the order buyers see them: reorder, remove, add from the library or process new
 * photos in the studio (in a modal, so unsaved edits stay in the form). Changes go to the owner's form like every
 * other field, so the live listing check sees them at once and Save writes them.
 */
export function MainImagesCard({ storeId, imageIds: ids, onChange }: Props) {
  const { t } = useT();
  const media = useLiveQuery(() => db.media.bulkGet(ids), [ids.join()]);
  const setIds = onChange;
  const add = (added: string[]) => setIds(appendMainImages(ids, added).ids);
  const room = MAX_MAIN_IMAGES - ids.length;

  return (
    <Card withBorder data-testid="main-images">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('photos.mainImages.title', { count: ids.length, max: MAX_MAIN_IMAGES })}</Title>
          <Group gap="xs">
            <ImageSourceButtons
              storeId={storeId}
              room={room}
              exclude={ids}
              onPick={add}
              labels={{
                library: t('photos.mainImages.fromLibrary'),
                studio: t('photos.mainImages.processNew'),
                studioTitle: t('photos.title'),
              }}
              studioTestId="process-new-photos"
            />
          </Group>
        </Group>
        {ids.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('photos.mainImages.none')}
          </Text>
        ) : (
          <Group gap="sm" align="flex-start">
            {ids.map((id, index) => {
              const item = media?.[index];
              return (
                <Stack key={id} gap={4} align="center" data-testid="main-image">
                  <MediaThumb
                    media={item}
                    size={110}
                    alt={item?.fileName ?? t('photos.mainImages.missing')}
                  />
                  <Text size="xs" c={index === 0 ? undefined : 'dimmed'} fw={index === 0 ? 600 : undefined}>
                    {index === 0 ? t('photos.mainImages.cover') : `${index + 1}`}
                    {item ? ` · ${item.width}×${item.height}` : ''}
                  </Text>
                  <Group gap={2}>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      onClick={() => setIds(moveItem(ids, index, -1))}
                      disabled={index === 0}
                      aria-label={t('photos.mainImages.moveLeft')}
                    >
                      <IconArrowLeft size={14} />
                    </ActionIcon>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      onClick={() => setIds(moveItem(ids, index, 1))}
                      disabled={index === ids.length - 1}
                      aria-label={t('photos.mainImages.moveRight')}
                    >
                      <IconArrowRight size={14} />
                    </ActionIcon>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setIds(ids.filter((x) => x !== id))}
                      aria-label={t('photos.mainImages.remove')}
                    >
                      <IconX size={14} />
                    </ActionIcon>
                  </Group>
                </Stack>
              );
            })}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
