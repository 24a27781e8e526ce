import { useEffect, useState } from 'react';
import { Alert, Button, Group, Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { HOSTING_MODES, type HostingMode, type Store } from '@shared/domain/types';
import { modeNameKey } from '@shared/hosting';
import { useMoney } from '../../app/useMoney';
import { db } from '../../db/db';
import { useHostingRates } from './useHostingRates';
import type { SwitchSource } from '../../db/db';
import { loadSwitchPreview, type SwitchPreview, type SwitchSubject } from './data/switchPreview';
import { switchProductModes, switchStoreMode, type ProductModeTarget } from '../../data/hosting/switchMode';
import { SwitchPreviewView } from './SwitchPreviewView';
import { useT } from '../../i18n/useT';

interface Props {
  opened: boolean;
  onClose(): void;
  store: Store;
  subject: SwitchSubject;
  initialTarget?: ProductModeTarget;
  via: SwitchSource;
  onSwitched?(target: ProductModeTarget): void;
}

/** Shows what a switch changes (work, screens, money per SKU), asks to confirm, then switches in one transaction. */
export function SwitchModeDialog({ opened, onClose, store, subject, initialTarget, via, onSwitched }: Props) {
  const { t } = useT();
  const money = useMoney();
  const rates = useHostingRates(db)?.rates;
  const [target, setTarget] = useState<ProductModeTarget>(initialTarget ?? store.hostingMode);
  const [preview, setPreview] = useState<SwitchPreview>();
  const [busy, setBusy] = useState(false);
  const subjectKey = subject.kind === 'store' ? 'store' : subject.productIds.join(',');

  useEffect(() => {
    if (opened && initialTarget) setTarget(initialTarget);
  }, [opened, initialTarget]);

  useEffect(() => {
    if (!opened || !rates) return;
    let live = true;
    setPreview(undefined);
    void loadSwitchPreview(db, store, subject, target, rates, money.rates, Date.now()).then(
      (p) => live && setPreview(p),
    );
    return () => {
      live = false;
    };
    // subjectKey stands for `subject`, whose identity changes on every parent render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, store, subjectKey, target, rates, money.rates]);

  const modeLabel = (mode: HostingMode) => t(modeNameKey(mode));
  const options = [
    ...HOSTING_MODES.map((m) => ({ value: m, label: modeLabel(m) })),
    ...(subject.kind === 'products'
      ? [
          {
            value: 'store-default',
            label: t('hosting.ui.switch.storeDefaultOption', { mode: modeLabel(store.hostingMode) }),
          },
        ]
      : []),
  ];
  const nothing =
    preview !== undefined &&
    preview.movingProductIds.length === 0 &&
    (subject.kind === 'products' || target === store.hostingMode);
  const effectiveTarget: HostingMode = target === 'store-default' ? store.hostingMode : target;

  const confirm = async () => {
    setBusy(true);
    try {
      const meta = { at: Date.now(), via };
      if (subject.kind === 'store') {
        await switchStoreMode(db, store.id, effectiveTarget, meta);
        notifications.show({
          color: 'teal',
          message: t('hosting.ui.switch.doneStore', { mode: modeLabel(effectiveTarget) }),
        });
      } else {
        const result = await switchProductModes(db, store.id, subject.productIds, target, meta);
        notifications.show({
          color: 'teal',
          message: t('hosting.ui.switch.doneProducts', {
            count: result.productIds.length,
            mode: modeLabel(effectiveTarget),
          }),
        });
      }
      onSwitched?.(target);
      onClose();
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('hosting.ui.switch.failed', {
          error: error instanceof Error ? error.message : String(error),
        }),
      });
    } finally {
      setBusy(false);
    }
  };

  const title =
    subject.kind === 'store'
      ? t('hosting.ui.switch.titleStore')
      : t('hosting.ui.switch.titleProducts', { count: subject.productIds.length });
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl" data-testid="switch-mode-dialog">
      <Stack gap="md">
        <Select
          label={t('hosting.ui.switch.target')}
          data={options}
          value={target}
          onChange={(v) => v && setTarget(v as ProductModeTarget)}
          allowDeselect={false}
          data-testid="switch-target"
          w={320}
        />
        {!preview ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('hosting.ui.switch.loading')}</Text>
          </Group>
        ) : nothing ? (
          <Alert color="gray">{t('hosting.ui.switch.noChange')}</Alert>
        ) : (
          <SwitchPreviewView preview={preview} subject={subject} format={money.format} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('hosting.ui.switch.cancel')}
          </Button>
          <Button
            onClick={() => void confirm()}
            loading={busy}
            disabled={!preview || nothing}
            data-testid="switch-confirm"
          >
            {t('hosting.ui.switch.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
