import { useEffect, useState } from 'react';
import { Alert, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';

import type { MediaItem } from '@shared/domain/types';
import { db } from '../../db/db';
import { MediaThumb } from './MediaThumb';
import { duplicateCandidates } from './nearDuplicates';
import { useT } from '../../i18n/useT';

/** Groups of near-duplicate photos across the store's media library (perceptual hash), with thumbnails. */
export function DuplicatesSection({ storeId }: { storeId: string }) {
  const { t } = useT();
  const media = useLiveQuery(() => db.media.where('storeId').equals(storeId).toArray(), [storeId]);
  const products = useLiveQuery(() => db.products.where('storeId').equals(storeId).toArray(), [storeId]);
  const [groups, setGroups] = useState<string[][]>();

  useEffect(() => {
    if (!media) return;
    const worker = new Worker(new URL('./duplicates.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<string[][]>) => {
      setGroups(event.data);
      worker.terminate();
    };
    worker.postMessage(duplicateCandidates(media));
    return () => worker.terminate();
  }, [media]);

  if (!media || !groups) return <Loader size="sm" />;
  const byId = new Map(media.map((m) => [m.id, m]));
  const productName = (item: MediaItem) => {
    const product = products?.find((p) => p.id === item.productId);
    return product ? product.title.en || product.code : undefined;
  };
  return (
    <Stack gap="md" data-testid="duplicates">
      <Text size="sm" c="dimmed">
        {t('photos.duplicates.intro', { count: media.length })}
      </Text>
      {groups.length === 0 ? (
        <Alert color="teal">{t('photos.duplicates.none')}</Alert>
      ) : (
        groups.map((group, index) => (
          <Card withBorder key={group.join()}>
            <Stack gap="xs">
              <Title order={5}>
                {t('photos.duplicates.group', { index: index + 1, count: group.length })}
              </Title>
              <Group gap="md" align="flex-start">
                {group.flatMap((id) => {
                  const item = byId.get(id);
                  if (!item) return [];
                  return [
                    <Stack key={id} gap={2} w={140}>
                      <MediaThumb media={item} size={140} alt={item.fileName} />
                      <Text size="xs" truncate>
                        {item.sourceName ?? item.fileName}
                      </Text>
                      <Text size="xs" c="dimmed" truncate>
                        {productName(item) ?? t('photos.duplicates.unattached')}
                      </Text>
                    </Stack>,
                  ];
                })}
              </Group>
            </Stack>
          </Card>
        ))
      )}
    </Stack>
  );
}
