/**
 * What changes for the merchant, and on which screens, when a product (or the store default) moves between
 * hosting modes. Everything user-facing is an i18n key.
 */
import type { HostingMode } from '@shared/domain/types';
import {
  RESPONSIBILITY_AREAS,
  RESPONSIBILITY_MATRIX,
  platformAnswersBuyers,
  type Party,
  type ResponsibilityArea,
} from './responsibilities';

/**
 * Which way an area moves. An area that becomes shared is not "handed over": the merchant still does part of it,
 * so it gets its own direction and its own words on every screen.
 */
export type LoadDirection = 'less-for-merchant' | 'shared-with-platform' | 'more-for-merchant';

export interface ResponsibilityChange {
  area: ResponsibilityArea;
  before: Party;
  after: Party;
  direction: LoadDirection;
}

export const AFFECTED_SCREENS = ['catalog', 'inbox', 'fulfilment', 'analytics'] as const;
export type AffectedScreen = (typeof AFFECTED_SCREENS)[number];

export interface ScreenChange {
  screen: AffectedScreen;
  /** i18n key describing the change, e.g. `hosting.switch.screen.catalog.toSupplyPrice`. */
  changeKey: string;
}

export interface SwitchImpact {
  from: HostingMode;
  to: HostingMode;
  changes: ResponsibilityChange[];
  /** Areas the merchant still carries (alone or shared) after the switch. */
  kept: ResponsibilityArea[];
  screens: ScreenChange[];
}

// How much of an area sits with the merchant: used only to say which way a change goes.
const LOAD: Record<Party, number> = { platform: 0, shared: 1, merchant: 2 };

const servesBuyers = (mode: HostingMode) => !platformAnswersBuyers(mode);

function screenChanges(from: HostingMode, to: HostingMode): ScreenChange[] {
  if (from === to) return [];
  const key = (screen: AffectedScreen, change: string): ScreenChange => ({
    screen,
    changeKey: `hosting.switch.screen.${screen}.${change}`,
  });
  const screens: ScreenChange[] = [];
  if (to === 'fully-managed') screens.push(key('catalog', 'toSupplyPrice'));
  if (from === 'fully-managed') screens.push(key('catalog', 'toRetailPrice'));
  if (servesBuyers(from) && !servesBuyers(to)) screens.push(key('inbox', 'becomesReadOnly'));
  if (!servesBuyers(from) && servesBuyers(to)) screens.push(key('inbox', 'becomesEditable'));
  const fulfilment: Record<HostingMode, string> = {
    'fully-managed': 'toWarehouseInbound',
    'semi-managed': 'toPlatformHandover',
    'self-operated': 'toBuyerParcels',
  };
  screens.push(key('fulfilment', fulfilment[to]));
  // Figures before and after the switch are not comparable as one series, so analytics splits by mode.
  screens.push(key('analytics', 'splitByMode'));
  return screens;
}

function directionOf(before: Party, after: Party): LoadDirection {
  if (LOAD[after] > LOAD[before]) return 'more-for-merchant';
  return after === 'shared' ? 'shared-with-platform' : 'less-for-merchant';
}

export function switchImpact(from: HostingMode, to: HostingMode): SwitchImpact {
  const changes: ResponsibilityChange[] = [];
  for (const area of RESPONSIBILITY_AREAS) {
    const before = RESPONSIBILITY_MATRIX[from][area].who;
    const after = RESPONSIBILITY_MATRIX[to][area].who;
    if (before === after) continue;
    changes.push({
      area,
      before,
      after,
      direction: directionOf(before, after),
    });
  }
  const kept = RESPONSIBILITY_AREAS.filter((area) => RESPONSIBILITY_MATRIX[to][area].who !== 'platform');
  return { from, to, changes, kept, screens: screenChanges(from, to) };
}
