import { NumberInput, Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  type CampaignKind,
  type CampaignRow,
  type CampaignStatus,
} from '@shared/creators/types';
import { minorDigits } from '@shared/import';
import { DAY_MS } from '@shared/util/days';
import type { Store } from '@shared/domain/types';
import { db } from '../../db/db';
import { saveCampaign } from './data/writes';
import { ProductPicker } from './ProductPicker';
import { fromLocalInput, toLocalInput, toMinor } from './format';
import { FormModal } from './FormModal';
import { useCreatorRules, useCreators } from './hooks';

interface Props {
  store: Store;
  campaign?: CampaignRow;
  onClose(): void;
  onSaved?(id: string): void;
}

export function CampaignFormModal({ store, campaign, onClose, onSaved }: Props) {
  const { t } = useT();
  const rules = useCreatorRules();
  const creators = useCreators(store.id) ?? [];
  const digits = minorDigits(store.currency);
  const now = Date.now();
  const [name, setName] = useState(campaign?.name ?? '');
  const [kind, setKind] = useState<CampaignKind>(campaign?.kind ?? 'promo-code');
  const [status, setStatus] = useState<CampaignStatus>(campaign?.status ?? 'prospect');
  const [influencerId, setInfluencerId] = useState<string | null>(campaign?.influencerId ?? null);
  const [productIds, setProductIds] = useState<string[]>(campaign?.productIds ?? []);
  const [startsAt, setStartsAt] = useState(toLocalInput(campaign?.startsAt ?? now));
  const [endsAt, setEndsAt] = useState(toLocalInput(campaign?.endsAt ?? now + 30 * DAY_MS));
  const [commission, setCommission] = useState<number | string>(
    campaign ? Math.round(campaign.commissionRate * 1000) / 10 : '',
  );
  const [fee, setFee] = useState(campaign ? String(campaign.fixedFee.amount / 10 ** digits) : '');
  const [codes, setCodes] = useState<string[]>(campaign?.codes ?? []);
  const [windowDays, setWindowDays] = useState<number | string>(
    campaign?.windowDays ?? rules.attributionWindowDays.value,
  );
  const [tried, setTried] = useState(false);

  const feeMinor = toMinor(fee, digits);
  const rate = typeof commission === 'number' ? commission / 100 : 0;
  const min = rules.commissionMin.value;
  const max = rules.commissionMax.value;
  const rateOk = rate === 0 || (rate >= min - 1e-9 && rate <= max + 1e-9);
  const start = fromLocalInput(startsAt);
  const end = fromLocalInput(endsAt);
  const datesOk = start !== undefined && end !== undefined && end >= start;
  const windowOk = typeof windowDays === 'number' && windowDays >= 1 && windowDays <= 365;
  const valid = name.trim() !== '' && rateOk && feeMinor !== undefined && datesOk && windowOk;

  const submit = async () => {
    setTried(true);
    if (!valid || start === undefined || end === undefined || feeMinor === undefined) return;
    const id = await saveCampaign(
      db,
      {
        storeId: store.id,
        ...(influencerId ? { influencerId } : {}),
        name: name.trim(),
        kind,
        status,
        startsAt: start,
        endsAt: end,
        productIds,
        commissionRate: rate,
        fixedFee: { amount: feeMinor, currency: store.currency },
        codes,
        windowDays: windowDays as number,
        ...(campaign?.notes ? { notes: campaign.notes } : {}),
      },
      campaign?.id,
    );
    onSaved?.(id);
    onClose();
  };

  return (
    <FormModal
      title={t(campaign ? 'creators.campaignForm.editTitle' : 'creators.campaignForm.addTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput
        label={t('creators.field.campaignName')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
        data-autofocus
        error={tried && name.trim() === '' ? t('creators.campaignForm.nameRequired') : undefined}
      />
      <SimpleGrid cols={2}>
        <Select
          label={t('creators.field.kind')}
          data={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(`creators.kind.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(v as CampaignKind)}
          allowDeselect={false}
        />
        <Select
          label={t('creators.field.status')}
          data={CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t(`creators.status.${s}`) }))}
          value={status}
          onChange={(v) => v && setStatus(v as CampaignStatus)}
          allowDeselect={false}
        />
        <Select
          label={t('creators.field.creator')}
          placeholder={t('creators.campaignForm.noCreator')}
          data={creators.map((c) => ({
            value: c.id,
            label: `${c.handle} · ${t(`creators.platform.${c.platform}`)}`,
          }))}
          value={influencerId}
          onChange={setInfluencerId}
          searchable
          clearable
        />
        <NumberInput
          label={t('creators.field.windowDays')}
          value={windowDays}
          onChange={setWindowDays}
          min={1}
          max={365}
          error={tried && !windowOk ? t('creators.campaignForm.windowInvalid') : undefined}
        />
        <TextInput
          type="datetime-local"
          label={t('creators.field.start')}
          value={startsAt}
          onChange={(e) => setStartsAt(e.currentTarget.value)}
        />
        <TextInput
          type="datetime-local"
          label={t('creators.field.end')}
          value={endsAt}
          onChange={(e) => setEndsAt(e.currentTarget.value)}
          error={tried && !datesOk ? t('creators.campaignForm.datesInvalid') : undefined}
        />
        <NumberInput
          label={t('creators.field.commission')}
          description={t('creators.campaignForm.commissionHint', { min: min * 100, max: max * 100 })}
          value={commission}
          onChange={setCommission}
          min={0}
          max={100}
          decimalScale={2}
          suffix=" %"
          error={
            !rateOk
              ? t('creators.campaignForm.commissionRange', { min: min * 100, max: max * 100 })
              : undefined
          }
        />
        <TextInput
          label={t('creators.field.fixedFee', { currency: store.currency })}
          value={fee}
          onChange={(e) => setFee(e.currentTarget.value)}
          error={tried && feeMinor === undefined ? t('creators.form.amountInvalid') : undefined}
        />
      </SimpleGrid>
      <ProductPicker
        storeId={store.id}
        label={t('creators.field.products')}
        description={t('creators.campaignForm.productsHint')}
        value={productIds}
        onChange={setProductIds}
      />
      <TagsInput
        label={t('creators.field.codes')}
        description={t('creators.campaignForm.codesHint')}
        value={codes}
        onChange={setCodes}
      />
    </FormModal>
  );
}
