import { Button, Card, Group, Stack, Title } from '@mantine/core';
import type { MappingOverride } from '@shared/import';

import { DetectedInfo } from './DetectedInfo';
import { MappingEditor } from './MappingEditor';
import type { ImportPreview } from './preview';
import { ProblemList } from './ProblemList';
import { SampleTable } from './SampleTable';
import { useT } from '../../i18n/useT';

interface Props {
  preview: ImportPreview;
  busy: boolean;
  onMappingChange(mapping: MappingOverride): void;
  onImport(): void;
  onCancel(): void;
}

export function PreviewPanel({ preview, busy, onMappingChange, onImport, onCancel }: Props) {
  const { t } = useT();
  const importLabel =
    preview.goodRecords === 0
      ? t('import.action.nothing')
      : t(preview.kind === 'orders' ? 'import.action.importOrders' : 'import.action.importTraffic', {
          count: preview.goodRecords,
        });
  return (
    <Card withBorder padding="lg" data-testid="import-preview">
      <Stack gap="lg">
        <Title order={4}>{t('import.detected.title')}</Title>
        <DetectedInfo preview={preview} />
        <Title order={4}>{t('import.mapping.title')}</Title>
        <MappingEditor preview={preview} onChange={onMappingChange} />
        <Title order={4}>{t('import.sample.title')}</Title>
        <SampleTable preview={preview} />
        <Title order={4} data-testid="import-problem-count">
          {preview.problemCount === 0
            ? t('import.problems.none')
            : t('import.problems.count', { count: preview.problemCount })}
        </Title>
        {preview.problemCount > 0 && <ProblemList problems={preview.problems} count={preview.problemCount} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('import.action.cancel')}
          </Button>
          <Button
            onClick={onImport}
            disabled={busy || preview.goodRecords === 0}
            data-testid="import-confirm"
          >
            {importLabel}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
