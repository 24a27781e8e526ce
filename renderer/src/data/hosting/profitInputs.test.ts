import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCHANGE_RATES } from '@shared/analytics/money';
import type { DimensionDay } from '@shared/domain/types';
import { DAY_MS, dayStartMs } from '@shared/util/days';
import { loadStoreSkus } from './profitInputs';
import { freshDb, product, sku, store } from './testKit';
import { monthsOfDays } from '@shared/analytics/monthly';

const rollup = (
  productId: string,
  day: string,
  units: number,
  hostingMode: DimensionDay['hostingMode'] = 'self-operated',
): DimensionDay => ({
  id: `s1|product|${productId}|${day}|${hostingMode}`,
  storeId: 's1',
  dimension: 'product',
  key: productId,
  day,
  hostingMode,
  currency: 'USD',
  orders: units,
  units,
  gmv: units * 1000,
  refunds: 0,
});

describe('monthly units from the rollups', () => {
  it('takes the last 30 days of each product, every mode, split across SKUs by stock', async () => {
    const db = freshDb();
    const now = dayStartMs('2025-06-30') + 10 * 3_600_000;
    await db.stores.put(store());
    await db.products.bulkPut([product('p1'), product('p2', { hostingMode: 'fully-managed' })]);
    await db.skus.bulkPut([
      sku('a', 'p1', { stock: 30 }),
      sku('b', 'p1', { stock: 10 }),
      sku('c', 'p2', { stock: 0, price: { amount: 5000, currency: 'CNY' } }),
    ]);
    const days = [
      rollup('p1', '2025-06-01', 6), // first day of the window
      rollup('p1', '2025-06-30', 2, 'semi-managed'),
      rollup('p1', '2025-05-31', 50), // one day too old
      rollup('p2', '2025-06-15', 3, 'fully-managed'),
    ];
    await db.dimensionMonths.bulkPut([...monthsOfDays(days).values()]);
    const { rows, window } = await loadStoreSkus(db, store(), 'USD', DEFAULT_EXCHANGE_RATES, now);
    expect(window).toEqual({ from: '2025-06-01', to: '2025-06-30' });
    const byId = Object.fromEntries(rows.map((r) => [r.sku.id, r]));
    expect(byId.a?.monthlyUnits).toBe(6);
    expect(byId.b?.monthlyUnits).toBe(2);
    expect(byId.c).toMatchObject({ monthlyUnits: 3, mode: 'fully-managed' });
    // A CNY price is converted into the rates' currency before the model sees it.
    expect(byId.c?.input?.price.currency).toBe('USD');
    expect(byId.c?.input?.price.amount).toBeLessThan(5000);
    expect(rows[0]?.sku.id).toBe('a');
    expect(now - dayStartMs(window.from)).toBeLessThan(30 * DAY_MS);
  });
});
