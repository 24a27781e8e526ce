import { Badge, Button, Card, Group, List, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useT } from '../../i18n/useT';
import {
  CREATOR_RULES_KEY,
  DEFAULT_CREATOR_RULES,
  type CreatorRuleKey,
  type CreatorRules,
} from '@shared/creators/rules';
import { db } from '../../db/db';
import { useCreatorRules } from './hooks';

/** Rules shown as a percent but stored as a fraction. */
const PERCENT_RULES: readonly CreatorRuleKey[] = ['commissionMin', 'commissionMax'];
const NUMBER_RULES: readonly CreatorRuleKey[] = [
  'commissionMin',
  'commissionMax',
  'attributionWindowDays',
  'fanZoneTitleMax',
  'fanZoneIntroMax',
  'fanZoneHashtagsMax',
  'fanZoneProductsMax',
  'bannerMinWidth',
  'bannerMinHeight',
  'bannerMaxBytes',
];

async function saveRule(rules: CreatorRules, key: CreatorRuleKey, value: number) {
  const next = {
    ...rules,
    [key]: { ...rules[key], value, source: 'user', checkedOn: new Date().toISOString().slice(0, 10) },
  };
  await db.settings.put({ key: CREATOR_RULES_KEY, value: next });
}

/** How orders are attributed, in words, and every platform rule the desk uses with its source — editable. */
export function RulesTab() {
  const { t } = useT();
  const rules = useCreatorRules();
  return (
    <Stack>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('creators.rules.attributionTitle')}
        </Text>
        <List type="ordered" spacing={4} size="sm">
          {[1, 2, 3, 4].map((n) => (
            <List.Item key={n}>
              {t(`creators.rules.rule${n}`, { days: rules.attributionWindowDays.value })}
            </List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed" mt="xs">
          {t('creators.rules.liftNote')}
        </Text>
      </Card>
      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t('creators.rules.platformTitle')}</Text>
          <Button
            size="xs"
            variant="default"
            onClick={() => void db.settings.put({ key: CREATOR_RULES_KEY, value: DEFAULT_CREATOR_RULES })}
          >
            {t('creators.rules.reset')}
          </Button>
        </Group>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('creators.rules.rule')}</Table.Th>
              <Table.Th>{t('creators.rules.value')}</Table.Th>
              <Table.Th>{t('creators.rules.source')}</Table.Th>
              <Table.Th>{t('creators.rules.checked')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {NUMBER_RULES.map((key) => {
              const rule = rules[key] as { value: number; source: string; checkedOn: string; note?: string };
              const percent = PERCENT_RULES.includes(key);
              return (
                <Table.Tr key={key}>
                  <Table.Td>
                    <Text size="sm">{t(`creators.rules.name.${key}`)}</Text>
                    {rule.note && (
                      <Text size="xs" c="dimmed">
                        {rule.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t(`creators.rules.name.${key}`)}
                      value={percent ? Math.round(rule.value * 1000) / 10 : rule.value}
                      onChange={(v) => {
                        if (typeof v !== 'number' || v < 0) return;
                        void saveRule(rules, key, percent ? v / 100 : Math.round(v));
                      }}
                      suffix={percent ? ' %' : undefined}
                      min={0}
                      w={140}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" size="sm">
                      {t(`creators.rules.sourceName.${rule.source}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{rule.checkedOn}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          {t('creators.rules.formats', { formats: rules.bannerFormats.value.join(', ').toUpperCase() })}
        </Text>
      </Card>
    </Stack>
  );
}
