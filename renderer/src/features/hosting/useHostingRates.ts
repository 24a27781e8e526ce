import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { HOSTING_RATES_KEY, interpretStoredRates, type LoadedRates } from '../../data/hosting/hostingRates';
import type { WorkstationDb } from '../../db/db';

/** The calculator's rates, live: a save on the rates tab shows on every hosting screen at once. */
export function useHostingRates(db: WorkstationDb): LoadedRates | undefined {
  const stored = useLiveQuery(
    async () => ({ value: (await db.settings.get(HOSTING_RATES_KEY))?.value }),
    [db],
  );
  return useMemo(() => (stored ? interpretStoredRates(stored.value) : undefined), [stored]);
}
