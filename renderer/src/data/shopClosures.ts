/**
 * The seller's ship-by rule and own closed days, one setting for every screen that counts working days (the
 * ship-by board, the stock-up dates of the promotions calendar). Logistics → Rules edits it.
 */
import type { OwnClosures } from '@shared/calendar/closures';
import { DEFAULT_SHIP_BY_RULE, type ShipByRuleSetting } from '@shared/logistics/deadline';
import type { WorkstationDb } from '../db/db';

export const SHIP_BY_SETTING_KEY = 'logistics.shipByRule';

/** The stored setting over the defaults (a field the stored row lacks keeps its default). */
export function readShipBySetting(stored: unknown): ShipByRuleSetting {
  const value = (stored ?? {}) as Partial<ShipByRuleSetting>;
  return { ...DEFAULT_SHIP_BY_RULE, ...value, own: { ...DEFAULT_SHIP_BY_RULE.own, ...(value.own ?? {}) } };
}

export async function loadOwnClosures(db: WorkstationDb): Promise<OwnClosures> {
  return readShipBySetting((await db.settings.get(SHIP_BY_SETTING_KEY))?.value).own;
}
