/**
 * Compare-by-mode data for one store and period, from the rollups by index: DailyStat rows by [storeId+day]
 * (≈ 3 rows a day) and product DimensionDay rows by [storeId+dimension+day].
 */
import { convertMinor } from '@shared/analytics/money';
import type { MoneyView, Period } from '@shared/analytics/query';
import type { HostingMode, Store } from '@shared/domain/types';
import {
  modeSegments,
  salesByMode,
  salesBySegment,
  type ModeChangeRecord,
  type ModeSales,
  type SegmentSales,
  type UnitMargin,
} from '@shared/hosting';
import { dayStartMs } from '@shared/util/days';
import type { WorkstationDb } from '../../../db/db';
import { dimensionRowsInPeriod, keyRollupRows } from '../../../db/rollupQueries';
import { recordsForProduct } from '../../../data/hosting/modeChanges';

export async function loadModeComparison(
  db: WorkstationDb,
  storeId: string,
  period: Period,
  view: MoneyView,
  unitMargin: UnitMargin,
): Promise<ModeSales[]> {
  const [daily, products] = await Promise.all([
    db.dailyStats
      .where('[storeId+day]')
      .between([storeId, period.from], [storeId, period.to], true, true)
      .toArray(),
    dimensionRowsInPeriod(db, storeId, 'product', period.from, period.to),
  ]);
  const toView = (amount: number, currency: string) =>
    convertMinor(amount, currency, view.currency, view.rates);
  return salesByMode(
    daily.map((d) => ({
      day: d.day,
      hostingMode: d.hostingMode,
      orders: d.orders,
      units: d.units,
      gmv: toView(d.gmv, d.currency),
    })),
    products,
    period.from,
    period.to,
    unitMargin,
  );
}

export interface BeforeAfter {
  segments: SegmentSales[];
  switches: number;
}

/** One product's sales per mode segment over the period, split at every switch that touched it. */
export async function loadBeforeAfter(
  db: WorkstationDb,
  store: Store,
  productId: string,
  period: Period,
  view: MoneyView,
  now: number,
): Promise<BeforeAfter> {
  const [records, rows] = await Promise.all([
    recordsForProduct(db, store.id, productId),
    keyRollupRows(db, store.id, 'product', productId, period.from, period.to),
  ]);
  const product = await db.products.get(productId);
  const start = dayStartMs(period.from);
  const end = Math.max(now, start + 1);
  const own = records.filter((r) => r.productId === productId).sort((a, b) => a.at - b.at);
  const segments =
    own.length === 0
      ? [{ start, end, mode: (product?.hostingMode ?? store.hostingMode) as HostingMode }]
      : modeSegments(withKnownStart(records, own[0]!), productId, start, end, store.hostingMode);
  const daySales = rows.map((r) => ({
    day: r.day,
    orders: r.orders,
    units: r.units,
    gmv: convertMinor(r.gmv, r.currency, view.currency, view.rates),
  }));
  return { segments: salesBySegment(daySales, segments), switches: own.length };
}

/**
 * The shared helper lets a product follow the store until its first own record; but a product may have had its
 * own mode long before (set in the catalog, imported, the demo), and that record's `from` is what it really was.
 * A synthetic record at the dawn of time says so.
 */
function withKnownStart(records: ModeChangeRecord[], first: ModeChangeRecord): ModeChangeRecord[] {
  return [
    { productId: first.productId, from: first.from, to: first.from, at: Number.MIN_SAFE_INTEGER },
    ...records,
  ];
}
