import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Modal,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from '../../db/db';
import { MediaThumb } from './MediaThumb';
import { useT } from '../../i18n/useT';

interface Props {
  storeId: string;
  /** Already used: shown, not selectable again. */
  exclude: readonly string[];
  room: number;
  onClose(): void;
  onPick(mediaIds: string[]): void;
}

/** Newest images first, capped: a picker is for recent work; older images are found through the studio. */
const SHOWN = 120;

/** Pick images from the store's media library, in the order clicked (that becomes their order on the listing). */
export function LibraryPickerModal({ storeId, exclude, room, onClose, onPick }: Props) {
  const { t } = useT();
  const media = useLiveQuery(
    async () =>
      (await db.media.where('storeId').equals(storeId).reverse().sortBy('createdAt')).slice(0, SHOWN),
    [storeId],
  );
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) =>
    setPicked((list) =>
      list.includes(id) ? list.filter((x) => x !== id) : list.length < room ? [...list, id] : list,
    );
  return (
    <Modal opened onClose={onClose} title={t('photos.library.title')} size="xl">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('photos.library.hint', { room })}
        </Text>
        {media && media.length === 0 && <Text c="dimmed">{t('photos.library.empty')}</Text>}
        <ScrollArea.Autosize mah="60vh">
          <SimpleGrid cols={{ base: 3, md: 5 }}>
            {(media ?? []).map((item) => {
              const used = exclude.includes(item.id);
              const order = picked.indexOf(item.id);
              return (
                <UnstyledButton
                  key={item.id}
                  disabled={used}
                  onClick={() => toggle(item.id)}
                  aria-pressed={order >= 0}
                  aria-label={item.fileName}
                  style={{
                    opacity: used ? 0.4 : 1,
                    outline: order >= 0 ? '2px solid var(--mantine-primary-color-filled)' : undefined,
                    borderRadius: 4,
                    position: 'relative',
                  }}
                >
                  <MediaThumb media={item} size={120} alt={item.fileName} />
                  {order >= 0 && (
                    <Badge size="sm" style={{ position: 'absolute', top: 4, left: 4 }}>
                      {order + 1}
                    </Badge>
                  )}
                  <Text size="xs" truncate>
                    {item.width}×{item.height} · {item.sourceName ?? item.fileName}
                  </Text>
                </UnstyledButton>
              );
            })}
          </SimpleGrid>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('photos.cancel')}
          </Button>
          <Button disabled={picked.length === 0} onClick={() => onPick(picked)}>
            {t('photos.library.add', { count: picked.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
