import { DEFAULT_EXCHANGE_RATES, ExchangeRatesSchema, type ExchangeRates } from '@shared/analytics/money';
import type { WorkstationDb } from '../db/db';

/** Settings key of the user's exchange rates (Settings → Exchange rates). */
export const EXCHANGE_RATES_KEY = 'exchangeRates';

/** The stored rates when valid, else the defaults (as the UI shows them). */
export function interpretExchangeRates(stored: unknown): ExchangeRates {
  const parsed = ExchangeRatesSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_EXCHANGE_RATES;
}

/** For code outside React (workers): the same rates the screens convert with. */
export async function loadExchangeRates(db: WorkstationDb): Promise<ExchangeRates> {
  return interpretExchangeRates((await db.settings.get(EXCHANGE_RATES_KEY))?.value);
}
