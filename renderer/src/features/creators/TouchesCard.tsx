import { Anchor, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { TOUCH_KINDS, type CampaignRow, type TouchKind } from '@shared/creators/types';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { deleteTouch, saveTouch } from './data/writes';
import { dateTime, fromLocalInput, toLocalInput } from './format';
import { RemoveButton, RowsTable } from './RowsTable';

/** The posts and LIVE sessions of a campaign: each starts an attribution window. Times can be moved. */
export function TouchesCard({ campaign }: { campaign: CampaignRow }) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const touches = useLiveQuery(
    async () =>
      (await db.campaignTouches.where('campaignId').equals(campaign.id).toArray())
        .filter((touch) => !touch.deletedAt)
        .sort((a, b) => a.at - b.at),
    [campaign.id],
  );
  const [kind, setKind] = useState<TouchKind>(campaign.kind === 'live' ? 'live' : 'post');
  const [at, setAt] = useState(toLocalInput(Date.now()));
  const [url, setUrl] = useState('');
  const [tried, setTried] = useState(false);
  const when = fromLocalInput(at);
  const urlOk = url === '' || /^https?:\/\/\S+$/u.test(url);
  const add = async () => {
    setTried(true);
    if (when === undefined || !urlOk) return;
    await saveTouch(db, {
      storeId: campaign.storeId,
      campaignId: campaign.id,
      kind,
      at: when,
      ...(url ? { url } : {}),
    });
    setUrl('');
    setTried(false);
  };
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Text fw={600}>{t('creators.touches.title')}</Text>
        <Text size="xs" c="dimmed">
          {t('creators.touches.hint', { days: campaign.windowDays })}
        </Text>
        <RowsTable
          rows={touches}
          empty={t('creators.touches.none')}
          columns={[
            { head: t('creators.touches.kind'), cell: (touch) => t(`creators.touchKind.${touch.kind}`) },
            { head: t('creators.touches.at'), cell: (touch) => dateTime(touch.at, locale) },
            {
              head: t('creators.touches.url'),
              cell: (touch) =>
                touch.url ? (
                  <Anchor href={touch.url} target="_blank" rel="noreferrer" size="sm">
                    {touch.url}
                  </Anchor>
                ) : (
                  '—'
                ),
            },
          ]}
          action={(touch) => <RemoveButton onRemove={() => deleteTouch(db, touch.id)} />}
        />
        <Group align="flex-start" wrap="wrap">
          <Select
            label={t('creators.touches.kind')}
            data={TOUCH_KINDS.map((k) => ({ value: k, label: t(`creators.touchKind.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v as TouchKind)}
            allowDeselect={false}
            w={140}
          />
          <TextInput
            type="datetime-local"
            label={t('creators.touches.at')}
            value={at}
            onChange={(e) => setAt(e.currentTarget.value)}
            error={tried && when === undefined ? t('creators.touches.atInvalid') : undefined}
          />
          <TextInput
            label={t('creators.touches.url')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={!urlOk ? t('creators.form.urlInvalid') : undefined}
            w={300}
          />
          <Button mt={24} onClick={() => void add()}>
            {t('creators.touches.add')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
