import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';

import { db } from '../../../db/db';
import { outboxCsv, pendingReplies } from '../data/outbox';
import { downloadText } from './download';
import { useT } from '../../../i18n/useT';

/** Every reply still to send as one CSV (order number, buyer, text), for pasting in the seller centre. */
export function ExportOutboxButton({ storeId }: { storeId: string }) {
  const { t } = useT();
  const items = useLiveQuery(() => pendingReplies(db, storeId, 'to-send'), [storeId]) ?? [];
  const exportAll = async () => {
    downloadText(
      `outbox-${new Date().toISOString().slice(0, 10)}.csv`,
      await outboxCsv(db, storeId),
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
      {t('inbox.ui.outbox.exportAll', { count: items.length })}
    </Button>
  );
}
