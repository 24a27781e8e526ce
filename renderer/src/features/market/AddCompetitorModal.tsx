import { useState } from 'react';
import {
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  MultiSelect,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useT } from '../../i18n/useT';
import { parseAliExpressRef } from '@shared/market/itemId';
import type { ParsedListing } from '@shared/market/listingParse';
import { db } from '../../db/db';
import { addSnapshots, saveCompetitor } from './data/competitors';
import { ParsedNotice } from './ParsedNotice';
import { PastePanel, missingFields } from './PastePanel';
import { SnapshotFields } from './SnapshotFields';
import { emptySnapshotForm, formFromParsed, snapshotFromForm, type SnapshotFormValues } from './snapshotForm';

interface Props {
  opened: boolean;
  onClose(): void;
  storeId: string;
  storeCurrency: string;
  products: { value: string; label: string }[];
  now(): number;
}

/** Adding a competitor: item link or id, the pasted page read into editable fields, links to own products. */
export function AddCompetitorModal({ opened, onClose, storeId, storeCurrency, products, now }: Props) {
  const { t } = useT();
  const [ref, setRef] = useState('');
  const [parsed, setParsed] = useState<ParsedListing | null>(null);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [productIds, setProductIds] = useState<string[]>([]);
  const [form, setForm] = useState<SnapshotFormValues>(() => emptySnapshotForm(now(), storeCurrency));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const refResult = ref.trim() === '' ? null : parseAliExpressRef(ref);
  const refError =
    refResult?.kind === 'invalid'
      ? t('market.add.refInvalid')
      : refResult?.kind === 'store'
        ? t('market.add.refStore')
        : refResult?.kind === 'short-link'
          ? t('market.add.refShort')
          : null;

  const onParsed = (result: ParsedListing) => {
    setParsed(result);
    if (result.price === null) return;
    setForm(formFromParsed(result, now(), storeCurrency));
    if (result.store) setName(result.store);
    if (result.title) setTitle(result.title);
    if (result.itemId && ref.trim() === '') setRef(result.itemId);
  };

  const reset = () => {
    setRef('');
    setParsed(null);
    setName('');
    setTitle('');
    setCategory('');
    setTags([]);
    setNotes('');
    setProductIds([]);
    setForm(emptySnapshotForm(now(), storeCurrency));
    setError(null);
  };

  const save = async () => {
    if (name.trim() === '') return setError(t('market.add.nameRequired'));
    const item = refResult?.kind === 'item' ? refResult : null;
    const snapshot =
      form.price === '' ? null : snapshotFromForm(form, title, parsed?.price ? 'paste' : 'manual');
    setSaving(true);
    try {
      const competitor = await saveCompetitor(
        db,
        storeId,
        {
          name,
          url: item?.url ?? '',
          ...(item ? { itemId: item.itemId } : {}),
          listingTitle: title,
          category,
          tags,
          notes,
          productIds,
        },
        now(),
      );
      if (snapshot) await addSnapshots(db, competitor, [snapshot]);
      reset();
      onClose();
    } catch (caught) {
      setError(
        t('market.errors.saveFailed', { message: caught instanceof Error ? caught.message : String(caught) }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('market.add.title')} size="xl">
      <Stack gap="sm">
        <TextInput
          label={t('market.add.ref')}
          description={t('market.add.refHelp')}
          value={ref}
          onChange={(e) => setRef(e.currentTarget.value)}
          error={refError}
        />
        <PastePanel onParsed={onParsed} />
        {parsed && <ParsedNotice parsed={parsed} />}
        <Divider />
        <Group grow align="flex-start">
          <TextInput
            label={t('market.add.storeName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
          />
          <TextInput
            label={t('market.add.category')}
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value)}
          />
        </Group>
        <TextInput
          label={t('market.add.listingTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <SnapshotFields value={form} onChange={setForm} missing={missingFields(parsed)} />
        <MultiSelect
          label={t('market.add.products')}
          data={products}
          value={productIds}
          onChange={setProductIds}
          searchable
          clearable
        />
        <Group grow align="flex-start">
          <TagsInput label={t('market.add.tags')} value={tags} onChange={setTags} />
          <Textarea
            label={t('market.add.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
          />
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={saving}>
            {t('market.add.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
