import { compareKpis, funnelTotals, kpiSeries, previousPeriod, productTotals, topCountries, topProducts, type Bucket, type MoneyView, type Period, type RollupFilter } from '@shared/analytics/query';
import type { DimensionDay, HostingMode } from '@shared/domain/types';
import { addDays, monthStartOf } from '@shared/util/days';
import type { WorkstationDb } from '../../db/db';
import { dimensionRowsInPeriod, keyRollupRows } from '../../db/rollupQueries';

export interface DashboardQuery {
  storeId: string;
  period: Period;
  bucket: Bucket | 'auto';
  hostingMode?: HostingMode;
  view: MoneyView;
}

const TOP_PRODUCTS = 8;

/**
 * The store totals: KPIs against the previous period, the sales series and the funnel, from about
 * 2 × 365 × 3 daily rows for a year. Loaded on its own so the cards show before the breakdowns.
 */
export async function loadTotals(db: WorkstationDb, query: DashboardQuery) {
  const { storeId, period, view } = query;
  const previous = previousPeriod(period);
  const filter = filterOf(query);
  const daily = await db.dailyStats.where('[storeId+day]').between([storeId, previous.from], [storeId, period.to], true, true).toArray();
  return {
    kpis: compareKpis(daily, period, filter, view),
    series: kpiSeries(daily, period, query.bucket, filter, view),
    funnel: funnelTotals(daily, period, filter),
  };
}

/**
 * Countries and top products: by month for whole months plus by day for the partial months at the
 * edges, then the days of just the top few products for their sparklines.
 */
export async function loadBreakdown(db: WorkstationDb, query: DashboardQuery) {
  const { storeId, period, view } = query;
  const filter = filterOf(query);
  const [countries, products] = await Promise.all([dimensionRows(db, storeId, 'country', period), dimensionRows(db, storeId, 'product', period)]);
  const ranked = topProducts(products, period, TOP_PRODUCTS, filter, view);
  const topDays = await Promise.all(ranked.map((p) => productDays(db, storeId, p.key, period)));
  return {
    countries: topCountries(countries, period, 10, filter, view),
    products: topProducts(topDays.flat(), period, TOP_PRODUCTS, filter, view),
    allProducts: productTotals(products, period, filter, view),
  };
}

const filterOf = (query: DashboardQuery): RollupFilter => ({
  storeIds: [query.storeId],
  hostingModes: query.hostingMode ? [query.hostingMode] : undefined,
});

function dimensionRows(db: WorkstationDb, storeId: string, dimension: 'country' | 'product', period: Period): Promise<DimensionDay[]> {
  return dimensionRowsInPeriod(db, storeId, dimension, period.from, period.to);
}

function productDays(db: WorkstationDb, storeId: string, productId: string, period: Period): Promise<DimensionDay[]> {
  return keyRollupRows(db, storeId, 'product', productId, period.from, period.to);
}
