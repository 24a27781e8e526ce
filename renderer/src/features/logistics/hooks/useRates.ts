import { useLiveQuery } from 'dexie-react-hooks';
import { rateRowFromCarrierRate } from '@shared/logistics/demoRates';
import type { RateRow } from '@shared/logistics/rates';
import type { RateTableRecord } from '@shared/logistics/records';
import { db } from '../../../db/db';

export interface RateSources {
  /** Rows of every active table plus the demo contract cards, as the quote engine reads them. */
  rows: RateRow[];
  tables: RateTableRecord[];
  demoRowCount: number;
  loaded: boolean;
}

export function useRates(): RateSources {
  const data = useLiveQuery(async () => {
    const [tables, demo] = await Promise.all([
      db.rateTables.orderBy('importedAt').toArray(),
      db.carrierRates.toArray(),
    ]);
    return { tables: tables.filter((t) => !t.deletedAt), demo };
  }, []);
  const tables = data?.tables ?? [];
  const demoRows = (data?.demo ?? []).map(rateRowFromCarrierRate);
  return {
    rows: [...tables.flatMap((t) => t.rows), ...demoRows],
    tables,
    demoRowCount: demoRows.length,
    loaded: data !== undefined,
  };
}
