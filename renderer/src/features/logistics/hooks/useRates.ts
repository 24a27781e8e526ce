import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { rateRowFromCarrierRate } from '@shared/logistics/demoRates';
import {
  DEFAULT_PLATFORM_SHIPPING_RULES as DEFAULT_RULES,
  PLATFORM_SHIPPING_RULES_KEY,
  platformShippingRulesFrom,
  type PlatformShippingRule,
} from '@shared/logistics/platformRules';
import type { QuoteContext } from '@shared/logistics/quote';
import type { RateRow } from '@shared/logistics/rates';
import type { RateTableRecord } from '@shared/logistics/records';
import { db } from '../../../db/db';

export interface RateSources {
  /** Rows of every active table plus the demo contract cards, as the quote engine reads them. */
  rows: RateRow[];
  tables: RateTableRecord[];
  demoRowCount: number;
  /** The platform's carrier rules as the seller keeps them (the defaults until edited). */
  rules: readonly PlatformShippingRule[];
  /** What every quote on these screens is read with: the rules above. */
  quoteContext: QuoteContext;
  loaded: boolean;
}

export function useRates(): RateSources {
  const data = useLiveQuery(async () => {
    const [tables, demo, rules] = await Promise.all([
      db.rateTables.orderBy('importedAt').toArray(),
      db.carrierRates.toArray(),
      db.settings.get(PLATFORM_SHIPPING_RULES_KEY),
    ]);
    return {
      tables: tables.filter((t) => !t.deletedAt),
      demo,
      rules: platformShippingRulesFrom(rules?.value),
    };
  }, []);
  const rules = data?.rules ?? DEFAULT_RULES;
  // One context object per stored list, so the prepared quoter is kept between renders.
  const quoteContext = useMemo(() => ({ rules }), [rules]);
  // The same arrays until the tables change: quotes keep their prepared table across renders.
  const { tables, demoRows, rows } = useMemo(() => {
    const tables = data?.tables ?? [];
    const demoRows = (data?.demo ?? []).map(rateRowFromCarrierRate);
    return { tables, demoRows, rows: [...tables.flatMap((t) => t.rows), ...demoRows] };
  }, [data]);
  return {
    rows,
    tables,
    demoRowCount: demoRows.length,
    rules,
    quoteContext,
    loaded: data !== undefined,
  };
}
