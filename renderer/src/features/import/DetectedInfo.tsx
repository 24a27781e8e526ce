import { SimpleGrid, Stack, Text } from '@mantine/core';

import type { ImportPreview } from './preview';
import { useT } from '../../i18n/useT';

const DELIMITER_KEYS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

function Fact({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

export function DetectedInfo({ preview }: { preview: ImportPreview }) {
  const { t } = useT();
  const none = t('import.detected.none');
  const delimiterKey = preview.delimiter === null ? undefined : DELIMITER_KEYS[preview.delimiter];
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }}>
      <Fact
        label={t('import.detected.format')}
        value={preview.format?.toUpperCase() ?? none}
        testId="detected-format"
      />
      <Fact
        label={t('import.detected.encoding')}
        value={preview.encoding?.toUpperCase() ?? none}
        testId="detected-encoding"
      />
      <Fact
        label={t('import.detected.delimiter')}
        value={
          delimiterKey ? t(`import.detected.delimiterName.${delimiterKey}`) : (preview.delimiter ?? none)
        }
        testId="detected-delimiter"
      />
      <Fact
        label={t('import.detected.headerRow')}
        value={preview.headerRow?.toString() ?? none}
        testId="detected-header-row"
      />
      <Fact label={t('import.detected.rows')} value={preview.rows.toLocaleString()} testId="detected-rows" />
    </SimpleGrid>
  );
}
