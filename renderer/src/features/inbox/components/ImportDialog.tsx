import { useState } from 'react';
import {
  Alert,
  Button,
  Code,
  FileInput,
  Modal,
  Progress,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';

import { parseConversationFile, type ConversationImportResult } from '@shared/inbox/conversationImport';
import { db } from '../../../db/db';
import { importConversations } from '../data/importConversations';
import { useT } from '../../../i18n/useT';

const CSV_EXAMPLE = `conversation_id,buyer_name,country,language,order_id,subject,labels,author,body,sent_at
A1,Иван Петров,RU,ru,8100001,Посылка,vip,buyer,Где моя посылка?,2025-05-01T10:00:00Z`;
const JSON_EXAMPLE = `[{ "id": "A1", "buyerName": "Ana", "country": "BR", "language": "pt", "orderId": "8100002",
   "messages": [{ "author": "buyer", "body": "Oi, cadê meu pedido?", "sentAt": "2025-05-01T10:00:00Z" }] }]`;

/** Import from JSON or CSV: preview what is good and what is wrong (row, field, reason) before writing. */
export function ImportDialog({
  opened,
  onClose,
  storeId,
}: {
  opened: boolean;
  onClose(): void;
  storeId: string;
}) {
  const { t } = useT();
  const [result, setResult] = useState<ConversationImportResult | undefined>();
  const [progress, setProgress] = useState<number | undefined>();
  const [done, setDone] = useState<number | undefined>();

  const choose = async (file: File | null) => {
    setDone(undefined);
    setResult(file ? parseConversationFile(file.name, await file.text()) : undefined);
  };
  const run = async () => {
    if (!result) return;
    const { detectLanguage } = await import('@shared/inbox/language');
    setProgress(0);
    const count = await importConversations(db, storeId, result.conversations, {
      detect: (text) => detectLanguage(text).language,
      onProgress: (d, total) => setProgress((d / total) * 100),
    });
    setProgress(undefined);
    setDone(count);
    setResult(undefined);
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('inbox.ui.import.title')}
      size="xl"
      data-testid="import-dialog"
    >
      <Stack gap="sm">
        <Text size="sm">{t('inbox.ui.import.help')}</Text>
        <Text size="xs" fw={600}>
          CSV
        </Text>
        <Code block>{CSV_EXAMPLE}</Code>
        <Text size="xs" fw={600}>
          JSON
        </Text>
        <Code block>{JSON_EXAMPLE}</Code>
        <Text size="xs" c="dimmed">
          {t('inbox.ui.import.rules')}
        </Text>
        <FileInput
          accept=".json,.csv,application/json,text/csv"
          label={t('inbox.ui.import.file')}
          placeholder={t('inbox.ui.import.choose')}
          onChange={(f) => void choose(f)}
          clearable
          data-testid="import-file"
        />
        {result && (
          <>
            <Alert color={result.issues.length ? 'orange' : 'teal'}>
              {t('inbox.ui.import.summary', { good: result.conversations.length, bad: result.issues.length })}
            </Alert>
            {result.issues.length > 0 && (
              <ScrollArea h={200}>
                <Table data-testid="import-issues">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('inbox.ui.import.row')}</Table.Th>
                      <Table.Th>{t('inbox.ui.import.field')}</Table.Th>
                      <Table.Th>{t('inbox.ui.import.reason')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.issues.slice(0, 200).map((issue, i) => (
                      <Table.Tr key={i}>
                        <Table.Td>{issue.row}</Table.Td>
                        <Table.Td>{issue.field}</Table.Td>
                        <Table.Td>{issue.reason}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea>
            )}
            <Button
              disabled={result.conversations.length === 0 || progress !== undefined}
              onClick={() => void run()}
            >
              {t('inbox.ui.import.run', { count: result.conversations.length })}
            </Button>
          </>
        )}
        {progress !== undefined && <Progress value={progress} />}
        {done !== undefined && <Alert color="teal">{t('inbox.ui.import.done', { count: done })}</Alert>}
      </Stack>
    </Modal>
  );
}
