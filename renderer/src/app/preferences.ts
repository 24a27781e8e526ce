import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';

/** Settings kept in IndexedDB with the data they describe; a tiny table, read whole. */
export interface Preferences {
  activeStoreId?: string;
  displayCurrency: string;
}

const DEFAULTS: Preferences = { displayCurrency: 'USD' };

export function usePreferences(): Preferences | undefined {
  return useLiveQuery(async () => {
    const rows = await db.settings.bulkGet(['activeStoreId', 'displayCurrency']);
    return {
      activeStoreId: (rows[0]?.value as string | undefined) ?? DEFAULTS.activeStoreId,
      displayCurrency: (rows[1]?.value as string | undefined) ?? DEFAULTS.displayCurrency,
    };
  }, []);
}

export async function setPreference<K extends keyof Preferences>(
  key: K,
  value: Preferences[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
