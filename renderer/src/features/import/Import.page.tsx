import { Alert, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { ImportKind, MappingOverride } from '@shared/import';
import { useState } from 'react';

import { useWorkstation } from '../../app/WorkstationContext';
import { db } from '../../db/db';
import { FileDrop } from './FileDrop';
import { ImportHistory } from './ImportHistory';
import { startImport, useImportRun } from './importRunner';
import { rememberMapping } from './layouts';
import { PreviewPanel } from './PreviewPanel';
import { RunStatus } from './RunStatus';
import { useImportPreview } from './useImportPreview';
import { useT } from '../../i18n/useT';

export function ImportPage() {
  const { t } = useT();
  const { activeStore } = useWorkstation();
  const run = useImportRun();
  const [file, setFile] = useState<File | undefined>();
  const [kind, setKind] = useState<ImportKind>('orders');
  const [mapping, setMapping] = useState<MappingOverride | undefined>();
  const preview = useImportPreview(file, kind, activeStore?.id, mapping);
  const running = run.status === 'running';

  const chooseFile = (next: File) => {
    setMapping(undefined);
    setFile(next);
  };
  const changeMapping = (next: MappingOverride) => {
    if (preview.status === 'ready' && preview.preview.layoutFingerprint)
      void rememberMapping(db, preview.preview.layoutFingerprint, kind, next);
    setMapping(next);
  };
  const confirm = () => {
    if (!file || !activeStore || preview.status !== 'ready') return;
    const override = preview.preview.override;
    void startImport(file, { storeId: activeStore.id, kind, ...(override ? { mapping: override } : {}) });
    setFile(undefined);
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('import.title')}</Title>
        <Text c="dimmed">{t('import.subtitle')}</Text>
      </Stack>
      <RunStatus state={run} />
      <Group>
        <Text fw={500}>{t('import.kindLabel')}</Text>
        <SegmentedControl
          value={kind}
          onChange={(value) => {
            setMapping(undefined);
            setKind(value as ImportKind);
          }}
          data={[
            { value: 'orders', label: t('import.kind.orders') },
            { value: 'traffic', label: t('import.kind.traffic') },
          ]}
          data-testid="import-kind"
        />
      </Group>
      <FileDrop onFile={chooseFile} disabled={running} />
      {preview.status === 'reading' && (
        <Group>
          <Loader size="sm" />
          <Text>{t('import.reading', { file: preview.fileName })}</Text>
        </Group>
      )}
      {preview.status === 'failed' && (
        <Alert color="red">{t('import.previewFailed', { message: preview.message })}</Alert>
      )}
      {preview.status === 'ready' && file && (
        <PreviewPanel
          preview={preview.preview}
          busy={running}
          onMappingChange={changeMapping}
          onImport={confirm}
          onCancel={() => setFile(undefined)}
        />
      )}
      {activeStore && <ImportHistory storeId={activeStore.id} />}
    </Stack>
  );
}
