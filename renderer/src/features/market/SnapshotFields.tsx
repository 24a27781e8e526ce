import { DayInput } from '../../components/DayInput';
import { Checkbox, Group, NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useT } from '../../i18n/useT';
import type { SnapshotFormValues } from './snapshotForm';

const CURRENCIES = [
  'USD',
  'EUR',
  'RUB',
  'BRL',
  'GBP',
  'CNY',
  'PLN',
  'KRW',
  'CAD',
  'AUD',
  'MXN',
  'UAH',
  'TRY',
  'KZT',
];

interface Props {
  value: SnapshotFormValues;
  onChange(next: SnapshotFormValues): void;
  /** Fields the parser could not read get a highlight. */
  missing?: ReadonlySet<string>;
}

/** The snapshot's figures, editable: used for confirming a pasted page and for manual entry. */
export function SnapshotFields({ value, onChange, missing }: Props) {
  const { t } = useT();
  const set = <K extends keyof SnapshotFormValues>(key: K, next: SnapshotFormValues[K]) =>
    onChange({ ...value, [key]: next });
  const num = (input: string | number): number | '' => (typeof input === 'number' ? input : '');
  const flag = (field: string) => (missing?.has(field) ? 'var(--mantine-color-yellow-light)' : undefined);
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <DayInput
        label={t('market.snapshot.date')}
        value={value.day || null}
        onChange={(day) => set('day', day ?? '')}
        required
      />
      <NumberInput
        label={t('market.snapshot.price')}
        value={value.price}
        onChange={(v) => set('price', num(v))}
        decimalScale={2}
        min={0}
        required
        styles={{ input: { background: flag('price') } }}
      />
      <NumberInput
        label={t('market.snapshot.priceMax')}
        value={value.priceMax}
        onChange={(v) => set('priceMax', num(v))}
        decimalScale={2}
        min={0}
      />
      <NumberInput
        label={t('market.snapshot.original')}
        value={value.original}
        onChange={(v) => set('original', num(v))}
        decimalScale={2}
        min={0}
        styles={{ input: { background: flag('originalPrice') } }}
      />
      <Select
        label={t('market.snapshot.currency')}
        data={CURRENCIES.includes(value.currency) ? CURRENCIES : [value.currency, ...CURRENCIES]}
        value={value.currency}
        onChange={(v) => v && set('currency', v)}
        allowDeselect={false}
      />
      <NumberInput
        label={t('market.snapshot.sold')}
        value={value.sold}
        onChange={(v) => set('sold', num(v))}
        min={0}
        thousandSeparator=","
        styles={{ input: { background: flag('sold') } }}
      />
      <NumberInput
        label={t('market.snapshot.rating')}
        value={value.rating}
        onChange={(v) => set('rating', num(v))}
        min={0}
        max={5}
        decimalScale={1}
        styles={{ input: { background: flag('rating') } }}
      />
      <NumberInput
        label={t('market.snapshot.reviews')}
        value={value.reviews}
        onChange={(v) => set('reviews', num(v))}
        min={0}
        styles={{ input: { background: flag('reviews') } }}
      />
      <NumberInput
        label={t('market.snapshot.shippingFee')}
        value={value.shippingFee}
        onChange={(v) => set('shippingFee', num(v))}
        decimalScale={2}
        min={0}
        disabled={value.freeShipping}
        styles={{ input: { background: flag('shipping') } }}
      />
      <Group gap="lg" style={{ gridColumn: '1 / -1' }}>
        <Checkbox
          label={t('market.snapshot.rounded')}
          checked={value.rounded}
          onChange={(e) => set('rounded', e.currentTarget.checked)}
        />
        <Checkbox
          label={t('market.snapshot.freeShipping')}
          checked={value.freeShipping}
          onChange={(e) => set('freeShipping', e.currentTarget.checked)}
        />
      </Group>
    </SimpleGrid>
  );
}
