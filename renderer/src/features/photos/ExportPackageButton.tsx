import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileZip } from '@tabler/icons-react';

import { db } from '../../db/db';
import { exportUploadPackage } from './exportPackage';
import { useShellKind } from './useShellKind';
import { useT } from '../../i18n/useT';

/** "Export upload package" for the products selected in the catalog: a zip of products.csv and their images. */
export function ExportPackageButton({ productIds }: { productIds: string[] }) {
  const { t } = useT();
  const shell = useShellKind();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const done = await exportUploadPackage(db, productIds, shell ?? 'browser');
      notifications.show({
        color: 'teal',
        message: t(`photos.export.${done.delivered}`, {
          name: done.fileName,
          images: done.imageCount,
          rows: done.rowCount,
          path: done.path,
        }),
      });
      if (done.incompleteCount > 0)
        notifications.show({
          color: 'yellow',
          autoClose: false,
          message: t('photos.export.incomplete', { count: done.incompleteCount }),
        });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('photos.export.failed'),
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconFileZip size={14} />}
      loading={busy}
      onClick={() => void run()}
      disabled={productIds.length === 0}
      data-testid="export-package"
    >
      {t('photos.export.button', { count: productIds.length })}
    </Button>
  );
}
