import { useState } from 'react';
import { Button, Select, Stack, TextInput } from '@mantine/core';

import { HOSTING_MODES, type HostingMode } from '@shared/domain/types';
import { createStore } from './createStore';
import { useT } from '../../i18n/useT';

const STORE_CURRENCIES = ['USD', 'CNY', 'EUR', 'RUB'];

export function CreateStoreForm({ onCreated }: { onCreated(storeId: string, name: string): void }) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [mode, setMode] = useState<HostingMode>('self-operated');
  const [currency, setCurrency] = useState('USD');
  const [touched, setTouched] = useState(false);
  const trimmed = name.trim();
  const invalid = trimmed.length === 0 || trimmed.length > 80;

  const submit = async () => {
    setTouched(true);
    if (invalid) return;
    const id = await createStore({ name: trimmed, hostingMode: mode, currency });
    onCreated(id, trimmed);
  };

  return (
    <Stack
      component="form"
      gap="sm"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextInput
        label={t('store.name')}
        placeholder={t('store.namePlaceholder')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={touched && invalid ? t('store.nameRequired') : undefined}
        maxLength={120}
        data-autofocus
        required
      />
      <Select
        label={t('store.mode')}
        data={HOSTING_MODES.map((m) => ({ value: m, label: t(`hostingMode.${m}`) }))}
        value={mode}
        onChange={(v) => v && setMode(v as HostingMode)}
        allowDeselect={false}
      />
      <Select
        label={t('store.currency')}
        data={STORE_CURRENCIES}
        value={currency}
        onChange={(v) => v && setCurrency(v)}
        allowDeselect={false}
      />
      <Button type="submit">{t('store.create')}</Button>
    </Stack>
  );
}
