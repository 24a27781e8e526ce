import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';

import { HOSTING_MODES } from '@shared/domain/types';
import { MODE_PROS_CONS, modeSummaryKey } from '@shared/hosting';
import { ModeBadge } from './ModeBadge';
import { useT } from '../../i18n/useT';

export function ProsConsGrid() {
  const { t } = useT();
  return (
    <Stack gap="sm">
      <Title order={4}>{t('hosting.ui.overview.prosCons')}</Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {HOSTING_MODES.map((mode) => (
          <Card withBorder key={mode}>
            <Stack gap="xs">
              <ModeBadge mode={mode} size="md" />
              <Text size="sm">{t(modeSummaryKey(mode))}</Text>
              <Text size="sm" fw={600}>
                {t('hosting.ui.overview.pros')}
              </Text>
              <List size="sm" spacing={2} icon={<IconCheck size={14} color="var(--mantine-color-teal-6)" />}>
                {MODE_PROS_CONS[mode].pros.map((key) => (
                  <List.Item key={key}>{t(key)}</List.Item>
                ))}
              </List>
              <Text size="sm" fw={600}>
                {t('hosting.ui.overview.cons')}
              </Text>
              <List size="sm" spacing={2} icon={<IconMinus size={14} color="var(--mantine-color-red-6)" />}>
                {MODE_PROS_CONS[mode].cons.map((key) => (
                  <List.Item key={key}>{t(key)}</List.Item>
                ))}
              </List>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
