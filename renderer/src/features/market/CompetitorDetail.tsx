import { useEffect, useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../i18n/useT';
import { convertMinor } from '@shared/analytics/money';
import type { ParsedListing } from '@shared/market/listingParse';
import { useMoney } from '../../app/useMoney';
import { db } from '../../db/db';
import {
  addSnapshots,
  deleteCompetitor,
  loadSnapshots,
  saveCompetitor,
  setCompetitorImage,
  type CompetitorRow,
} from './data/competitors';
import { SingleImageField } from '../photos';
import { soldText, velocityText } from './format';
import { HistoryChart, type OwnLine } from './HistoryChart';
import { ownPriceSteps, productTitle, type OwnProduct } from './ownPrices';
import { ParsedNotice } from './ParsedNotice';
import { PastePanel, missingFields } from './PastePanel';
import { SnapshotFields } from './SnapshotFields';
import { emptySnapshotForm, formFromParsed, snapshotFromForm, type SnapshotFormValues } from './snapshotForm';
import { localeOf } from '../../i18n';

interface Props {
  row: CompetitorRow | null;
  onClose(): void;
  ownProducts: OwnProduct[];
  now(): number;
}

/** One competitor: price history with the own price, sold history, velocity, new snapshots, links. */
export function CompetitorDetail({ row, onClose, ownProducts, now }: Props) {
  const { t, i18n } = useT();
  const money = useMoney();
  const competitor = row?.competitor;
  const snapshots = useLiveQuery(
    async () => (competitor ? loadSnapshots(db, competitor.id) : []),
    [competitor?.id, row?.summary?.snapshotCount],
  );
  const linked = ownProducts.filter((own) => row?.productIds.includes(own.product.id));
  const firstLinked = linked[0];
  const [ownLine, setOwnLine] = useState<OwnLine | null>(null);
  const currency = snapshots?.at(-1)?.price.currency ?? 'USD';
  useEffect(() => {
    if (!firstLinked) return setOwnLine(null);
    let alive = true;
    void ownPriceSteps(db, firstLinked, now()).then((steps) => {
      if (!alive) return;
      const convert = (amount: number) => convertMinor(amount, firstLinked.currency, currency, money.rates);
      setOwnLine({
        label: t('market.detail.ownPrice', { product: productTitle(firstLinked.product) }),
        steps: steps.slice(0, -1).map((s) => ({ at: s.at, amount: convert(s.amount) })),
        current: firstLinked.price === null ? null : convert(firstLinked.price),
      });
    });
    return () => {
      alive = false;
    };
  }, [firstLinked, currency, money.rates, now, t]);

  const [mode, setMode] = useState<'paste' | 'manual'>('paste');
  const [adding, setAdding] = useState(false);
  const [parsed, setParsed] = useState<ParsedListing | null>(null);
  const [form, setForm] = useState<SnapshotFormValues>(() => emptySnapshotForm(now()));
  const [message, setMessage] = useState<string | null>(null);
  if (!row || !competitor) return null;
  const summary = row.summary;

  const startAdding = () => {
    setForm(emptySnapshotForm(now(), summary?.currency ?? 'USD'));
    setParsed(null);
    setAdding(true);
    setMessage(null);
  };
  const saveSnapshot = async () => {
    const snapshot = snapshotFromForm(
      form,
      competitor.listingTitle ?? '',
      parsed?.price ? 'paste' : 'manual',
    );
    if (!snapshot)
      return setMessage(form.day ? t('market.snapshot.priceRequired') : t('market.snapshot.dateRequired'));
    await addSnapshots(db, competitor, [snapshot]);
    setAdding(false);
    setMessage(t('market.snapshot.saved'));
  };
  const setLinks = async (productIds: string[]) => {
    await saveCompetitor(
      db,
      competitor.storeId,
      {
        name: competitor.name,
        url: competitor.url,
        ...(competitor.itemId ? { itemId: competitor.itemId } : {}),
        ...(competitor.listingTitle ? { listingTitle: competitor.listingTitle } : {}),
        category: competitor.category,
        tags: competitor.tags ?? [],
        notes: competitor.notes ?? '',
        productIds,
      },
      now(),
      competitor.id,
    );
  };
  const remove = async () => {
    if (!window.confirm(t('market.detail.deleteConfirm', { name: competitor.name }))) return;
    await deleteCompetitor(db, competitor.id, now());
    onClose();
  };

  const shown = summary
    ? soldText(summary.latestSold, summary.latestSoldRounded, localeOf(i18n.language))
    : '—';
  return (
    <Modal opened onClose={onClose} size="xl" title={competitor.name}>
      <Stack gap="sm">
        {competitor.listingTitle && <Text size="sm">{competitor.listingTitle}</Text>}
        <SingleImageField
          storeId={competitor.storeId}
          label={t('market.detail.image')}
          mediaId={competitor.imageId}
          onChange={(id) => void setCompetitorImage(db, competitor.id, id, now())}
        />
        <Group gap="xs">
          {(competitor.tags ?? []).map((tag) => (
            <Badge key={tag} variant="light">
              {tag}
            </Badge>
          ))}
          {competitor.url && (
            <Anchor href={competitor.url} target="_blank" size="sm">
              {t('market.detail.open')}
            </Anchor>
          )}
          <Text size="sm" c="dimmed">
            {t('market.detail.snapshots', { count: summary?.snapshotCount ?? 0 })}
          </Text>
        </Group>
        {competitor.notes && (
          <Text size="sm" c="dimmed">
            {competitor.notes}
          </Text>
        )}
        <MultiSelect
          label={t('market.competitors.linked')}
          data={ownProducts.map((own) => ({ value: own.product.id, label: productTitle(own.product) }))}
          value={row.productIds}
          onChange={(ids) => void setLinks(ids)}
          searchable
        />
        <Title order={5}>{t('market.detail.history')}</Title>
        {snapshots && snapshots.length > 0 ? (
          <div role="img" aria-label={t('market.detail.history')}>
            <HistoryChart snapshots={snapshots} own={ownLine} metric="price" />
          </div>
        ) : (
          <Text c="dimmed">{t('market.detail.noHistory')}</Text>
        )}
        {snapshots && snapshots.length > 1 && <HistoryChart snapshots={snapshots} own={null} metric="sold" />}
        <Stack gap={2} aria-label={t('market.velocity.title')} role="group">
          <Text fw={600}>
            {t('market.velocity.title')}:{' '}
            <span data-testid="velocity">{velocityText(t, summary?.velocity ?? null)}</span>
          </Text>
          {summary?.velocity?.isRange && (
            <Text size="sm" c="dimmed">
              {t('market.velocity.rangeNote', { shown })}
            </Text>
          )}
          {!summary?.velocity && (
            <Text size="sm" c="dimmed">
              {t('market.velocity.none')}
            </Text>
          )}
        </Stack>
        {message && <Alert color="blue">{message}</Alert>}
        {adding ? (
          <Stack gap="sm">
            <SegmentedControl
              value={mode}
              onChange={(v) => setMode(v as 'paste' | 'manual')}
              data={[
                { value: 'paste', label: t('market.snapshot.pasteMode') },
                { value: 'manual', label: t('market.snapshot.manualMode') },
              ]}
            />
            {mode === 'paste' && (
              <PastePanel
                onParsed={(result) => {
                  setParsed(result);
                  if (result.price) setForm({ ...formFromParsed(result, now(), currency), day: form.day });
                }}
              />
            )}
            {parsed && mode === 'paste' && <ParsedNotice parsed={parsed} />}
            <SnapshotFields
              value={form}
              onChange={setForm}
              missing={mode === 'paste' ? missingFields(parsed) : undefined}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAdding(false)}>
                {t('market.snapshot.cancel')}
              </Button>
              <Button onClick={() => void saveSnapshot()}>{t('market.snapshot.save')}</Button>
            </Group>
          </Stack>
        ) : (
          <Group justify="space-between">
            <Button color="red" variant="subtle" onClick={() => void remove()}>
              {t('market.detail.delete')}
            </Button>
            <Button onClick={startAdding}>{t('market.snapshot.add')}</Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
