import { useState } from 'react';
import { Button, Card, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLink } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';

import type { Sku } from '@shared/domain/types';
import { db } from '../../db/db';
import { attachMainImages, attachSkuImage, MAX_MAIN_IMAGES } from './mediaRecords';
import { useT } from '../../i18n/useT';

interface Props {
  storeId: string;
  /** MediaItem ids of the selected results, in the order they are shown. */
  mediaIds: string[];
  initialProductId?: string;
}

const productLabel = (p: { code: string; title: { en?: string } }) =>
  [p.code, p.title.en].filter(Boolean).join(' · ') || '—';

/** Attach the selected results to a product: as its main images (in order, max six) or as one SKU's image. */
export function AttachPanel({ storeId, mediaIds, initialProductId }: Props) {
  const { t } = useT();
  const [target, setTarget] = useState<'main' | 'sku'>('main');
  const [productId, setProductId] = useState<string | null>(initialProductId ?? null);
  const [skuId, setSkuId] = useState<string | null>(null);
  const products = useLiveQuery(() => db.products.where('storeId').equals(storeId).toArray(), [storeId]);
  const skus = useLiveQuery(
    async (): Promise<Sku[]> => (productId ? db.skus.where('productId').equals(productId).toArray() : []),
    [productId],
  );
  const product = products?.find((p) => p.id === productId);

  const attach = async () => {
    if (!productId || mediaIds.length === 0) return;
    try {
      if (target === 'main') {
        const { attached, skipped } = await attachMainImages(db, productId, mediaIds);
        notifications.show({
          color: skipped > 0 ? 'yellow' : 'teal',
          message:
            skipped > 0
              ? t('photos.attach.mainSkipped', { count: attached, skipped, max: MAX_MAIN_IMAGES })
              : t('photos.attach.mainDone', { count: attached }),
        });
      } else if (skuId && mediaIds[0]) {
        await attachSkuImage(db, skuId, mediaIds[0]);
        notifications.show({ color: 'teal', message: t('photos.attach.skuDone') });
      }
    } catch (error) {
      notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <Card withBorder data-testid="attach-panel">
      <Stack gap="sm">
        <Text fw={500}>{t('photos.attach.title', { count: mediaIds.length })}</Text>
        <SegmentedControl
          value={target}
          onChange={(v) => setTarget(v as 'main' | 'sku')}
          data={[
            { value: 'main', label: t('photos.attach.asMain') },
            { value: 'sku', label: t('photos.attach.asSku') },
          ]}
        />
        <Group grow align="flex-end">
          <Select
            label={t('photos.attach.product')}
            placeholder={t('photos.attach.searchProduct')}
            searchable
            limit={50}
            nothingFoundMessage={t('photos.attach.noProduct')}
            data={(products ?? []).map((p) => ({ value: p.id, label: productLabel(p) }))}
            value={productId}
            onChange={(v) => {
              setProductId(v);
              setSkuId(null);
            }}
          />
          {target === 'sku' && (
            <Select
              label={t('photos.attach.sku')}
              data={(skus ?? []).map((s) => ({
                value: s.id,
                label: [s.code, ...Object.values(s.options)].filter(Boolean).join(' · ') || s.id,
              }))}
              value={skuId}
              onChange={setSkuId}
              disabled={!productId}
            />
          )}
        </Group>
        {product && target === 'main' && (
          <Text size="xs" c="dimmed">
            {t('photos.attach.mainHint', { count: product.mainImageIds.length, max: MAX_MAIN_IMAGES })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            leftSection={<IconLink size={16} />}
            disabled={!productId || mediaIds.length === 0 || (target === 'sku' && !skuId)}
            onClick={() => void attach()}
          >
            {target === 'main' ? t('photos.attach.attachMain') : t('photos.attach.attachSku')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
