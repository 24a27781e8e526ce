import { Button, Group, Progress, Stack, Text } from '@mantine/core';

import type { DemoState } from './useDemoGenerator';
import { useT } from '../../i18n/useT';

export function DemoProgress({
  state,
  onCancel,
}: {
  state: Extract<DemoState, { status: 'running' }>;
  onCancel(): void;
}) {
  const { t } = useT();
  const percent = Math.min(100, Math.round((state.done / Math.max(state.total, 1)) * 100));
  return (
    <Stack gap="xs" data-testid="demo-progress">
      <Group justify="space-between">
        <Text fw={600}>{t('welcome.generating')}</Text>
        <Text size="sm" c="dimmed">
          {percent}%
        </Text>
      </Group>
      <Progress value={percent} animated aria-label={t('welcome.generating')} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('welcome.phase', { phase: t(`welcome.phases.${state.phase}`, { defaultValue: state.phase }) })}
          {state.etaSeconds !== undefined ? ` · ${t('welcome.eta', { seconds: state.etaSeconds })}` : ''}
        </Text>
        <Button size="xs" variant="subtle" color="gray" onClick={onCancel}>
          {t('welcome.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
