import { Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import type { CampaignRow } from '@shared/creators/types';
import type { Store } from '@shared/domain/types';
import { minorDigits } from '@shared/import';
import {
  checkTrackingNumber,
  checkTrackingNumberAs,
  TRACKING_CARRIERS,
  type TrackingCarrier,
} from '@shared/logistics/tracking';
import { useMoney } from '../../app/useMoney';
import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { deleteSample, saveSample } from './data/writes';
import { date, toMinor } from './format';
import { RemoveButton, RowsTable } from './RowsTable';

const REASON_KEY = {
  'wrong check digit': 'wrongCheckDigit',
  'unknown country code': 'unknownCountry',
  'not a tracking number': 'notTracking',
} as const;

/** Free samples sent for this campaign: each is a shipment with a checked tracking number, its cost in the campaign's. */
export function SamplesCard({ store, campaign }: { store: Store; campaign: CampaignRow }) {
  const { t, i18n } = useT();
  const locale = localeOf(i18n.language);
  const money = useMoney();
  const samples = useLiveQuery(
    async () =>
      (await db.sampleShipments.where('campaignId').equals(campaign.id).toArray()).filter(
        (s) => !s.deletedAt,
      ),
    [campaign.id],
  );
  const [carrier, setCarrier] = useState<string | null>(null);
  const [tracking, setTracking] = useState('');
  const [cost, setCost] = useState('');
  const [tried, setTried] = useState(false);
  const digits = minorDigits(store.currency);
  const costMinor = toMinor(cost, digits);
  const check =
    tracking.trim() === ''
      ? undefined
      : carrier && carrier !== 'other'
        ? checkTrackingNumberAs(tracking, carrier as TrackingCarrier)
        : checkTrackingNumber(tracking);
  // "Other" carriers have no published format: the number is kept as typed.
  const trackingOk = carrier === 'other' ? tracking.trim() !== '' : check?.valid === true;
  const add = async () => {
    setTried(true);
    if (!trackingOk || costMinor === undefined || !check) return;
    const chosen =
      carrier === 'other' ? 'other' : ((carrier as TrackingCarrier | null) ?? check.carrier ?? 'other');
    await saveSample(db, {
      storeId: store.id,
      campaignId: campaign.id,
      carrier: chosen,
      trackingNumber: check.normalized,
      cost: { amount: costMinor, currency: store.currency },
      sentAt: Date.now(),
      productIds: campaign.productIds,
    });
    setTracking('');
    setCost('');
    setTried(false);
  };
  const trackingError =
    tracking.trim() !== '' && carrier !== 'other' && check && !check.valid
      ? t(`creators.samples.reason.${REASON_KEY[check.reason ?? 'not a tracking number']}`)
      : tried && tracking.trim() === ''
        ? t('creators.samples.trackingRequired')
        : undefined;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Text fw={600}>{t('creators.samples.title')}</Text>
        <RowsTable
          rows={samples}
          empty={t('creators.samples.none')}
          columns={[
            { head: t('creators.samples.carrier'), cell: (s) => t(`creators.carrier.${s.carrier}`) },
            { head: t('creators.samples.tracking'), cell: (s) => s.trackingNumber },
            { head: t('creators.samples.sent'), cell: (s) => date(s.sentAt, locale) },
            {
              head: t('creators.samples.cost'),
              cell: (s) => money.format(s.cost.amount, s.cost.currency),
              align: 'right',
            },
          ]}
          action={(s) => <RemoveButton onRemove={() => deleteSample(db, s.id)} />}
        />
        <Group align="flex-start" wrap="wrap">
          <Select
            label={t('creators.samples.carrier')}
            placeholder={t('creators.samples.detect')}
            data={[...TRACKING_CARRIERS, 'other'].map((c) => ({
              value: c,
              label: t(`creators.carrier.${c}`),
            }))}
            value={carrier}
            onChange={setCarrier}
            clearable
            w={200}
          />
          <TextInput
            label={t('creators.samples.tracking')}
            value={tracking}
            onChange={(e) => setTracking(e.currentTarget.value)}
            error={trackingError}
            description={
              check?.valid && check.carrier
                ? t('creators.samples.looksLike', { carrier: t(`creators.carrier.${check.carrier}`) })
                : undefined
            }
            w={240}
          />
          <TextInput
            label={t('creators.samples.cost')}
            description={t('creators.samples.costHint', { currency: store.currency })}
            value={cost}
            onChange={(e) => setCost(e.currentTarget.value)}
            error={costMinor === undefined ? t('creators.form.amountInvalid') : undefined}
            w={160}
          />
          <Button mt={24} onClick={() => void add()}>
            {t('creators.samples.add')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
