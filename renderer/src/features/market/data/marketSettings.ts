/** The seller's market settings per store, kept in the settings table under `market:<storeId>`. */
import { PROMOTION_PRICE_RULES } from '@shared/market/priceHistory';
import type { MarketSettings } from '@shared/market/types';
import type { WorkstationDb } from '../../../db/db';

export const DEFAULT_MARKET_SETTINGS: MarketSettings = {
  undercutPercent: 5,
  productUndercutPercent: {},
  transitDays: 7,
  inboundDays: 5,
  priceRules: [...PROMOTION_PRICE_RULES],
};

export const marketSettingsKey = (storeId: string) => `market:${storeId}`;

export async function loadMarketSettings(db: WorkstationDb, storeId: string): Promise<MarketSettings> {
  const row = await db.settings.get(marketSettingsKey(storeId));
  const stored = (row?.value ?? {}) as Partial<MarketSettings>;
  return { ...DEFAULT_MARKET_SETTINGS, ...stored };
}

export async function saveMarketSettings(
  db: WorkstationDb,
  storeId: string,
  patch: Partial<MarketSettings>,
): Promise<void> {
  const current = await loadMarketSettings(db, storeId);
  await db.settings.put({ key: marketSettingsKey(storeId), value: { ...current, ...patch } });
}
