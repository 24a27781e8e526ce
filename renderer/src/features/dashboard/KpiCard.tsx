import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  label: string;
  value: string;
  /** Relative change against the previous period (0.12 = +12 %), undefined when there is nothing to compare. */
  change?: number;
  /** For refund and dispute rates a rise is bad news. */
  higherIsBetter?: boolean;
}

export function KpiCard({ id, label, value, change, higherIsBetter = true }: Props) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-US', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const good = change === undefined || change === 0 ? undefined : change > 0 === higherIsBetter;
  return (
    <Card withBorder padding="md" data-testid={`kpi-${id}`}>
      <Stack gap={6}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {label}
        </Text>
        <Text fz={26} fw={700} lh={1.1}>
          {value}
        </Text>
        <Group gap={6}>
          {change === undefined ? (
            <Text size="xs" c="dimmed">
              —
            </Text>
          ) : (
            <Badge
              variant="light"
              color={good === undefined ? 'gray' : good ? 'teal' : 'red'}
              leftSection={change > 0 ? <IconArrowUpRight size={12} /> : change < 0 ? <IconArrowDownRight size={12} /> : undefined}
            >
              {change === 0 ? t('dashboard.noChange') : percent.format(change)}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {t('period.vsPrevious')}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
