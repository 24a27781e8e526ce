import { IconPhoto } from '@tabler/icons-react';
import { IconArrowsExchange } from '@tabler/icons-react';
import { IconMessages } from '@tabler/icons-react';
import { IconBinoculars } from '@tabler/icons-react';
import { IconTruckDelivery } from '@tabler/icons-react';
import { IconSpeakerphone } from '@tabler/icons-react';
import {
  IconChartBar,
  IconFileImport,
  IconPackage,
  IconReceipt,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';

export interface NavEntry {
  path: string;
  labelKey: string;
  icon: Icon;
  /** Keyboard shortcut with Alt, shown in the tooltip. */
  hotkey: string;
}

/** Only modules that really work are listed; each later feature adds its own entry here. */
export const STORE_NAV: NavEntry[] = [
  { path: '/dashboard', labelKey: 'nav.dashboard', icon: IconChartBar, hotkey: '1' },
  { path: '/orders', labelKey: 'nav.orders', icon: IconReceipt, hotkey: '2' },
  { path: '/catalog', labelKey: 'nav.catalog', icon: IconPackage, hotkey: '3' },
  { path: '/inbox', labelKey: 'inbox.ui.nav', icon: IconMessages, hotkey: '4' },
  { path: '/import', labelKey: 'import.nav', icon: IconFileImport, hotkey: '5' },
  { path: '/photos', labelKey: 'photos.nav', icon: IconPhoto, hotkey: '6' },
  { path: '/hosting', labelKey: 'hosting.ui.nav', icon: IconArrowsExchange, hotkey: '7' },
  { path: '/logistics', labelKey: 'logistics.nav', icon: IconTruckDelivery, hotkey: '8' },
  { path: '/market', labelKey: 'market.nav', icon: IconBinoculars, hotkey: '9' },
  { path: '/creators', labelKey: 'creators.nav', icon: IconSpeakerphone, hotkey: '0' },
];

export const APP_NAV: NavEntry[] = [
  { path: '/settings', labelKey: 'nav.settings', icon: IconSettings, hotkey: ',' },
];

/** The key's code (KeyboardEvent.code) as Mantine's physical-key matching names it: '1' → Digit1, ',' → Comma. */
export function physicalKey(key: string): string {
  if (/^\d$/.test(key)) return `Digit${key}`;
  return key === ',' ? 'Comma' : key;
}
