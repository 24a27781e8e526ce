import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCHANGE_RATES } from '@shared/analytics/money';
import { openWorkstationDb } from '../../db/db';
import { writeDemo } from '../demo/writeDemo';
import { loadBreakdown, wholeMonths } from './loadDashboard';

describe('wholeMonths', () => {
  it('finds the whole months inside a period', () => {
    expect(wholeMonths({ from: '2026-01-15', to: '2026-04-10' })).toEqual({ first: '2026-02-01', last: '2026-03-01' });
    expect(wholeMonths({ from: '2026-01-01', to: '2026-01-31' })).toEqual({ first: '2026-01-01', last: '2026-01-01' });
    expect(wholeMonths({ from: '2026-01-02', to: '2026-01-31' })).toBeUndefined();
    expect(wholeMonths({ from: '2025-11-23', to: '2026-11-22' })).toEqual({ first: '2025-12-01', last: '2026-10-01' });
  });
});

describe('loadBreakdown', () => {
  it('gives the same countries and products from month rows as from day rows', async () => {
    const db = openWorkstationDb(`dash-${Math.random()}`);
    await writeDemo(db, { seed: 7, endDay: '2026-06-30', onProgress: () => undefined, isCancelled: () => false });
    const store = (await db.stores.toArray())[0];
    if (!store) throw new Error('demo wrote no store');
    const view = { currency: 'USD', rates: DEFAULT_EXCHANGE_RATES };
    const period = { from: '2025-07-15', to: '2026-06-30' };
    const viaMonths = await loadBreakdown(db, { storeId: store.id, period, bucket: 'auto', view });
    await db.dimensionMonths.clear();
    // Without month rows the loader would miss the whole months: recompute them from the days instead.
    const days = await db.dimensionDays.toArray();
    const { monthlyDimensions } = await import('@shared/analytics/monthly');
    await db.dimensionMonths.bulkPut([...monthlyDimensions(days).values()]);
    const again = await loadBreakdown(db, { storeId: store.id, period, bucket: 'auto', view });
    expect(again).toEqual(viaMonths);
    const directTotal = days.filter((d) => d.storeId === store.id && d.dimension === 'country' && d.day >= period.from && d.day <= period.to).reduce((t, d) => t + d.gmv, 0);
    const shown = viaMonths.countries.top.reduce((t, c) => t + c.gmv, 0) + (viaMonths.countries.others?.gmv ?? 0);
    expect(shown).toBe(directTotal);
    expect(viaMonths.products.length).toBe(8);
    expect(viaMonths.products[0]?.sparkline.length).toBe(351);
    db.close();
  }, 60_000);
});
