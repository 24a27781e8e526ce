import { useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';

import { HOSTING_MODES, type HostingMode, type Store } from '@shared/domain/types';
import { db } from '../../db/db';
import { ModeBadge } from './ModeBadge';
import { ProsConsGrid } from './ProsConsGrid';
import { ResponsibilityMatrix } from './ResponsibilityMatrix';
import { SwitchModeDialog } from './SwitchModeDialog';
import { useT } from '../../i18n/useT';

/** Products per effective mode now; the catalog is a few thousand rows at most, read by the storeId index. */
function useModeCounts(store: Store) {
  return useLiveQuery(async () => {
    const counts: Record<HostingMode, number> = { 'fully-managed': 0, 'semi-managed': 0, 'self-operated': 0 };
    let own = 0;
    await db.products
      .where('storeId')
      .equals(store.id)
      .each((p) => {
        counts[p.hostingMode ?? store.hostingMode] += 1;
        if (p.hostingMode) own += 1;
      });
    return { counts, own, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  }, [store]);
}

export function OverviewTab({ store }: { store: Store }) {
  const { t } = useT();
  const [switching, setSwitching] = useState(false);
  const counts = useModeCounts(store);
  return (
    <Stack gap="md">
      <Card withBorder>
        <Group justify="space-between" align="flex-start">
          <Stack gap={6}>
            <Title order={4}>{t('hosting.ui.overview.storeDefault')}</Title>
            <Group gap="xs">
              <ModeBadge mode={store.hostingMode} size="md" />
            </Group>
            {counts && (
              <Text size="sm" c="dimmed">
                {t('hosting.ui.overview.storeDefaultHelp', { own: counts.own, total: counts.total })}
              </Text>
            )}
          </Stack>
          <Stack gap={6} align="flex-end">
            <Button
              leftSection={<IconArrowsExchange size={16} />}
              onClick={() => setSwitching(true)}
              data-testid="switch-store-mode"
            >
              {t('hosting.ui.overview.switchStore')}
            </Button>
          </Stack>
        </Group>
        {counts && (
          <Group gap="lg" mt="sm" data-testid="products-by-mode">
            <Text size="sm" fw={500}>
              {t('hosting.ui.overview.productsByMode')}:
            </Text>
            {HOSTING_MODES.map((mode) => (
              <Group gap={6} key={mode}>
                <ModeBadge mode={mode} />
                <Text size="sm" data-testid={`mode-count-${mode}`}>
                  {t('hosting.ui.overview.products', { count: counts.counts[mode] })}
                </Text>
              </Group>
            ))}
          </Group>
        )}
      </Card>
      <ResponsibilityMatrix current={store.hostingMode} />
      <ProsConsGrid />
      {switching && (
        <SwitchModeDialog
          opened={switching}
          onClose={() => setSwitching(false)}
          store={store}
          subject={{ kind: 'store' }}
          initialTarget={HOSTING_MODES.find((m) => m !== store.hostingMode)}
          via="hosting"
        />
      )}
    </Stack>
  );
}
