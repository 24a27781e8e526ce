import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXCHANGE_RATES } from '@shared/analytics/money';
import { daysOfMonths } from '@shared/analytics/monthly';
import { previousPeriod, type Period } from '@shared/analytics/query';
import type { DimensionDay, HostingMode, Store } from '@shared/domain/types';
import { openWorkstationDb, type WorkstationDb } from '../../db/db';
import { writeDemo } from '../../data/writeDemo';
import { isInboxIndexed } from '../../data/conversations/ensureIndex';
import { loadBreakdown, loadKeyTotals, loadTotals, type DashboardQuery } from './loadDashboard';

let db: WorkstationDb;
let store: Store;
let days: DimensionDay[];

beforeAll(async () => {
  db = openWorkstationDb(`dash-${Math.random()}`);
  await writeDemo(db, {
    seed: 7,
    endDay: '2026-06-30',
    onProgress: () => undefined,
    isCancelled: () => false,
  });
  const first = (await db.stores.toArray())[0];
  if (!first) throw new Error('demo wrote no store');
  store = first;
  // The demo writer indexes the inbox itself (in its worker), so the first inbox visit has nothing to do.
  for (const s of await db.stores.toArray()) expect(await isInboxIndexed(db, s.id)).toBe(true);
  days = daysOfMonths(await db.dimensionMonths.toArray());
}, 120_000);

afterAll(() => db.close());

const period = { from: '2025-07-15', to: '2026-06-30' };
const queryOf = (over: Partial<DashboardQuery> = {}): DashboardQuery => ({
  storeId: store.id,
  period,
  bucket: 'auto',
  view: { currency: store.currency, rates: DEFAULT_EXCHANGE_RATES },
  ...over,
});

/** The key's figures summed straight from every stored day, the slow way the loader must agree with. */
function direct(dimension: DimensionDay['dimension'], key: string, range: Period, mode?: HostingMode) {
  const rows = days.filter(
    (d) =>
      d.storeId === store.id &&
      d.dimension === dimension &&
      d.key === key &&
      d.day >= range.from &&
      d.day <= range.to &&
      (!mode || d.hostingMode === mode),
  );
  const sum = (field: 'orders' | 'units' | 'gmv' | 'refunds') =>
    rows.reduce((total, d) => total + d[field], 0);
  return { orders: sum('orders'), units: sum('units'), gmv: sum('gmv'), refunds: sum('refunds') };
}

describe('loadBreakdown', () => {
  it('gives countries and products equal to the sums of the stored days in the period', async () => {
    const view = { currency: 'USD', rates: DEFAULT_EXCHANGE_RATES };
    const viaMonths = await loadBreakdown(db, queryOf({ view }));
    const directTotal = days
      .filter(
        (d) =>
          d.storeId === store.id && d.dimension === 'country' && d.day >= period.from && d.day <= period.to,
      )
      .reduce((t, d) => t + d.gmv, 0);
    const shown =
      viaMonths.countries.top.reduce((t, c) => t + c.gmv, 0) + (viaMonths.countries.others?.gmv ?? 0);
    expect(shown).toBe(directTotal);
    expect(viaMonths.products.length).toBe(8);
    expect(viaMonths.products[0]?.sparkline.length).toBe(351);
  });
});

describe('loadKeyTotals', () => {
  it("gives a country's GMV, orders, units, AOV and refunds, and the period before, as a direct sum of its days", async () => {
    const { countries } = await loadBreakdown(db, queryOf());
    for (const country of countries.top.slice(0, 3).map((c) => c.key)) {
      const filtered = await loadKeyTotals(db, queryOf(), { dimension: 'country', key: country });
      const now = direct('country', country, period);
      const before = direct('country', country, previousPeriod(period));
      expect(filtered.kpis.current).toMatchObject(now);
      expect(filtered.kpis.previous).toMatchObject(before);
      expect(filtered.kpis.current.aov).toBe(Math.round(now.gmv / now.orders));
      expect(filtered.kpis.change.gmv).toBeCloseTo((now.gmv - before.gmv) / before.gmv, 12);
      // Nothing the country rollup cannot split leaks in from the store's figures.
      expect(filtered.kpis.current).toMatchObject({
        newBuyers: 0,
        visitors: 0,
        refundedOrders: 0,
        disputedOrders: 0,
      });
      expect(filtered.funnel).toBeNull();
      // The series is the key's own, within the chart's point budget.
      expect(filtered.series.reduce((t, p) => t + p.gmv, 0)).toBe(now.gmv);
      expect(filtered.series.reduce((t, p) => t + p.orders, 0)).toBe(now.orders);
      expect(filtered.series.length).toBeLessThanOrEqual(2000);
    }
  });

  it('adds up over every country to the store-wide GMV and orders', async () => {
    const q = queryOf({ period: { from: '2026-03-10', to: '2026-04-20' } });
    const keys = [
      ...new Set(days.filter((d) => d.dimension === 'country' && d.storeId === store.id).map((d) => d.key)),
    ];
    expect(keys.length).toBeGreaterThan(5);
    const each = await Promise.all(keys.map((key) => loadKeyTotals(db, q, { dimension: 'country', key })));
    const whole = await loadTotals(db, q);
    expect(whole.kpis.current.orders).toBeGreaterThan(0);
    expect(each.reduce((t, f) => t + f.kpis.current.gmv, 0)).toBe(whole.kpis.current.gmv);
    expect(each.reduce((t, f) => t + f.kpis.current.orders, 0)).toBe(whole.kpis.current.orders);
  });

  it('gives a product its own sales and its own traffic, and honours the hosting-mode filter', async () => {
    const { allProducts } = await loadBreakdown(db, queryOf());
    const key = allProducts[0]?.key as string;
    const filtered = await loadKeyTotals(db, queryOf(), { dimension: 'product', key });
    expect(filtered.kpis.current).toMatchObject(direct('product', key, period));
    const traffic = await db.trafficDays
      .where('[storeId+productId+day]')
      .between([store.id, key, period.from], [store.id, key, period.to], true, true)
      .toArray();
    const visitors = traffic.reduce((t, d) => t + d.visitors, 0);
    expect(visitors).toBeGreaterThan(0);
    expect(filtered.kpis.current.visitors).toBe(visitors);
    expect(filtered.kpis.current.conversion).toBeCloseTo(filtered.kpis.current.orders / visitors, 12);
    expect(filtered.funnel).toEqual({
      visitors,
      productViews: traffic.reduce((t, d) => t + d.productViews, 0),
      addToCarts: traffic.reduce((t, d) => t + d.addToCarts, 0),
      orders: filtered.kpis.current.orders,
    });
    for (const mode of ['fully-managed', 'semi-managed', 'self-operated'] as const) {
      const byMode = await loadKeyTotals(db, queryOf({ hostingMode: mode }), { dimension: 'product', key });
      expect(byMode.kpis.current).toMatchObject(direct('product', key, period, mode));
    }
  });

  it('gives zeros, not an error, for a key with no sales', async () => {
    const filtered = await loadKeyTotals(db, queryOf(), { dimension: 'country', key: 'AQ' });
    expect(filtered.kpis.current).toMatchObject({ gmv: 0, orders: 0, aov: null });
    expect(filtered.series.every((p) => p.gmv === 0)).toBe(true);
  });
});
