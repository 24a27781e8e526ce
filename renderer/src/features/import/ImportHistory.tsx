import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportBatch } from '@shared/domain/types';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';

import { db } from '../../db/db';
import { localeOf } from '../../i18n';
import { undoInWorker } from './workerTask';
import { useT } from '../../i18n/useT';

const STATUS_COLOR: Record<ImportBatch['status'], string> = { running: 'blue', done: 'teal', undone: 'gray' };

type UndoMessage = { color: string; text: string } | undefined;

function useUndo(): { undoing: boolean; message: UndoMessage; undo(batch: ImportBatch): Promise<void> } {
  const { t } = useT();
  const [undoing, setUndoing] = useState(false);
  const [message, setMessage] = useState<UndoMessage>();
  const undo = async (batch: ImportBatch) => {
    setUndoing(true);
    const event = await undoInWorker(batch.id);
    setUndoing(false);
    if (event.type === 'undone') setMessage({ color: 'teal', text: t('import.undo.done') });
    else if (event.type === 'failed' && event.blockedBy)
      setMessage({ color: 'yellow', text: t('import.undo.blocked', { file: event.blockedBy }) });
    else
      setMessage({
        color: 'red',
        text: t('import.undo.failed', { message: event.type === 'failed' ? event.message : event.type }),
      });
  };
  return { undoing, message, undo };
}

export function ImportHistory({ storeId }: { storeId: string }) {
  const { t, i18n } = useT();
  // One row per import the user ran: a short list, read whole.
  const batches = useLiveQuery(
    () => db.importBatches.where('storeId').equals(storeId).reverse().sortBy('importedAt'),
    [storeId],
  );
  const [confirming, setConfirming] = useState<ImportBatch | undefined>();
  const { undoing, message, undo } = useUndo();
  const date = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  const visible = (batches ?? []).filter((b) => b.kind === 'orders' || b.kind === 'traffic');

  return (
    <Stack gap="sm">
      <Title order={3}>{t('import.history.title')}</Title>
      {message && <Alert color={message.color}>{message.text}</Alert>}
      {visible.length === 0 ? (
        <Text c="dimmed">{t('import.history.empty')}</Text>
      ) : (
        <Table striped withTableBorder data-testid="import-history">
          <Table.Thead>
            <Table.Tr>
              {['file', 'kind', 'date', 'rows', 'status'].map((key) => (
                <Table.Th key={key}>{t(`import.history.${key}`)}</Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((batch) => (
              <Table.Tr key={batch.id} data-testid="import-history-row">
                <Table.Td>{batch.fileName}</Table.Td>
                <Table.Td>{t(`import.kind.${batch.kind}`)}</Table.Td>
                <Table.Td>{date.format(batch.importedAt)}</Table.Td>
                <Table.Td ta="right">{batch.rows.toLocaleString()}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[batch.status]} variant="light">
                    {t(`import.status.${batch.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {batch.status === 'done' && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setConfirming(batch)}
                      disabled={undoing}
                    >
                      {t('import.history.undo')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={confirming !== undefined}
        onClose={() => setConfirming(undefined)}
        title={t('import.undo.confirmTitle')}
      >
        <Stack>
          <Text size="sm">{t('import.undo.confirmBody', { file: confirming?.fileName ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(undefined)}>
              {t('import.undo.keep')}
            </Button>
            <Button
              color="red"
              loading={undoing}
              onClick={() => {
                const batch = confirming;
                setConfirming(undefined);
                if (batch) void undo(batch);
              }}
            >
              {t('import.undo.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
