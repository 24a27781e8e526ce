import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCHANGE_RATES } from '@shared/analytics/money';
import { daysOfMonths } from '@shared/analytics/monthly';
import { openWorkstationDb } from '../../db/db';
import { writeDemo } from '../demo/writeDemo';
import { loadBreakdown } from './loadDashboard';

describe('loadBreakdown', () => {
  it('gives countries and products equal to the sums of the stored days in the period', async () => {
    const db = openWorkstationDb(`dash-${Math.random()}`);
    await writeDemo(db, { seed: 7, endDay: '2026-06-30', onProgress: () => undefined, isCancelled: () => false });
    const store = (await db.stores.toArray())[0];
    if (!store) throw new Error('demo wrote no store');
    const view = { currency: 'USD', rates: DEFAULT_EXCHANGE_RATES };
    const period = { from: '2025-07-15', to: '2026-06-30' };
    const viaMonths = await loadBreakdown(db, { storeId: store.id, period, bucket: 'auto', view });
    const days = daysOfMonths(await db.dimensionMonths.toArray());
    const directTotal = days.filter((d) => d.storeId === store.id && d.dimension === 'country' && d.day >= period.from && d.day <= period.to).reduce((t, d) => t + d.gmv, 0);
    const shown = viaMonths.countries.top.reduce((t, c) => t + c.gmv, 0) + (viaMonths.countries.others?.gmv ?? 0);
    expect(shown).toBe(directTotal);
    expect(viaMonths.products.length).toBe(8);
    expect(viaMonths.products[0]?.sparkline.length).toBe(351);
    db.close();
  }, 60_000);
});
