import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Store } from '@shared/domain/types';
import { compareModes, type HostingRates, type ModeComparison } from '@shared/hosting';
import { useMoney } from '../../app/useMoney';
import { db } from '../../db/db';
import { useHostingRates } from './useHostingRates';
import { loadStoreSkus, type SkuContext } from '../../data/hosting/profitInputs';

export interface ProfitRow extends SkuContext {
  /** Undefined when the SKU cannot be priced (no exchange rate for its currency). */
  comparison?: ModeComparison;
}

export interface ProfitRows {
  rows: ProfitRow[];
  rates: HostingRates;
  window: { from: string; to: string };
}

/** Every SKU of the store with the three modes side by side; live, so a switch or a rates edit shows at once. */
export function useProfitRows(store: Store | undefined): ProfitRows | undefined {
  const money = useMoney();
  const loaded = useHostingRates(db);
  const rates = loaded?.rates;
  const skus = useLiveQuery(
    () => (store && rates ? loadStoreSkus(db, store, rates.currency, money.rates, Date.now()) : undefined),
    [store, rates?.currency, money.rates],
  );
  return useMemo(() => {
    if (!skus || !rates) return undefined;
    const rows = skus.rows.map((row): ProfitRow => {
      if (!row.input) return row;
      try {
        return { ...row, comparison: compareModes(row.input, rates) };
      } catch {
        return row;
      }
    });
    return { rows, rates, window: skus.window };
  }, [skus, rates]);
}
