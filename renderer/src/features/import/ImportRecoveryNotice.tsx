import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { db } from '../../db/db';
import { useT } from '../../i18n/useT';
import { recoverAtStartup, type RolledBackImport } from './recovery';

const NOTICE_ID = 'import-recovery';
/** Once per page load, however often the shell re-renders or remounts. */
// A notification outlives the component, so the outcome is shown even if the shell remounted meanwhile.
let recovery: Promise<RolledBackImport[]> | undefined;

const fileList = (batches: RolledBackImport[]) => batches.map((b) => `"${b.fileName}"`).join(', ');

/**
 * At start, rolls back any import a crash left half-written, and says so: while it runs (the figures are
 * about to change) and when it is done (the user must import that file again). Renders nothing itself.
 */
export function ImportRecoveryNotice() {
  const { t } = useT();
  useEffect(() => {
    recovery ??= recoverAtStartup(db, (batches) =>
      notifications.show({
        id: NOTICE_ID,
        loading: true,
        autoClose: false,
        withCloseButton: false,
        message: t('import.recovery.running', { files: fileList(batches) }),
      }),
    );
    recovery.then(
      (batches) => {
        if (batches.length === 0) return;
        notifications.update({
          id: NOTICE_ID,
          loading: false,
          color: 'yellow',
          autoClose: false,
          withCloseButton: true,
          message: t('import.recovery.done', { count: batches.length, files: fileList(batches) }),
        });
      },
      (error: unknown) =>
        notifications.show({
          id: NOTICE_ID,
          color: 'red',
          autoClose: false,
          message: t('import.recovery.failed', { message: String((error as Error)?.message ?? error) }),
        }),
    );
  }, [t]);
  return null;
}
