import {
  compareKpis,
  funnelTotals,
  kpiSeries,
  previousPeriod,
  productTotals,
  topCountries,
  topProducts,
  type Bucket,
  type MoneyView,
  type Period,
  type RollupFilter,
} from '@shared/analytics/query';
import { emptyDailyStat } from '@shared/analytics/rollup';
import type { DailyStat, DimensionDay, HostingMode, Id } from '@shared/domain/types';
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
  const daily = await db.dailyStats
    .where('[storeId+day]')
    .between([storeId, previous.from], [storeId, period.to], true, true)
    .toArray();
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
  const [countries, products] = await Promise.all([
    dimensionRows(db, storeId, 'country', period),
    dimensionRows(db, storeId, 'product', period),
  ]);
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

function dimensionRows(
  db: WorkstationDb,
  storeId: string,
  dimension: 'country' | 'product',
  period: Period,
): Promise<DimensionDay[]> {
  return dimensionRowsInPeriod(db, storeId, dimension, period.from, period.to);
}

function productDays(
  db: WorkstationDb,
  storeId: string,
  productId: string,
  period: Period,
): Promise<DimensionDay[]> {
  return keyRollupRows(db, storeId, 'product', productId, period.from, period.to);
}

/** The dashboard narrowed to one country (ISO code) or one product (its rollup key). */
export interface KeyFilter {
  dimension: DimensionDay['dimension'];
  key: string;
}

/**
 * One country's or product's figures: KPIs against the previous period and the sales series, from that key's
 * rollup rows only (a primary-key range over its months: about 25 rows for a 12-month view and the one before).
 * The country and product rollups hold orders, units, GMV and refunds, so those (and the average order value)
 * are the key's own; buyers, refunded/disputed order counts and traffic are kept store-wide only and come back
 * as zero, which the page must show as "not available" (see `splits`). A product's traffic is kept per product
 * (trafficDays), so for a product the visitors, conversion and funnel are its own.
 */
export async function loadKeyTotals(db: WorkstationDb, query: DashboardQuery, filter: KeyFilter) {
  const { storeId, period, view } = query;
  const previous = previousPeriod(period);
  const [sales, traffic] = await Promise.all([
    keyRollupRows(db, storeId, filter.dimension, filter.key, previous.from, period.to),
    filter.dimension === 'product'
      ? productTraffic(db, storeId, filter.key, previous.from, period.to)
      : Promise.resolve([]),
  ]);
  const daily = [...sales.map(asDailyStat), ...traffic];
  const rollupFilter = filterOf(query);
  return {
    kpis: compareKpis(daily, period, rollupFilter, view),
    series: kpiSeries(daily, period, query.bucket, rollupFilter, view),
    funnel: filter.dimension === 'product' ? funnelTotals(daily, period, rollupFilter) : null,
  };
}

/** A key's day in the shape the store-wide queries read; what the key's rollup does not hold is zero. */
function asDailyStat(row: DimensionDay): DailyStat {
  const { id, storeId, day, hostingMode, currency, orders, units, gmv, refunds } = row;
  return { ...emptyDailyStat(storeId, day, hostingMode, currency), id, orders, units, gmv, refunds };
}

/**
 * A product's visitors, views and add-to-carts per day, under the product's hosting mode (its override, else
 * the store's), as the store's rollups count them. Orders come from the sales rollup, not the traffic export.
 */
async function productTraffic(
  db: WorkstationDb,
  storeId: Id,
  productId: string,
  from: string,
  to: string,
): Promise<DailyStat[]> {
  const [store, product, days] = await Promise.all([
    db.stores.get(storeId),
    db.products.get(productId),
    db.trafficDays
      .where('[storeId+productId+day]')
      .between([storeId, productId, from], [storeId, productId, to], true, true)
      .toArray(),
  ]);
  if (!store) return [];
  const hostingMode = product?.hostingMode ?? store.hostingMode;
  return days.map((d) => ({
    ...emptyDailyStat(storeId, d.day, hostingMode, store.currency),
    id: d.id,
    visitors: d.visitors,
    productViews: d.productViews,
    addToCarts: d.addToCarts,
  }));
}
