import { MultiSelect } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useProductOptions } from './hooks';

interface Props {
  storeId: string;
  label: string;
  description?: string;
  value: string[];
  onChange(value: string[]): void;
}

/**
 * Products from the catalog and from imported orders; a product ID typed that neither knows yet can be added as
 * it is (an order export names products by their AliExpress ID before the catalog has them).
 */
export function ProductPicker({ storeId, label, description, value, onChange }: Props) {
  const { t } = useT();
  const options = useProductOptions(storeId);
  const [search, setSearch] = useState('');
  const data = useMemo(() => {
    const known = new Set(options.map((o) => o.value));
    const extra = value.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v }));
    const typed = search.trim();
    const offer =
      typed !== '' && !known.has(typed) && !value.includes(typed)
        ? [{ value: typed, label: t('creators.productPicker.add', { id: typed }) }]
        : [];
    return [...offer, ...extra, ...options];
  }, [options, value, search, t]);
  return (
    <MultiSelect
      label={label}
      description={description}
      data={data}
      value={value}
      onChange={(next) => {
        onChange(next);
        setSearch('');
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      clearable
      limit={100}
      nothingFoundMessage={t('creators.productPicker.none')}
    />
  );
}
