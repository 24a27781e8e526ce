import { Group, Pill, Text } from '@mantine/core';

import type { KeyFilter } from './loadDashboard';
import { useT } from '../../i18n/useT';

/** "Country: Russia ×": what the dashboard is narrowed to; × (or Esc) shows the whole store again. */
export function FilterChip({
  filter,
  name,
  onClear,
}: {
  filter: KeyFilter | undefined;
  name: string | undefined;
  onClear(): void;
}) {
  const { t } = useT();
  if (!filter) {
    return (
      <Text size="sm" c="dimmed" data-testid="dashboard-filter-hint">
        {t('dashboardFilter.hint')}
      </Text>
    );
  }
  const label = t(`dashboardFilter.${filter.dimension}`, { name: name ?? filter.key });
  return (
    <Group gap="xs">
      <Pill
        size="lg"
        withRemoveButton
        onRemove={onClear}
        removeButtonProps={{
          tabIndex: 0,
          'aria-hidden': false,
          'aria-label': t('dashboardFilter.clear'),
          title: t('dashboardFilter.clear'),
        }}
        data-testid="dashboard-filter-chip"
        title={label}
        maw={560}
        styles={{
          root: {
            background: 'var(--mantine-primary-color-light)',
            color: 'var(--mantine-primary-color-light-color)',
            fontWeight: 600,
          },
        }}
      >
        {label}
      </Pill>
      <Text size="xs" c="dimmed">
        {t('dashboardFilter.escHint')}
      </Text>
    </Group>
  );
}
