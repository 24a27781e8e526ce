import { Kbd, Modal, Table } from '@mantine/core';

import { SHORTCUTS } from '../hooks/useInboxKeyboard';
import { useT } from '../../../i18n/useT';

export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useT();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('inbox.ui.shortcuts.title')}
      data-testid="shortcuts-help"
    >
      <Table>
        <Table.Tbody>
          {SHORTCUTS.map((s) => (
            <Table.Tr key={s.keys}>
              <Table.Td>
                <Kbd>{s.keys}</Kbd>
              </Table.Td>
              <Table.Td>{t(`inbox.ui.shortcuts.${s.action}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
