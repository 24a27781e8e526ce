import { defaultHostingRates, parseHostingRates, type HostingRates } from '@shared/hosting';
import type { WorkstationDb } from '../../db/db';

/** Settings key of the hosting calculator's rates (validated with HostingRatesSchema on every read and write). */
export const HOSTING_RATES_KEY = 'hostingRates';

export interface LoadedRates {
  rates: HostingRates;
  /** True when stored settings exist but fail validation (then the defaults are used and the user is told). */
  storedInvalid: boolean;
  isDefault: boolean;
}

export function interpretStoredRates(stored: unknown): LoadedRates {
  if (stored === undefined) return { rates: defaultHostingRates(), storedInvalid: false, isDefault: true };
  const parsed = parseHostingRates(stored);
  return parsed.ok
    ? { rates: parsed.value, storedInvalid: false, isDefault: false }
    : { rates: defaultHostingRates(), storedInvalid: true, isDefault: true };
}

export async function loadHostingRates(db: WorkstationDb): Promise<LoadedRates> {
  return interpretStoredRates((await db.settings.get(HOSTING_RATES_KEY))?.value);
}

/** Saves only valid settings; returns the validation error (English, for logs) otherwise. */
export async function saveHostingRates(
  db: WorkstationDb,
  rates: unknown,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const parsed = parseHostingRates(rates);
  if (!parsed.ok) return parsed;
  await db.settings.put({ key: HOSTING_RATES_KEY, value: parsed.value });
  return { ok: true };
}

/** Back to the documented defaults: the stored row goes, so later default updates reach this user too. */
export async function resetHostingRates(db: WorkstationDb): Promise<void> {
  await db.settings.delete(HOSTING_RATES_KEY);
}
