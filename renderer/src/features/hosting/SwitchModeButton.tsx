import { useState } from 'react';
import { Button, Tooltip } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';

import { useWorkstation } from '../../app/WorkstationContext';
import { db } from '../../db/db';
import type { ProductModeTarget } from '../../data/hosting/switchMode';
import { SwitchModeDialog } from './SwitchModeDialog';
import { useT } from '../../i18n/useT';

/**
 * The product editor's way into a recorded switch (preview, confirm, history, conversations). The editor's own
 * select only edits the form; this button changes the stored product and tells the editor the new mode.
 */
export function SwitchModeButton({
  productId,
  onSwitched,
}: {
  productId: string;
  onSwitched(target: ProductModeTarget): void;
}) {
  const { t } = useT();
  const { activeStore } = useWorkstation();
  const [opened, setOpened] = useState(false);
  const saved = useLiveQuery(async () => (await db.products.get(productId)) !== undefined, [productId]);
  if (!activeStore) return null;
  return (
    <>
      <Tooltip label={t('hosting.ui.switch.saveFirst')} disabled={saved !== false}>
        <Button
          variant="light"
          size="sm"
          mt={24}
          leftSection={<IconArrowsExchange size={14} />}
          onClick={() => setOpened(true)}
          disabled={!saved}
          data-testid="switch-mode-button"
        >
          {t('hosting.ui.switch.button')}
        </Button>
      </Tooltip>
      {opened && (
        <SwitchModeDialog
          opened={opened}
          onClose={() => setOpened(false)}
          store={activeStore}
          subject={{ kind: 'products', productIds: [productId] }}
          via="editor"
          onSwitched={onSwitched}
        />
      )}
    </>
  );
}
