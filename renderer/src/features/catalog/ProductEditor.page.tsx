import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';

import { Link, useNavigate, useParams } from 'react-router';
import { checkListing } from '@shared/catalog/listingRules';
import { CATEGORIES, HOSTING_MODES, type MediaItem } from '@shared/domain/types';
import { useWorkstation } from '../../app/WorkstationContext';
import { db } from '../../db/db';
import { SwitchModeButton } from '../hosting';
import { MainImagesCard } from '../photos';
import { ListingCheckPanel } from './ListingCheckPanel';
import { AttributesCard, LogisticsCard, SkusCard, TitlesCard } from './ProductEditorSections';
import {
  formFromProduct,
  newProductForm,
  newSkuForm,
  recordsFromForm,
  type ProductForm,
  type SkuForm,
} from './productForm';
import { saveProduct } from './productRepo';
import { useT } from '../../i18n/useT';
import { isStorageFullError } from '../../db/storageErrors';
import {
  clearProductDraft,
  loadProductDraft,
  migrateLegacyProductDrafts,
  productDraftKey,
} from './productDrafts';
import { useProductDraft } from './useProductDraft';

type Editing = { form: ProductForm; skus: SkuForm[] };
const newId = (prefix: string) => `${prefix}_${crypto.randomUUID()}`;

/**
 * One editor per product and store: moving from one product (or a just-saved new one) to another starts
 * from fresh state instead of showing the previous form until the next one loads.
 */
export function ProductEditorPage() {
  const { productId = 'new' } = useParams();
  const { activeStore } = useWorkstation();
  return <ProductEditor key={`${activeStore?.id ?? ''}:${productId}`} productId={productId} />;
}

function ProductEditor({ productId }: { productId: string }) {
  const { t } = useT();
  const { activeStore } = useWorkstation();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<Editing>();
  const [dirty, setDirty] = useState(false);
  const [restored, setRestored] = useState(false);
  const [draftKey, setDraftKey] = useState<string>();
  const [missing, setMissing] = useState(false);
  const [media, setMedia] = useState<MediaItem[]>([]);
  const currency = activeStore?.currency ?? 'USD';
  const storeId = activeStore?.id;

  useEffect(() => {
    if (!storeId) return;
    let live = true;
    void (async () => {
      await migrateLegacyProductDrafts(db).catch(() => 0);
      const loaded = await loadEditing(productId, storeId);
      if (!loaded) return live && setMissing(true);
      const key = productDraftKey(loaded.form.id, storeId, productId === 'new');
      const draft = await loadProductDraft<Editing>(db, key);
      if (!live) return;
      setDraftKey(key);
      setEditing(draft?.value ?? loaded);
      setRestored(Boolean(draft));
      setDirty(Boolean(draft));
    })();
    return () => {
      live = false;
    };
  }, [productId, storeId]);

  useEffect(() => {
    if (!editing) return;
    void db.media
      .where('id')
      .anyOf([...editing.form.mainImageIds, ...editing.skus.flatMap((s) => (s.imageId ? [s.imageId] : []))])
      .toArray()
      .then(setMedia);
  }, [editing]);

  const pendingDraft = useMemo(
    () =>
      editing && draftKey
        ? { key: draftKey, storeId: editing.form.storeId, productId: editing.form.id, value: editing }
        : undefined,
    [editing, draftKey],
  );
  const cancelDraftSave = useProductDraft(pendingDraft, dirty);

  const records = useMemo(
    () => (editing ? recordsFromForm(editing.form, editing.skus, currency, Date.now()) : undefined),
    [editing, currency],
  );
  const storeMode = activeStore?.hostingMode;
  const check = useMemo(
    () => (records ? checkListing({ ...records, media, ...(storeMode ? { storeMode } : {}) }) : undefined),
    [records, media, storeMode],
  );

  const save = async () => {
    if (!editing || !records) return;
    try {
      await saveProduct(db, records.product, records.skus);
    } catch (error) {
      // The typed draft stays (in memory and, when there is room, in its draft row): nothing is lost.
      notifications.show({
        color: 'red',
        autoClose: false,
        title: t('product.saveFailed'),
        message: isStorageFullError(error)
          ? t('product.storageFull')
          : String((error as Error)?.message ?? error),
      });
      return;
    }
    // Not dirty before the draft row goes: a render caused by the save's own writes must not queue it again.
    const settled = cancelDraftSave();
    setDirty(false);
    await settled;
    if (draftKey) await clearProductDraft(db, draftKey);
    setRestored(false);
    notifications.show({ color: 'teal', message: t('product.saved') });
    if (productId === 'new') void navigate(`/catalog/${editing.form.id}`, { replace: true });
  };
  useHotkeys([['mod+s', () => void save()]], []);

  if (missing) return <Alert color="yellow">{t('product.notFound')}</Alert>;
  if (!editing || !check) return null;

  const update = (change: Partial<ProductForm>) => {
    setEditing({ ...editing, form: { ...editing.form, ...change } });
    setDirty(true);
  };
  const updateSkus = (skus: SkuForm[]) => {
    setEditing({ ...editing, skus });
    setDirty(true);
  };
  const effectiveMode =
    editing.form.hostingMode === 'store'
      ? (activeStore?.hostingMode ?? 'self-operated')
      : editing.form.hostingMode;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="xs">
          <Anchor component={Link} to="/catalog" size="sm">
            <Group gap={4}>
              <IconArrowLeft size={14} />
              {t('product.back')}
            </Group>
          </Anchor>
        </Group>
        <Group gap="xs">
          {dirty && (
            <Text size="sm" c="orange">
              {t('product.unsaved')}
            </Text>
          )}
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={() => void save()}
            data-testid="save-product"
          >
            {t('product.save')}
          </Button>
        </Group>
      </Group>
      <Title order={2}>{productId === 'new' ? t('product.new') : t('product.edit')}</Title>
      {restored && (
        <Alert color="blue" data-testid="draft-restored">
          <Group justify="space-between">
            <Text size="sm">{t('product.draftRestored')}</Text>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => {
                const settled = cancelDraftSave();
                if (draftKey) void settled.then(() => clearProductDraft(db, draftKey));
                setRestored(false);
                setDirty(false);
                void loadEditing(productId, editing.form.storeId).then((fresh) => fresh && setEditing(fresh));
              }}
            >
              {t('product.discardDraft')}
            </Button>
          </Group>
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Card withBorder>
              <Stack gap="sm">
                <Title order={4}>{t('product.general')}</Title>
                <Group grow align="flex-start">
                  <TextInput
                    label={t('product.code')}
                    value={editing.form.code}
                    onChange={(e) => update({ code: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t('product.internalName')}
                    description={t('product.internalNameHelp')}
                    value={editing.form.internalName}
                    onChange={(e) => update({ internalName: e.currentTarget.value })}
                  />
                  <Select
                    label={t('product.category')}
                    data={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                    value={editing.form.category}
                    onChange={(v) => v && update({ category: v })}
                    allowDeselect={false}
                  />
                  <Select
                    label={t('product.hostingMode')}
                    data={[
                      {
                        value: 'store',
                        label: t('product.storeDefault', {
                          mode: t(`hostingMode.${activeStore?.hostingMode ?? 'self-operated'}`),
                        }),
                      },
                      ...HOSTING_MODES.map((m) => ({ value: m, label: t(`hostingMode.${m}`) })),
                    ]}
                    value={editing.form.hostingMode}
                    onChange={(v) => v && update({ hostingMode: v as ProductForm['hostingMode'] })}
                    allowDeselect={false}
                  />
                  <SwitchModeButton
                    productId={editing.form.id}
                    onSwitched={(mode) =>
                      setEditing({
                        ...editing,
                        form: { ...editing.form, hostingMode: mode === 'store-default' ? 'store' : mode },
                      })
                    }
                  />
                </Group>
              </Stack>
            </Card>
            <TitlesCard form={editing.form} onChange={update} />
            <MainImagesCard
              storeId={editing.form.storeId}
              imageIds={editing.form.mainImageIds}
              onChange={(mainImageIds) => update({ mainImageIds })}
            />
            <SkusCard
              skus={editing.skus}
              mode={effectiveMode}
              currency={currency}
              onChange={updateSkus}
              onAdd={() => updateSkus([...editing.skus, newSkuForm(newId('sku'))])}
            />
            <LogisticsCard form={editing.form} onChange={update} />
            <AttributesCard form={editing.form} onChange={update} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ListingCheckPanel check={check} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

async function loadEditing(productId: string, storeId: string): Promise<Editing | undefined> {
  if (productId === 'new') {
    const skuId = newId('sku');
    return { form: newProductForm(newId('prd'), storeId, skuId, Date.now()), skus: [newSkuForm(skuId)] };
  }
  const product = await db.products.get(productId);
  if (!product) return undefined;
  const { skus, ...form } = formFromProduct(
    product,
    await db.skus.where('productId').equals(productId).toArray(),
  );
  return { form, skus };
}
