import type { Competitor, CompetitorSnapshot, TrendPoint } from '@shared/domain/types';
import { addDays, dayStartMs } from '@shared/util/days';
import { db } from '../src/db/db';
import { refreshSummary } from '../src/features/market/data/competitors';

/**
 * The market benchmark's page side, built on its own (BENCH_PAGE=marketBench with bench/page.vite.config.ts →
 * out/bench/marketBench.js) and injected by bench/market.ts: the shipped bundle carries none of it. `seed` fills the
 * active store with N competitors of daily snapshots and M weekly trend series, written as the app writes them
 * (summaries refreshed per competitor).
 */
async function seed(competitors: number, days: number, series: number, weeks: number) {
  const store = (await db.stores.toArray())[0];
  if (!store) throw new Error('no store');
  const start = addDays('2026-11-30', -days + 1);
  const rows: Competitor[] = Array.from({ length: competitors }, (_, i) => ({
    id: `bench-c${i}`,
    storeId: store.id,
    name: `Bench Store ${String(i).padStart(4, '0')}`,
    url: `https://www.aliexpress.com/item/${1005006000000000 + i}.html`,
    itemId: String(1005006000000000 + i),
    listingTitle: `Bench listing ${i} wireless charger LED strip kitchen tool`,
    category: 'phone-accessories',
    tags: [],
    notes: '',
    updatedAt: Date.now(),
    updatedBy: 'bench',
  }));
  await db.competitors.bulkPut(rows);
  let snapshots = 0;
  const CHUNK = 20;
  for (let c = 0; c < competitors; c += CHUNK) {
    const batch: CompetitorSnapshot[] = [];
    for (const competitor of rows.slice(c, c + CHUNK)) {
      let price = 500 + ((c * 37) % 3000);
      let sold = 100;
      for (let d = 0; d < days; d++) {
        const day = addDays(start, d);
        price = Math.max(99, price + (((d * 7 + c) % 11) - 5));
        sold += (d + c) % 9;
        batch.push({
          id: `${competitor.id}|${dayStartMs(day)}`,
          competitorId: competitor.id,
          takenAt: dayStartMs(day) + 43_200_000,
          day,
          listingTitle: competitor.listingTitle ?? '',
          price: { amount: price, currency: 'USD' },
          orders: sold >= 1000 ? Math.floor(sold / 1000) * 1000 : sold,
          soldRounded: sold >= 1000,
          rating: 4.7,
          reviews: Math.round(sold * 0.3),
        });
      }
    }
    await db.transaction('rw', db.competitorSnapshots, db.competitorSummaries, async () => {
      await db.competitorSnapshots.bulkPut(batch);
      for (const competitor of rows.slice(c, c + CHUNK)) await refreshSummary(db, competitor);
    });
    snapshots += batch.length;
  }
  const points: TrendPoint[] = [];
  for (let s = 0; s < series; s++)
    for (let w = 0; w < weeks; w++) {
      const day = addDays('2024-12-02', w * 7);
      points.push({
        id: `bench|${s}|${day}`,
        series: `bench keyword ${s}`,
        day,
        value: 100 + ((s * w) % 50),
        metric: 'popularity',
        period: 'week',
      });
    }
  await db.trendPoints.bulkPut(points);
  return { competitors, snapshots, trendPoints: points.length };
}

(window as unknown as { __marketBench: { seed: typeof seed } }).__marketBench = { seed };
