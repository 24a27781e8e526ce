import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';

interface Props {
  title: string;
  size?: ModalProps['size'];
  /** The submit button's text; "Save" when not given. */
  submitLabel?: string;
  onClose(): void;
  onSubmit(): void | Promise<void>;
  children: ReactNode;
}

/** The desk's form dialogs (creator, campaign, LIVE schedule and result): the fields, then Cancel and the submit. */
export function FormModal({ title, size, submitLabel, onClose, onSubmit, children }: Props) {
  const { t } = useT();
  return (
    <Modal opened onClose={onClose} title={title} {...(size ? { size } : {})}>
      <Stack>
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('creators.cancel')}
          </Button>
          <Button onClick={() => void onSubmit()}>{submitLabel ?? t('creators.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
