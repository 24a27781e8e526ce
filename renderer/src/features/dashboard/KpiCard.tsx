import { Badge, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconInfoCircle } from '@tabler/icons-react';
import { useT } from '../../i18n/useT';

interface Props {
  id: string;
  label: string;
  value: string;
  /** Relative change against the previous period (0.12 = +12 %), undefined when there is nothing to compare. */
  change?: number;
  /** For refund and dispute rates a rise is bad news. */
  higherIsBetter?: boolean;
  /**
   * The figure cannot be had for the current filter (buyers per country, say): the card says so, and why,
   * instead of showing the store's number as if it were the filter's.
   */
  unavailable?: { text: string; why: string };
}

export function KpiCard({ id, label, value, change, higherIsBetter = true, unavailable }: Props) {
  const { t, i18n } = useT();
  const percent = new Intl.NumberFormat(i18n.language === 'zh' ? 'zh-CN' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const good = change === undefined || change === 0 ? undefined : change > 0 === higherIsBetter;
  if (unavailable) {
    return (
      <Card
        withBorder
        padding="md"
        data-testid={`kpi-${id}`}
        data-unavailable="true"
        bg="var(--mantine-color-default-hover)"
      >
        <Stack gap={6}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {label}
          </Text>
          <Tooltip label={unavailable.why} multiline w={300} withArrow>
            <Group gap={6} wrap="nowrap" mih={29} tabIndex={0} aria-description={unavailable.why}>
              <IconInfoCircle size={16} color="var(--mantine-color-dimmed)" aria-hidden />
              <Text size="sm" c="dimmed" fw={500}>
                {unavailable.text}
              </Text>
            </Group>
          </Tooltip>
          <Text size="xs" c="dimmed">
            &nbsp;
          </Text>
        </Stack>
      </Card>
    );
  }
  return (
    <Card withBorder padding="md" data-testid={`kpi-${id}`}>
      <Stack gap={6}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {label}
        </Text>
        <Text fz={26} fw={700} lh={1.1} data-testid={`kpi-${id}-value`}>
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
              leftSection={
                change > 0 ? (
                  <IconArrowUpRight size={12} />
                ) : change < 0 ? (
                  <IconArrowDownRight size={12} />
                ) : undefined
              }
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
