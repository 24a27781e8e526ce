import { compareKpis, funnelTotals, kpiSeries, previousPeriod, topCountries, topProducts, type Bucket, type MoneyView, type Period, type RollupFilter } from '@shared/analytics/query';
import type { HostingMode } from '@shared/domain/types';
import type { WorkstationDb } from '../../db/db';

export interface DashboardQuery {
  storeId: string;
  period: Period;
  bucket: Bucket | 'auto';
  hostingMode?: HostingMode;
  view: MoneyView;
}

/**
 * Everything the dashboard shows, read from the daily rollups by index: a 12-month view reads about
 * 2 × 365 × 3 daily rows, never the orders themselves.
 */
export async function loadDashboard(db: WorkstationDb, query: DashboardQuery) {
  const { storeId, period, view } = query;
  const previous = previousPeriod(period);
  const filter: RollupFilter = { storeIds: [storeId], hostingModes: query.hostingMode ? [query.hostingMode] : undefined };
  const [daily, countries, products] = await Promise.all([
    db.dailyStats.where('[storeId+day]').between([storeId, previous.from], [storeId, period.to], true, true).toArray(),
    dimensionRows(db, storeId, 'country', period),
    dimensionRows(db, storeId, 'product', period),
  ]);
  return {
    kpis: compareKpis(daily, period, filter, view),
    series: kpiSeries(daily, period, query.bucket, filter, view),
    funnel: funnelTotals(daily, period, filter),
    countries: topCountries(countries, period, 10, filter, view),
    products: topProducts(products, period, 8, filter, view),
  };
}

export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;

function dimensionRows(db: WorkstationDb, storeId: string, dimension: 'country' | 'product', period: Period) {
  return db.dimensionDays
    .where('[storeId+dimension+day]')
    .between([storeId, dimension, period.from], [storeId, dimension, period.to], true, true)
    .toArray();
}
