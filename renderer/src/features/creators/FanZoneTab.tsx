import {
  Alert,
  Button,
  Card,
  Group,
  List,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import {
  checkFanZonePost,
  fanZonePostText,
  parseHashtags,
  visibleLength,
  type FanZoneProblem,
} from '@shared/creators/fanZonePost';
import type { Store } from '@shared/domain/types';
import { db } from '../../db/db';
import { SingleImageField } from '../photos';
import { useCreatorRules, useProductOptions } from './hooks';

interface Draft {
  title: string;
  intro: string;
  hashtags: string;
  productIds: string[];
  bannerId?: string;
}

const EMPTY: Draft = { title: '', intro: '', hashtags: '', productIds: [] };
const draftKey = (storeId: string) => `fanZoneDraft:${storeId}`;

function problemText(
  t: (key: string, values?: Record<string, unknown>) => string,
  problem: FanZoneProblem,
): string {
  const { code, ...values } = problem;
  return t(`creators.fanZone.problem.${code}`, values);
}

/** Compose a Fan Zone post for the seller centre, checked live against the editable rules; copy or export it. */
export function FanZoneTab({ store }: { store: Store }) {
  const { t } = useT();
  const rules = useCreatorRules();
  const products = useProductOptions(store.id);
  // null once read and absent: undefined alone would not tell "still reading" from "no draft yet".
  const stored = useLiveQuery(async () => (await db.settings.get(draftKey(store.id))) ?? null, [store.id]);
  const [draft, setDraft] = useState<Draft | undefined>();
  const [copied, setCopied] = useState(false);
  // The draft is kept in settings as it is typed, so leaving the tab or a crash loses nothing.
  useEffect(() => {
    if (draft === undefined && stored !== undefined)
      setDraft({ ...EMPTY, ...((stored?.value ?? {}) as Partial<Draft>) });
  }, [stored, draft]);
  useEffect(() => {
    if (draft) void db.settings.put({ key: draftKey(store.id), value: draft });
  }, [draft, store.id]);
  const banner = useLiveQuery(
    async () => (draft?.bannerId ? db.media.get(draft.bannerId) : undefined),
    [draft?.bannerId],
  );
  const current = draft ?? EMPTY;
  const hashtags = parseHashtags(current.hashtags);
  const post = useMemo(
    () => ({
      title: current.title,
      intro: current.intro,
      hashtags,
      productIds: current.productIds,
      ...(banner
        ? {
            banner: {
              width: banner.width,
              height: banner.height,
              bytes: banner.bytes,
              format: banner.format,
            },
          }
        : {}),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current.title, current.intro, current.hashtags, current.productIds, banner],
  );
  const problems = checkFanZonePost(post, rules);
  const update = (patch: Partial<Draft>) => {
    setCopied(false);
    setDraft({ ...current, ...patch });
  };
  const labelOf = new Map(products.map((p) => [p.value, p.label]));
  const text = fanZonePostText(
    post,
    current.productIds.map((id) => labelOf.get(id) ?? id),
  );
  const ready = problems.length === 0;
  const titleLength = visibleLength(current.title.trim());

  const exportText = () => {
    const blob = new Blob([`\uFEFF${text}`], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'fan-zone-post.txt';
    a.click();
    URL.revokeObjectURL(url);
  };

  if (!draft) return null;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Stack>
        <TextInput
          label={t('creators.fanZone.title')}
          value={current.title}
          onChange={(e) => update({ title: e.currentTarget.value })}
          description={t('creators.fanZone.counter', {
            length: titleLength,
            max: rules.fanZoneTitleMax.value,
          })}
          error={
            titleLength > rules.fanZoneTitleMax.value
              ? t('creators.fanZone.problem.titleTooLong', {
                  length: titleLength,
                  max: rules.fanZoneTitleMax.value,
                })
              : undefined
          }
        />
        <Textarea
          label={t('creators.fanZone.intro')}
          value={current.intro}
          onChange={(e) => update({ intro: e.currentTarget.value })}
          autosize
          minRows={5}
          description={t('creators.fanZone.counter', {
            length: visibleLength(current.intro),
            max: rules.fanZoneIntroMax.value,
          })}
        />
        <TextInput
          label={t('creators.fanZone.hashtags')}
          value={current.hashtags}
          onChange={(e) => update({ hashtags: e.currentTarget.value })}
          description={t('creators.fanZone.hashtagsHint', {
            n: hashtags.length,
            max: rules.fanZoneHashtagsMax.value,
          })}
        />
        <MultiSelect
          label={t('creators.fanZone.products')}
          data={products}
          value={current.productIds}
          onChange={(productIds) => update({ productIds })}
          searchable
          limit={100}
        />
        <Card withBorder>
          <Stack gap="xs">
            <SingleImageField
              storeId={store.id}
              label={t('creators.fanZone.banner')}
              mediaId={current.bannerId}
              onChange={(bannerId) => update({ bannerId })}
              preset="fan-zone-banner"
              description={t('creators.fanZone.bannerHint', {
                width: rules.bannerMinWidth.value,
                height: rules.bannerMinHeight.value,
                mb: Math.round(rules.bannerMaxBytes.value / 1024 / 1024),
                formats: rules.bannerFormats.value.join(', ').toUpperCase(),
              })}
            />
            {banner && banner.preset !== 'fan-zone-banner' && (
              <Text size="xs" c="orange.8">
                {t('creators.fanZone.notBannerPreset')}
              </Text>
            )}
          </Stack>
        </Card>
      </Stack>
      <Stack>
        {ready ? (
          <Alert color="teal" data-testid="fanzone-status">
            {t('creators.fanZone.ready')}
          </Alert>
        ) : (
          <Alert color="orange" data-testid="fanzone-status" title={t('creators.fanZone.notReady')}>
            <List size="sm">
              {problems.map((problem, index) => (
                <List.Item key={index}>{problemText(t, problem)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Card withBorder>
          <Text size="xs" c="dimmed" mb={4}>
            {t('creators.fanZone.preview')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {text}
          </Text>
        </Card>
        <Group>
          <Button
            disabled={!ready}
            onClick={() =>
              void navigator.clipboard.writeText(text).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? t('creators.fanZone.copied') : t('creators.fanZone.copy')}
          </Button>
          <Button variant="default" disabled={!ready} onClick={exportText}>
            {t('creators.fanZone.export')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('creators.fanZone.notConnected')}
        </Text>
      </Stack>
    </SimpleGrid>
  );
}
