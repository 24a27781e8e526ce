import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import type { CampaignRow } from '@shared/creators/types';
import type { Store } from '@shared/domain/types';
import { useMoney } from '../../app/useMoney';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { CampaignFormModal } from './CampaignFormModal';
import { marginText } from './CampaignResultCells';
import { deleteCampaign } from './data/writes';
import { count, date, percent, ratio } from './format';
import { useProductOptions } from './hooks';
import { SamplesCard } from './SamplesCard';
import { TouchesCard } from './TouchesCard';
import type { AttributionState } from './useAttribution';

interface Props {
  store: Store;
  campaign: CampaignRow;
  attribution: AttributionState;
  onBack(): void;
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/** One campaign: its deal, its results by the attribution rules, its touches and samples. */
export function CampaignDetail({ store, campaign, attribution, onBack }: Props) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const money = useMoney();
  const creator = useLiveQuery(
    async () => (campaign.influencerId ? db.influencers.get(campaign.influencerId) : undefined),
    [campaign.influencerId],
  );
  const products = useProductOptions(store.id);
  const [editing, setEditing] = useState(false);
  const result = attribution.kind === 'ready' ? attribution.value.results[campaign.id] : undefined;
  const productLabel = new Map(products.map((p) => [p.value, p.label]));
  const fmt = (minor: number) => money.format(minor, store.currency);
  const lift = result?.lift;
  const margin = result ? marginText(result, fmt, t) : undefined;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group>
          <Button variant="subtle" onClick={onBack}>
            {t('creators.back')}
          </Button>
          <Title order={3}>{campaign.name}</Title>
          <Badge variant="light">{t(`creators.status.${campaign.status}`)}</Badge>
        </Group>
        <Group>
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('creators.edit')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            onClick={() => {
              if (window.confirm(t('creators.campaign.deleteConfirm', { name: campaign.name }))) {
                void deleteCampaign(db, campaign.id).then(onBack);
              }
            }}
          >
            {t('creators.delete')}
          </Button>
        </Group>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Figure
            label={t('creators.field.creator')}
            value={creator?.handle ?? t('creators.campaigns.ownStore')}
          />
          <Figure label={t('creators.field.kind')} value={t(`creators.kind.${campaign.kind}`)} />
          <Figure
            label={t('creators.field.dates')}
            value={`${date(campaign.startsAt, locale)} – ${date(campaign.endsAt, locale)}`}
          />
          <Figure
            label={t('creators.field.windowDays')}
            value={t('creators.campaign.days', { n: campaign.windowDays })}
          />
          <Figure label={t('creators.field.commission')} value={percent(campaign.commissionRate, locale)} />
          <Figure
            label={t('creators.field.fixedFee', { currency: store.currency })}
            value={fmt(campaign.fixedFee.amount)}
          />
          <Figure label={t('creators.field.codes')} value={campaign.codes.join(', ') || '—'} />
          <Figure
            label={t('creators.field.products')}
            value={
              campaign.productIds.length === 0
                ? t('creators.campaign.allProducts')
                : campaign.productIds.map((id) => productLabel.get(id) ?? id).join('; ')
            }
          />
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Stack gap="sm">
          <Text fw={600}>{t('creators.campaign.results')}</Text>
          {!result ? (
            <Text size="sm" c="dimmed">
              {attribution.kind === 'failed'
                ? t('creators.campaigns.failed', { error: attribution.error })
                : t('creators.campaigns.computing')}
            </Text>
          ) : (
            <>
              <SimpleGrid cols={{ base: 2, md: 5 }}>
                <Figure
                  label={t('creators.result.orders')}
                  value={count(result.orders, locale)}
                  testId="campaign-orders"
                />
                <Figure label={t('creators.result.gmv')} value={fmt(result.gmv)} testId="campaign-gmv" />
                <Figure
                  label={t('creators.result.refunded')}
                  value={count(result.refundedOrders, locale)}
                  testId="campaign-refunded"
                />
                <Figure label={t('creators.result.cost')} value={fmt(result.cost)} testId="campaign-cost" />
                <Figure
                  label={t('creators.result.roas')}
                  value={ratio(result.roas, locale)}
                  testId="campaign-roas"
                />
                <Figure label={t('creators.result.commission')} value={fmt(result.commission)} />
                <Figure label={t('creators.result.fixedFee')} value={fmt(campaign.fixedFee.amount)} />
                <Figure
                  label={t('creators.result.samples')}
                  value={fmt(result.cost - result.commission - campaign.fixedFee.amount)}
                />
                <Figure
                  label={t('creators.result.costPerOrder')}
                  value={result.costPerOrder === null ? '—' : fmt(Math.round(result.costPerOrder))}
                />
                <Figure label={t('creators.result.margin')} value={margin!.text} testId="campaign-margin" />
                <Figure
                  label={t('creators.result.byRule')}
                  value={t('creators.result.byRuleValue', { code: result.byCode, touch: result.byTouch })}
                />
              </SimpleGrid>
              <Text size="sm" c="dimmed" data-testid="campaign-margin-note">
                {margin!.note}
              </Text>
              <Text size="sm" c="dimmed" data-testid="campaign-lift">
                {lift
                  ? lift.orderLift === null
                    ? t('creators.campaign.liftNoBefore', { days: lift.days, during: lift.ordersDuring })
                    : t('creators.campaign.lift', {
                        days: lift.days,
                        during: lift.ordersDuring,
                        before: lift.ordersBefore,
                        lift: percent(lift.orderLift, locale),
                      })
                  : t('creators.campaign.liftNoTouch')}
              </Text>
            </>
          )}
        </Stack>
      </Card>
      <TouchesCard campaign={campaign} />
      <SamplesCard store={store} campaign={campaign} />
      {editing && <CampaignFormModal store={store} campaign={campaign} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
