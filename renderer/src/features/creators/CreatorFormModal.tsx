import { NumberInput, Select, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { CREATOR_PLATFORMS, type CreatorPlatform, type CreatorRow } from '@shared/creators/types';
import { minorDigits } from '@shared/import';
import { db } from '../../db/db';
import { saveCreator } from './data/writes';
import { toMinor } from './format';
import { FormModal } from './FormModal';

interface Props {
  storeId: string;
  currency: string;
  creator?: CreatorRow;
  onClose(): void;
  onSaved?(id: string, merged: boolean): void;
}

/** Add or edit a creator; adding one who is already on the roster (same platform + handle) updates that row. */
export function CreatorFormModal({ storeId, currency, creator, onClose, onSaved }: Props) {
  const { t } = useT();
  const digits = minorDigits(currency);
  const [handle, setHandle] = useState(creator?.handle ?? '');
  const [platform, setPlatform] = useState<CreatorPlatform>(creator?.platform ?? 'instagram');
  const [profileUrl, setProfileUrl] = useState(creator?.profileUrl ?? '');
  const [country, setCountry] = useState(creator?.country ?? '');
  const [language, setLanguage] = useState(creator?.language ?? '');
  const [followers, setFollowers] = useState<number | string>(creator?.followers ?? '');
  const [engagement, setEngagement] = useState<number | string>(
    creator?.engagementRate !== undefined ? Math.round(creator.engagementRate * 1000) / 10 : '',
  );
  const [rate, setRate] = useState(creator?.rateCard ? String(creator.rateCard.amount / 10 ** digits) : '');
  const [contact, setContact] = useState(creator?.contact ?? '');
  const [tags, setTags] = useState<string[]>(creator?.tags ?? []);
  const [notes, setNotes] = useState(creator?.notes ?? '');
  const [tried, setTried] = useState(false);
  const rateMinor = toMinor(rate, digits);
  const countryOk = country === '' || /^[A-Za-z]{2}$/u.test(country);
  const urlOk = profileUrl === '' || /^https?:\/\/\S+$/u.test(profileUrl);
  const valid = handle.trim() !== '' && countryOk && urlOk && rateMinor !== undefined;

  const submit = async () => {
    setTried(true);
    if (!valid) return;
    const result = await saveCreator(
      db,
      {
        storeId,
        handle: handle.trim(),
        platform,
        ...(profileUrl ? { profileUrl } : {}),
        ...(country ? { country: country.toUpperCase() } : {}),
        ...(language ? { language } : {}),
        ...(typeof followers === 'number' ? { followers } : {}),
        ...(typeof engagement === 'number' ? { engagementRate: engagement / 100 } : {}),
        ...(rateMinor ? { rateCard: { amount: rateMinor, currency } } : {}),
        ...(contact ? { contact } : {}),
        tags,
        ...(notes ? { notes } : {}),
      },
      Date.now(),
      creator?.id,
    );
    onSaved?.(result.id, result.merged);
    onClose();
  };

  return (
    <FormModal
      title={t(creator ? 'creators.form.editTitle' : 'creators.form.addTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
    >
      <SimpleGrid cols={2}>
        <TextInput
          label={t('creators.field.handle')}
          value={handle}
          onChange={(e) => setHandle(e.currentTarget.value)}
          required
          error={tried && handle.trim() === '' ? t('creators.form.handleRequired') : undefined}
          data-autofocus
        />
        <Select
          label={t('creators.field.platform')}
          value={platform}
          onChange={(v) => v && setPlatform(v as CreatorPlatform)}
          data={CREATOR_PLATFORMS.map((p) => ({ value: p, label: t(`creators.platform.${p}`) }))}
          allowDeselect={false}
        />
        <TextInput
          label={t('creators.field.profileUrl')}
          value={profileUrl}
          onChange={(e) => setProfileUrl(e.currentTarget.value)}
          error={tried && !urlOk ? t('creators.form.urlInvalid') : undefined}
        />
        <TextInput
          label={t('creators.field.contact')}
          value={contact}
          onChange={(e) => setContact(e.currentTarget.value)}
        />
        <TextInput
          label={t('creators.field.country')}
          description={t('creators.form.countryHint')}
          value={country}
          maxLength={2}
          onChange={(e) => setCountry(e.currentTarget.value)}
          error={tried && !countryOk ? t('creators.form.countryInvalid') : undefined}
        />
        <TextInput
          label={t('creators.field.language')}
          description={t('creators.form.languageHint')}
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value)}
        />
        <NumberInput
          label={t('creators.field.followers')}
          value={followers}
          onChange={setFollowers}
          min={0}
          thousandSeparator
        />
        <NumberInput
          label={t('creators.field.engagement')}
          value={engagement}
          onChange={setEngagement}
          min={0}
          max={100}
          decimalScale={2}
          suffix=" %"
        />
        <TextInput
          label={t('creators.field.rateCard', { currency })}
          value={rate}
          onChange={(e) => setRate(e.currentTarget.value)}
          error={tried && rateMinor === undefined ? t('creators.form.amountInvalid') : undefined}
        />
        <TagsInput label={t('creators.field.tags')} value={tags} onChange={setTags} />
      </SimpleGrid>
      <Textarea
        label={t('creators.field.notes')}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        autosize
        minRows={2}
      />
    </FormModal>
  );
}
