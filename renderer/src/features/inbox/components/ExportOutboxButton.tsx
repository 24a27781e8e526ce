import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db/db';
import { inboxTables } from '../data/inboxTypes';
import { pendingReplies } from '../data/outbox';
import { downloadText, toCsv } from './download';

/** Every reply still to send as one CSV (order number, buyer, text), for pasting in the seller centre. */
export function ExportOutboxButton({ storeId }: { storeId: string }) {
  const { t } = useTranslation();
  const items = useLiveQuery(() => pendingReplies(db, storeId, 'to-send'), [storeId]) ?? [];
  const exportAll = async () => {
    const conversations = await inboxTables(db).conversations.bulkGet(items.map((i) => i.conversationId));
    const rows = items.map((item, i) => {
      const c = conversations[i];
      return [
        c?.orderId?.split(':').at(-1) ?? '',
        c?.buyerName ?? '',
        c?.language ?? '',
        new Date(item.createdAt).toISOString(),
        item.body,
      ];
    });
    downloadText(
      `outbox-${new Date().toISOString().slice(0, 10)}.csv`,
      toCsv([['order_id', 'buyer_name', 'language', 'queued_at', 'reply'], ...rows]),
      'text/csv',
    );
  };
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconDownload size={14} />}
      disabled={items.length === 0}
      onClick={() => void exportAll()}
      data-testid="outbox-export"
    >
      {t('inboxUi.outbox.exportAll', { count: items.length })}
    </Button>
  );
}
