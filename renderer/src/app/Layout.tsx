import {
  ActionIcon,
  AppShell,
  Badge,
  Burger,
  Group,
  NavLink,
  ScrollArea,
  Select,
  Text,
  Tooltip,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconBuildingStore, IconMoon, IconSun } from '@tabler/icons-react';

import { NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { DISPLAY_CURRENCIES } from './currencies';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { changeLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n';
import { APP_NAV, STORE_NAV, physicalKey, type NavEntry } from './navigation';
import { ImportRecoveryNotice } from '../features/import';
import { LogisticsWatcher } from '../features/logistics';
import { useWorkstation } from './WorkstationContext';
import { useT } from '../i18n/useT';

export function Layout() {
  const { t } = useT();
  const [opened, { toggle }] = useDisclosure();
  const navigate = useNavigate();
  const { activeStore } = useWorkstation();
  // Alt+number wherever focus is, the reply box and search fields included (nothing is ignored), and by the
  // physical key: on a Mac, Option+1 types "¡", which would never match "1".
  useHotkeys(
    [...STORE_NAV, ...APP_NAV].map((entry) => [
      `alt+${physicalKey(entry.hotkey)}`,
      () => void navigate(entry.path),
      { preventDefault: true, usePhysicalKeys: true },
    ]),
    [],
    true,
  );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('header.toggleNavigation')}
            />
            <IconBuildingStore size={24} color="var(--mantine-primary-color-filled)" aria-hidden />
            <Text component="h1" m={0} fw={700} size="lg" visibleFrom="xs">
              {t('app.name')}
            </Text>
          </Group>
          <HeaderControls />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea>
          <NavSection title={t('nav.sectionStore')} entries={STORE_NAV} />
          <NavSection title={t('nav.sectionApp')} entries={APP_NAV} />
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <ImportRecoveryNotice />
        <LogisticsWatcher storeId={activeStore?.id} />
        <ErrorBoundary>
          <Outlet />
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}

function NavSection({ title, entries }: { title: string; entries: NavEntry[] }) {
  const { t } = useT();
  return (
    <>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
        {title}
      </Text>
      {entries.map((entry) => (
        <NavLink
          key={entry.path}
          component={RouterNavLink}
          to={entry.path}
          label={t(entry.labelKey)}
          leftSection={<entry.icon size={18} stroke={1.6} aria-hidden />}
          rightSection={
            <Text size="xs" c="dimmed" aria-hidden>
              Alt+{entry.hotkey}
            </Text>
          }
        />
      ))}
    </>
  );
}

function HeaderControls() {
  const { t, i18n } = useT();
  const { stores, activeStore, selectStore, displayCurrency, setDisplayCurrency } = useWorkstation();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');

  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        aria-label={t('header.store')}
        w={290}
        size="sm"
        leftSection={
          activeStore?.isDemo ? (
            <Badge size="xs" variant="light">
              {t('store.demoBadge')}
            </Badge>
          ) : undefined
        }
        leftSectionWidth={activeStore?.isDemo ? 52 : undefined}
        data={stores.map((s) => ({ value: s.id, label: s.name }))}
        value={activeStore?.id ?? null}
        placeholder={t('header.noStore')}
        onChange={(id) => id && void selectStore(id)}
        allowDeselect={false}
        data-testid="store-switcher"
      />
      <Select
        aria-label={t('header.displayCurrency')}
        w={96}
        size="sm"
        data={DISPLAY_CURRENCIES}
        value={displayCurrency}
        onChange={(code) => code && void setDisplayCurrency(code)}
        allowDeselect={false}
        data-testid="currency-switcher"
      />
      <Select
        aria-label={t('header.language')}
        w={116}
        size="sm"
        data={UI_LANGUAGES.map((l) => ({ value: l.value, label: l.label }))}
        value={i18n.language}
        onChange={(lang) => lang && void changeLanguage(lang as UiLanguage)}
        allowDeselect={false}
        data-testid="language-switcher"
      />
      <Tooltip label={t('header.toggleTheme')}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('header.toggleTheme')}
          onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
          data-testid="theme-toggle"
        >
          {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
