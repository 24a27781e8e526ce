import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

import { LISTING_LIMITS } from '@shared/catalog/listingRules';
import { BUYER_LANGUAGES, type HostingMode } from '@shared/domain/types';
import type { ProductForm, SkuForm } from './productForm';
import { useT } from '../../i18n/useT';

const LANGUAGE_LABELS = {
  en: 'English',
  ru: 'Русский',
  pt: 'Português',
  es: 'Español',
  fr: 'Français',
} as const;
const toNumber = (value: string | number): number | '' => (value === '' ? '' : Number(value));

interface SectionProps {
  form: ProductForm;
  onChange(change: Partial<ProductForm>): void;
}

export function TitlesCard({ form, onChange }: SectionProps) {
  const { t } = useT();
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>{t('product.titles')}</Title>
        <Tabs defaultValue="en" keepMounted={false}>
          <Tabs.List>
            {BUYER_LANGUAGES.map((l) => (
              <Tabs.Tab key={l} value={l}>
                {LANGUAGE_LABELS[l]} {l === 'en' ? '*' : ''}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {BUYER_LANGUAGES.map((l) => (
            <Tabs.Panel key={l} value={l} pt="sm">
              <Stack gap="sm">
                <TextInput
                  label={`${t('product.title')} (${LANGUAGE_LABELS[l]}, ${l === 'en' ? t('product.required') : t('product.optional')})`}
                  value={form.title[l]}
                  onChange={(e) => onChange({ title: { ...form.title, [l]: e.currentTarget.value } })}
                  description={t('product.chars', {
                    count: [...form.title[l]].length,
                    max: LISTING_LIMITS.titleMaxChars,
                  })}
                  data-testid={`title-${l}`}
                />
                <Textarea
                  label={`${t('product.description')} (${LANGUAGE_LABELS[l]}, ${l === 'en' ? t('product.required') : t('product.optional')})`}
                  value={form.description[l]}
                  onChange={(e) =>
                    onChange({ description: { ...form.description, [l]: e.currentTarget.value } })
                  }
                  autosize
                  minRows={3}
                  maxRows={10}
                />
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </Card>
  );
}

export function LogisticsCard({ form, onChange }: SectionProps) {
  const { t } = useT();
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>{t('product.logistics')}</Title>
        <Group grow>
          <NumberInput
            label={t('product.weight')}
            min={0}
            value={form.weightGrams}
            onChange={(v) => onChange({ weightGrams: toNumber(v) })}
          />
          <NumberInput
            label={t('product.length')}
            min={0}
            value={form.length}
            onChange={(v) => onChange({ length: toNumber(v) })}
          />
          <NumberInput
            label={t('product.width')}
            min={0}
            value={form.width}
            onChange={(v) => onChange({ width: toNumber(v) })}
          />
          <NumberInput
            label={t('product.height')}
            min={0}
            value={form.height}
            onChange={(v) => onChange({ height: toNumber(v) })}
          />
          <NumberInput
            label={t('product.handlingDays')}
            min={0}
            value={form.handlingDays}
            onChange={(v) => onChange({ handlingDays: toNumber(v) })}
            data-testid="handling-days"
          />
        </Group>
      </Stack>
    </Card>
  );
}

export function AttributesCard({ form, onChange }: SectionProps) {
  const { t } = useT();
  const set = (index: number, change: Partial<{ name: string; value: string }>) =>
    onChange({ attributes: form.attributes.map((a, i) => (i === index ? { ...a, ...change } : a)) });
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('product.attributes')}</Title>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange({ attributes: [...form.attributes, { name: '', value: '' }] })}
          >
            {t('product.addAttribute')}
          </Button>
        </Group>
        {form.attributes.map((attribute, index) => (
          <Group key={index} grow wrap="nowrap">
            <TextInput
              aria-label={t('product.attributeName')}
              placeholder={t('product.attributeName')}
              value={attribute.name}
              onChange={(e) => set(index, { name: e.currentTarget.value })}
            />
            <TextInput
              aria-label={t('product.attributeValue')}
              placeholder={t('product.attributeValue')}
              value={attribute.value}
              onChange={(e) => set(index, { value: e.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              style={{ flexGrow: 0 }}
              aria-label={t('product.delete')}
              onClick={() => onChange({ attributes: form.attributes.filter((_, i) => i !== index) })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

interface SkusProps {
  skus: SkuForm[];
  mode: HostingMode;
  currency: string;
  onChange(skus: SkuForm[]): void;
  onAdd(): void;
}

/** Fully managed SKUs are sold to the platform: the form asks for a supply price and stock to send. */
export function SkusCard({ skus, mode, currency, onChange, onAdd }: SkusProps) {
  const { t } = useT();
  const managed = mode === 'fully-managed';
  const set = (index: number, change: Partial<SkuForm>) =>
    onChange(skus.map((s, i) => (i === index ? { ...s, ...change } : s)));
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('product.skus')}</Title>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={onAdd}
            data-testid="add-sku"
          >
            {t('product.addSku')}
          </Button>
        </Group>
        {managed && (
          <Text size="sm" c="dimmed">
            {t('product.supplyHelp')}
          </Text>
        )}
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('product.skuCode')}</Table.Th>
                <Table.Th>{t('product.colour')}</Table.Th>
                <Table.Th>{t('product.size')}</Table.Th>
                <Table.Th>
                  {managed
                    ? `${t('product.supplyPrice')} (${currency})`
                    : `${t('product.price')} (${currency})`}
                </Table.Th>
                <Table.Th>{`${t('product.cost')} (${currency})`}</Table.Th>
                <Table.Th>{managed ? t('product.stockToSend') : t('product.stock')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {skus.map((sku, index) => (
                <Table.Tr key={sku.id} data-testid="sku-row">
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('product.skuCode')}
                      value={sku.code}
                      onChange={(e) => set(index, { code: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('product.colour')}
                      value={sku.colour}
                      onChange={(e) => set(index, { colour: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('product.size')}
                      value={sku.size}
                      onChange={(e) => set(index, { size: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    {managed ? (
                      <NumberInput
                        size="xs"
                        aria-label={t('product.supplyPrice')}
                        min={0}
                        decimalScale={2}
                        value={sku.supplyPrice}
                        onChange={(v) => set(index, { supplyPrice: toNumber(v) })}
                      />
                    ) : (
                      <NumberInput
                        size="xs"
                        aria-label={t('product.price')}
                        min={0}
                        decimalScale={2}
                        value={sku.price}
                        onChange={(v) => set(index, { price: toNumber(v) })}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      aria-label={t('product.cost')}
                      min={0}
                      decimalScale={2}
                      value={sku.cost}
                      onChange={(v) => set(index, { cost: toNumber(v) })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      aria-label={t('product.stock')}
                      min={0}
                      allowDecimal={false}
                      value={sku.stock}
                      onChange={(v) => set(index, { stock: toNumber(v) })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('product.removeSku')}
                      onClick={() => onChange(skus.filter((_, i) => i !== index))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
