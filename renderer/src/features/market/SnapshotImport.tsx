import { useState } from 'react';
import { Alert, Badge, Button, FileButton, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { IconFileImport } from '@tabler/icons-react';
import { useT } from '../../i18n/useT';
import { parseSnapshotFile, type SnapshotImportResult } from '@shared/market/snapshotImport';
import { db } from '../../db/db';
import { snapshotImports, undoSnapshotImport, writeSnapshotImport } from './data/snapshotImportWrite';

/** Snapshot rows from a CSV/XLSX file, with row/column problems, progress and undo per import. */
export function SnapshotImport({
  storeId,
  storeCurrency,
  now,
}: {
  storeId: string;
  storeCurrency: string;
  now(): number;
}) {
  const { t } = useT();
  const [result, setResult] = useState<SnapshotImportResult | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [version, setVersion] = useState(0);
  const imports = useLiveQuery(() => snapshotImports(db, storeId), [storeId, version]);
  const onFile = async (file: File | null) => {
    if (!file) return;
    const parsed = await parseSnapshotFile(
      new Uint8Array(await file.arrayBuffer()),
      file.name,
      storeCurrency,
    );
    setResult(parsed);
    if (parsed.ok) {
      setProgress({ done: 0, total: parsed.rows.length });
      await writeSnapshotImport(db, storeId, parsed, now(), (done, total) => setProgress({ done, total }));
      setProgress(null);
      setVersion((v) => v + 1);
    }
  };
  return (
    <Stack gap="xs">
      <Group>
        <FileButton onChange={(file) => void onFile(file)} accept=".csv,.tsv,.txt,.xlsx">
          {(props) => (
            <Button
              {...props}
              variant="light"
              leftSection={<IconFileImport size={16} />}
              loading={progress !== null}
            >
              {t('market.snapshotImport.button')}
            </Button>
          )}
        </FileButton>
        {(imports ?? []).slice(0, 3).map((record) => (
          <Badge
            key={record.id}
            variant="light"
            rightSection={
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => void undoSnapshotImport(db, record).then(() => setVersion((v) => v + 1))}
              >
                {t('market.trends.undo')}
              </Button>
            }
          >
            {record.fileName} · {record.rows}
          </Badge>
        ))}
      </Group>
      {progress && (
        <Progress
          value={(progress.done / Math.max(1, progress.total)) * 100}
          aria-label={t('market.snapshotImport.button')}
        />
      )}
      {result && (
        <Alert color={result.ok ? (result.errors.length ? 'yellow' : 'green') : 'red'} role="status">
          <Text size="sm">
            {result.ok
              ? t('market.snapshotImport.done', {
                  file: result.fileName,
                  rows: result.rows.length,
                  of: result.dataRows,
                })
              : t('market.trends.importFailed', { file: result.fileName })}
          </Text>
          {result.errors.length > 0 && (
            <List size="xs" mt={4}>
              {result.errors.slice(0, 8).map((e, i) => (
                <List.Item key={i}>
                  {e.row !== null ? `#${e.row} ` : ''}
                  {e.column ? `[${e.column}] ` : ''}
                  {e.message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
