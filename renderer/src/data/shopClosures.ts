/**
 * The seller's ship-by rule and own closed days, one setting for every screen that counts working days (the
 * ship-by board, the stock-up dates of the promotions calendar). Logistics → Rules edits it.
 */
import type { OwnClosures } from '@shared/calendar/closures';
import { readShipBySetting, SHIP_BY_SETTING_KEY } from '@shared/logistics/deadline';
import type { WorkstationDb } from '../db/db';

export { readShipBySetting, SHIP_BY_SETTING_KEY };

export async function loadOwnClosures(db: WorkstationDb): Promise<OwnClosures> {
  return readShipBySetting((await db.settings.get(SHIP_BY_SETTING_KEY))?.value).own;
}
