import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
  useMantineColorScheme,
  type MantineColorScheme,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFolder, IconTrash } from '@tabler/icons-react';

import { DISPLAY_CURRENCIES } from '../../app/currencies';
import { useWorkstation } from '../../app/WorkstationContext';
import { bridge } from '../../bridge/client';
import { db } from '../../db/db';
import { changeLanguage, UI_LANGUAGES, type UiLanguage } from '../../i18n';
import { BackupsCard } from '../backup';
import { DemoProgress, useDemoGenerator } from '../demo';
import { CreateStoreForm } from '../stores';
import { deleteStoreData } from '../../data/deleteStore';
import { ExchangeRatesCard } from './ExchangeRatesCard';
import { useAppInfo } from './useAppInfo';
import { useT } from '../../i18n/useT';
import { Stage, StagedParts } from '../../components/Stages';

export function SettingsPage() {
  const { t } = useT();
  // The stores and the data folder first; then, one task each after the one before painted, the appearance
  // card (its selects and the theme switch measure the page as they mount), the rates' seven number inputs and
  // the backups card.
  return (
    <StagedParts total={4}>
      <Stack gap="lg" maw={860}>
        <Title order={2}>{t('settings.title')}</Title>
        <Stage at={2} fallback={<Card withBorder mih={205} />}>
          <AppearanceCard />
        </Stage>
        <Stage at={3} fallback={<Card withBorder mih={318} />}>
          <ExchangeRatesCard />
        </Stage>
        <StoresCard />
        <DataCard />
        <Stage at={4}>
          <BackupsCardForShell />
        </Stage>
      </Stack>
    </StagedParts>
  );
}

function AppearanceCard() {
  const { t, i18n } = useT();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const { displayCurrency, setDisplayCurrency } = useWorkstation();
  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>{t('settings.appearance')}</Title>
        <Group grow align="flex-start">
          <Select
            label={t('settings.language')}
            data={UI_LANGUAGES.map((l) => ({ value: l.value, label: l.label }))}
            value={i18n.language}
            onChange={(v) => v && void changeLanguage(v as UiLanguage)}
            allowDeselect={false}
          />
          <Select
            label={t('settings.currency')}
            description={t('settings.currencyHelp')}
            data={DISPLAY_CURRENCIES}
            value={displayCurrency}
            onChange={(v) => v && void setDisplayCurrency(v)}
            allowDeselect={false}
          />
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('settings.theme')}
          </Text>
          <SegmentedControl
            w="fit-content"
            value={colorScheme}
            onChange={(v) => setColorScheme(v as MantineColorScheme)}
            data={[
              { value: 'light', label: t('settings.themeLight') },
              { value: 'dark', label: t('settings.themeDark') },
              { value: 'auto', label: t('settings.themeAuto') },
            ]}
          />
        </Stack>
      </Stack>
    </Card>
  );
}

function StoresCard() {
  const { t } = useT();
  const { stores } = useWorkstation();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<{ id: string; name: string }>();
  const demo = useDemoGenerator();
  const hasDemo = stores.some((s) => s.isDemo);

  const resetDemo = async () => {
    for (const store of stores.filter((s) => s.isDemo)) await deleteStoreData(db, store.id);
    demo.start();
  };

  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{t('settings.stores')}</Title>
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('settings.addStore')}
          </Button>
        </Group>
        {stores.map((store) => (
          <Group key={store.id} justify="space-between" wrap="nowrap">
            <Group gap="xs">
              <Text fw={500}>{store.name}</Text>
              {store.isDemo && (
                <Badge size="xs" variant="light">
                  {t('store.demoBadge')}
                </Badge>
              )}
              <Badge size="xs" variant="outline" color="gray">
                {t(`hostingMode.${store.hostingMode}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {store.currency}
              </Text>
            </Group>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              onClick={() => setDeleting({ id: store.id, name: store.name })}
            >
              {t('settings.deleteStore')}
            </Button>
          </Group>
        ))}
        <Title order={5} mt="sm">
          {t('settings.demo')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.resetDemoHelp')}
        </Text>
        {demo.state.status === 'running' ? (
          <DemoProgress state={demo.state} onCancel={demo.cancel} />
        ) : (
          <Group>
            <Button
              variant="default"
              onClick={() => (hasDemo ? void resetDemo() : demo.start())}
              data-testid="reset-demo"
            >
              {hasDemo ? t('settings.resetDemo') : t('settings.createDemo')}
            </Button>
            {demo.state.status === 'done' && (
              <Text size="sm" c="green">
                {t('welcome.done')}
              </Text>
            )}
            {demo.state.status === 'failed' && (
              <Text size="sm" c="red">
                {t('welcome.failed', { message: demo.state.message })}
              </Text>
            )}
          </Group>
        )}
      </Stack>
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('store.newTitle')}>
        <CreateStoreForm
          onCreated={(_id, name) => {
            setAdding(false);
            notifications.show({ message: t('store.created', { name }) });
          }}
        />
      </Modal>
      <Modal
        opened={deleting !== undefined}
        onClose={() => setDeleting(undefined)}
        title={t('settings.deleteStore')}
      >
        <Stack>
          <Text>{t('settings.deleteStoreConfirm', { name: deleting?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(undefined)}>
              {t('settings.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                const target = deleting;
                setDeleting(undefined);
                if (target)
                  void deleteStoreData(db, target.id).then(() =>
                    notifications.show({ message: t('settings.deleted', { name: target.name }) }),
                  );
              }}
            >
              {t('settings.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

/** Backups need the shell (save dialog or download); the card waits for app:info like the data card. */
function BackupsCardForShell() {
  const { data } = useAppInfo();
  return data ? <BackupsCard shell={data.info.shell} /> : null;
}

function DataCard() {
  const { t } = useT();
  const { data, error } = useAppInfo();
  const [revealNote, setRevealNote] = useState<string>();

  const reveal = async () => {
    const result = await bridge.invoke('paths:reveal', { which: 'dataDir' });
    if (result.ok && !result.value.opened)
      setRevealNote(t('settings.revealUnavailable', { path: result.value.path }));
    if (!result.ok) setRevealNote(t('errors.bridge', { message: result.error.message }));
  };

  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>{t('settings.data')}</Title>
        {error && <Alert color="red">{t('errors.bridge', { message: error })}</Alert>}
        {data && (
          <>
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t('settings.dataFolder')}
                </Text>
                <Text size="sm" ff="monospace" data-testid="data-folder">
                  {data.paths.dataDir}
                </Text>
              </Stack>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconFolder size={14} />}
                onClick={() => void reveal()}
              >
                {t('settings.reveal')}
              </Button>
            </Group>
            {revealNote && (
              <Text size="sm" c="dimmed">
                {revealNote}
              </Text>
            )}
            {/* Where browser-mode data lives, storage use and persistence: the backups card below. */}
            <Title order={5} mt="sm">
              {t('settings.about')}
            </Title>
            <Text size="sm" c="dimmed" data-testid="app-version">
              {data.info.name} ·{' '}
              {t('settings.version', {
                version: data.info.version,
                shell:
                  data.info.shell === 'electron' ? t('settings.shellElectron') : t('settings.shellBrowser'),
              })}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}
