import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useSearchParams } from 'react-router';
import type { Store } from '@shared/domain/types';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { CampaignDetail } from './CampaignDetail';
import { CampaignFormModal } from './CampaignFormModal';
import { CampaignResultCells, CampaignResultHeads } from './CampaignResultCells';
import { date } from './format';
import { useCampaigns, useCreators } from './hooks';
import type { AttributionState } from './useAttribution';

export function CampaignsTab({ store, attribution }: { store: Store; attribution: AttributionState }) {
  const [params, setParams] = useSearchParams();
  const openId = params.get('campaign');
  const open = (id: string | undefined) =>
    setParams(id ? { tab: 'campaigns', campaign: id } : { tab: 'campaigns' }, { replace: false });
  const opened = useLiveQuery(
    async () => (openId ? ((await db.campaigns.get(openId)) ?? null) : null),
    [openId],
  );
  if (openId && opened === undefined) return null;
  if (opened && !opened.deletedAt)
    return (
      <CampaignDetail
        store={store}
        campaign={opened}
        attribution={attribution}
        onBack={() => open(undefined)}
      />
    );
  return <CampaignsList store={store} attribution={attribution} open={open} />;
}

/** Every campaign with its results; opening one shows only that campaign (its page reads one row). */
function CampaignsList({
  store,
  attribution,
  open,
}: {
  store: Store;
  attribution: AttributionState;
  open(id: string | undefined): void;
}) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const campaigns = useCampaigns(store.id);
  const creators = useCreators(store.id);
  const [adding, setAdding] = useState(false);
  const handleOf = new Map((creators ?? []).map((c) => [c.id, c.handle]));
  const results = attribution.kind === 'ready' ? attribution.value.results : {};
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {attribution.kind === 'ready'
            ? t('creators.campaigns.summary', {
                n: campaigns?.length ?? 0,
                unattributed: attribution.value.unattributed,
              })
            : attribution.kind === 'failed'
              ? t('creators.campaigns.failed', { error: attribution.error })
              : t('creators.campaigns.computing')}
        </Text>
        <Button onClick={() => setAdding(true)}>{t('creators.campaigns.add')}</Button>
      </Group>
      {attribution.kind === 'ready' &&
        attribution.value.ordersWithCode === 0 &&
        (campaigns ?? []).some((c) => c.codes.length > 0) && (
          <Alert color="gray" variant="light">
            {t('creators.campaigns.noCodesInOrders')}
          </Alert>
        )}
      {campaigns && campaigns.length === 0 ? (
        <Text c="dimmed" p="xl" ta="center">
          {t('creators.campaigns.empty')}
        </Text>
      ) : (
        <Table striped highlightOnHover aria-label={t('creators.campaigns.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('creators.field.campaign')}</Table.Th>
              <Table.Th>{t('creators.field.creator')}</Table.Th>
              <Table.Th>{t('creators.field.kind')}</Table.Th>
              <Table.Th>{t('creators.field.status')}</Table.Th>
              <Table.Th>{t('creators.field.start')}</Table.Th>
              <CampaignResultHeads />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(campaigns ?? []).map((c) => (
              <Table.Tr key={c.id} data-testid={`campaign-row-${c.name}`}>
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => open(c.id)}>
                    {c.name}
                  </Button>
                </Table.Td>
                <Table.Td>
                  {c.influencerId ? (handleOf.get(c.influencerId) ?? '—') : t('creators.campaigns.ownStore')}
                </Table.Td>
                <Table.Td>{t(`creators.kind.${c.kind}`)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" size="sm">
                    {t(`creators.status.${c.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{date(c.startsAt, locale)}</Table.Td>
                <CampaignResultCells result={results[c.id]} currency={store.currency} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {adding && (
        <CampaignFormModal store={store} onClose={() => setAdding(false)} onSaved={(id) => open(id)} />
      )}
    </Stack>
  );
}
