import { useEffect, useState } from 'react';
import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useT } from '../../i18n/useT';
import {
  DEFAULT_PLATFORM_SHIPPING_RULES,
  PLATFORM_SHIPPING_RULES_KEY,
  type PlatformShippingRule,
  untrackedValueRuleSchema,
} from '@shared/logistics/platformRules';
import { toMajor, toMinor } from '@shared/domain/money';
import { db } from '../../db/db';

/** One rule as typed in the editor: the threshold in major units, as the seller reads it. */
interface DraftRule {
  id: string;
  country: string;
  amount: number | string;
  currency: string;
  source: string;
  checkedOn: string;
}

type DraftField = 'country' | 'amount' | 'currency' | 'source';

const toDraft = (rule: PlatformShippingRule): DraftRule => ({
  id: rule.id,
  country: rule.country,
  amount: toMajor(rule.threshold.amount, rule.threshold.currency),
  currency: rule.threshold.currency,
  source: rule.source,
  checkedOn: rule.checkedOn,
});

const FIELD_KEYS: Record<DraftField, string> = {
  country: 'logistics.platformRules.badCountry',
  amount: 'logistics.platformRules.badAmount',
  currency: 'logistics.platformRules.badCurrency',
  source: 'logistics.platformRules.noSource',
};

/** The rule a draft row stands for, before it is dated. */
function ruleOfDraft(d: DraftRule): PlatformShippingRule {
  return {
    id: d.id,
    kind: 'no-untracked-at-or-above',
    country: d.country,
    threshold: { amount: toMinor(Number(d.amount), d.currency), currency: d.currency },
    source: d.source.trim(),
    checkedOn: d.checkedOn,
  };
}

/**
 * The fields of a draft row that are not acceptable, with the message key saying what is expected: the stored
 * schema decides, so the editor never accepts what a reload would throw away. An empty amount box is a problem
 * of its own (as a number it would read as 0).
 */
function problemsOf(draft: DraftRule): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {};
  if (typeof draft.amount !== 'number') problems.amount = FIELD_KEYS.amount;
  const checked = untrackedValueRuleSchema.safeParse(ruleOfDraft(draft));
  for (const issue of checked.success ? [] : checked.error.issues) {
    const field = issue.path.at(-1) as DraftField;
    if (field in FIELD_KEYS) problems[field] = FIELD_KEYS[field];
  }
  return problems;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The draft as stored rules; a row the seller changed is dated today (it was checked when it was edited). */
function fromDrafts(drafts: DraftRule[], before: readonly PlatformShippingRule[]): PlatformShippingRule[] {
  return drafts.map((d) => {
    const rule = ruleOfDraft(d);
    const old = before.find((r) => r.id === d.id);
    const same =
      old &&
      old.country === rule.country &&
      old.threshold.amount === rule.threshold.amount &&
      old.threshold.currency === rule.threshold.currency &&
      old.source === rule.source;
    return same ? rule : { ...rule, checkedOn: today() };
  });
}

/**
 * The platform's carrier rules the quotes apply (ARCHITECTURE §17): read with their source and date, and edited
 * here when AliExpress changes them. One list for every store, since the platform sets them.
 */
export function PlatformRules({ rules: stored }: { rules: readonly PlatformShippingRule[] }) {
  const { t } = useT();
  const [drafts, setDrafts] = useState<DraftRule[] | null>(null);
  // What was just saved shows at once, not the old list until the live query reads the setting again.
  const [saved, setSaved] = useState<readonly PlatformShippingRule[] | null>(null);
  useEffect(() => setSaved(null), [stored]);
  const rules = saved ?? stored;
  const sentence = (rule: { country: string; amount: number | string; currency: string }) =>
    t('logistics.quote.ruleUntracked', {
      country: rule.country,
      amount: rule.amount,
      currency: rule.currency,
    });

  if (!drafts)
    return (
      <Stack gap={2}>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('logistics.quote.rules')}
          </Text>
          <Button size="compact-xs" variant="default" onClick={() => setDrafts(rules.map(toDraft))}>
            {t('logistics.platformRules.edit')}
          </Button>
        </Group>
        {rules.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('logistics.platformRules.none')}
          </Text>
        )}
        {rules.map(toDraft).map((rule) => (
          <Text key={rule.id} size="xs" c="dimmed" data-testid="platform-rule">
            {sentence(rule)} — {rule.source} ({rule.checkedOn})
          </Text>
        ))}
      </Stack>
    );

  const problems = drafts.map(problemsOf);
  const valid = problems.every((p) => Object.keys(p).length === 0);
  const change = (index: number, patch: Partial<DraftRule>) =>
    setDrafts(drafts.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const save = async () => {
    const next = fromDrafts(drafts, rules);
    setSaved(next);
    setDrafts(null);
    await db.settings.put({ key: PLATFORM_SHIPPING_RULES_KEY, value: next });
  };
  const error = (index: number, field: DraftField) => {
    const key = problems[index]?.[field];
    return key ? t(key) : undefined;
  };
  return (
    <Stack gap="xs" role="group" aria-label={t('logistics.quote.rules')}>
      <Text size="sm" fw={600}>
        {t('logistics.quote.rules')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('logistics.platformRules.hint')}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('logistics.platformRules.country')}</Table.Th>
            <Table.Th>{t('logistics.platformRules.amount')}</Table.Th>
            <Table.Th>{t('logistics.platformRules.currency')}</Table.Th>
            <Table.Th>{t('logistics.platformRules.source')}</Table.Th>
            <Table.Th>{t('logistics.platformRules.checkedOn')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drafts.map((draft, index) => (
            <Table.Tr key={draft.id}>
              <Table.Td>
                <TextInput
                  size="xs"
                  w={70}
                  aria-label={t('logistics.platformRules.country')}
                  value={draft.country}
                  maxLength={2}
                  onChange={(e) => change(index, { country: e.currentTarget.value.toUpperCase() })}
                  error={error(index, 'country')}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  w={110}
                  aria-label={t('logistics.platformRules.amount')}
                  value={draft.amount}
                  min={0}
                  decimalScale={2}
                  onChange={(v) => change(index, { amount: v })}
                  error={error(index, 'amount')}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  w={80}
                  aria-label={t('logistics.platformRules.currency')}
                  value={draft.currency}
                  maxLength={3}
                  onChange={(e) => change(index, { currency: e.currentTarget.value.toUpperCase() })}
                  error={error(index, 'currency')}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  miw={260}
                  aria-label={t('logistics.platformRules.source')}
                  value={draft.source}
                  onChange={(e) => change(index, { source: e.currentTarget.value })}
                  error={error(index, 'source')}
                />
              </Table.Td>
              <Table.Td>
                <Text size="xs">{draft.checkedOn}</Text>
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('logistics.platformRules.remove', { country: draft.country })}
                  onClick={() => setDrafts(drafts.filter((_, i) => i !== index))}
                >
                  ×
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          onClick={() =>
            setDrafts([
              ...drafts,
              {
                id: crypto.randomUUID(),
                country: '',
                amount: '',
                currency: 'USD',
                source: t('logistics.platformRules.ownSource'),
                checkedOn: today(),
              },
            ])
          }
        >
          {t('logistics.platformRules.add')}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => setDrafts(DEFAULT_PLATFORM_SHIPPING_RULES.map(toDraft))}
        >
          {t('logistics.platformRules.defaults')}
        </Button>
        <Button size="xs" disabled={!valid} onClick={() => void save()}>
          {t('logistics.platformRules.save')}
        </Button>
        <Button size="xs" variant="subtle" onClick={() => setDrafts(null)}>
          {t('logistics.platformRules.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
