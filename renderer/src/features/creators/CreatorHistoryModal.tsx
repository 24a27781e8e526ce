import { Anchor, Button, Group, Modal, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useT } from '../../i18n/useT';
import type { CreatorRow } from '@shared/creators/types';
import type { Store } from '@shared/domain/types';
import { useMoney } from '../../app/useMoney';
import { localeOf } from '../../i18n';
import { CampaignResultCells, CampaignResultHeads } from './CampaignResultCells';
import { count, date, percent } from './format';
import { useCampaigns } from './hooks';
import type { AttributionState } from './useAttribution';

interface Props {
  store: Store;
  creator: CreatorRow;
  attribution: AttributionState;
  onClose(): void;
  onEdit(): void;
}

/** A creator's card: who they are, every campaign with them and its results, and their totals. */
export function CreatorHistoryModal({ store, creator, attribution, onClose, onEdit }: Props) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const money = useMoney();
  const campaigns = (useCampaigns(store.id) ?? []).filter((c) => c.influencerId === creator.id);
  const results = attribution.kind === 'ready' ? attribution.value.results : {};
  const totals = attribution.kind === 'ready' ? attribution.value.creators[creator.id] : undefined;
  const facts: [string, string][] = [
    [t('creators.field.platform'), t(`creators.platform.${creator.platform}`)],
    [t('creators.field.country'), creator.country ?? '—'],
    [t('creators.field.language'), creator.language ?? '—'],
    [t('creators.field.followers'), count(creator.followers, locale)],
    [t('creators.field.engagement'), percent(creator.engagementRate, locale)],
    [
      t('creators.field.rateCard', { currency: creator.rateCard?.currency ?? store.currency }),
      creator.rateCard ? money.format(creator.rateCard.amount, creator.rateCard.currency) : '—',
    ],
    [t('creators.field.contact'), creator.contact ?? '—'],
    [t('creators.field.tags'), creator.tags.join(', ') || '—'],
  ];
  return (
    <Modal opened onClose={onClose} title={creator.handle} size="xl">
      <Stack>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {facts.map(([label, value]) => (
            <Stack key={label} gap={0}>
              <Text size="xs" c="dimmed">
                {label}
              </Text>
              <Text size="sm">{value}</Text>
            </Stack>
          ))}
        </SimpleGrid>
        {creator.profileUrl && (
          <Anchor href={creator.profileUrl} target="_blank" rel="noreferrer" size="sm">
            {creator.profileUrl}
          </Anchor>
        )}
        {creator.notes && <Text size="sm">{creator.notes}</Text>}
        <Text fw={600}>{t('creators.history.title')}</Text>
        {campaigns.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('creators.history.none')}
          </Text>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('creators.field.campaign')}</Table.Th>
                <Table.Th>{t('creators.field.start')}</Table.Th>
                <CampaignResultHeads />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {campaigns.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{date(c.startsAt, locale)}</Table.Td>
                  <CampaignResultCells result={results[c.id]} currency={store.currency} />
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {totals && (
          <Text size="sm">
            {t('creators.history.totals', {
              campaigns: totals.campaigns,
              orders: totals.orders,
              gmv: money.format(totals.gmv, store.currency),
              cost: money.format(totals.cost, store.currency),
              margin: totals.margin === null ? '—' : money.format(totals.margin, store.currency),
              best:
                totals.bestCostPerOrder === null
                  ? '—'
                  : money.format(Math.round(totals.bestCostPerOrder), store.currency),
            })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onEdit}>
            {t('creators.edit')}
          </Button>
          <Button onClick={onClose}>{t('creators.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
