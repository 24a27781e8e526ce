import { useState } from 'react';
import { Button, Group, Modal, NumberInput, Stack } from '@mantine/core';

import type { BulkEdit } from './productRepo';
import { useT } from '../../i18n/useT';

interface Props {
  count: number;
  opened: boolean;
  onClose(): void;
  onApply(edit: BulkEdit): void;
}

export function BulkEditModal({ count, opened, onClose, onApply }: Props) {
  const { t } = useT();
  const [pricePercent, setPricePercent] = useState<number | ''>('');
  const [stock, setStock] = useState<number | ''>('');
  const nothing = pricePercent === '' && stock === '';
  return (
    <Modal opened={opened} onClose={onClose} title={t('bulk.title', { count })}>
      <Stack>
        <NumberInput
          label={t('bulk.priceChange')}
          description={t('bulk.priceHelp')}
          min={-90}
          max={500}
          value={pricePercent}
          onChange={(v) => setPricePercent(v === '' ? '' : Number(v))}
          data-autofocus
        />
        <NumberInput
          label={t('bulk.setStock')}
          min={0}
          max={999_999}
          allowDecimal={false}
          value={stock}
          onChange={(v) => setStock(v === '' ? '' : Number(v))}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('settings.cancel')}
          </Button>
          <Button
            disabled={nothing}
            onClick={() =>
              onApply({
                pricePercent: pricePercent === '' ? undefined : pricePercent,
                stock: stock === '' ? undefined : stock,
              })
            }
          >
            {t('bulk.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
