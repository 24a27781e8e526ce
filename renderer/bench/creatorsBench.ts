/**
 * The influencer desk benchmark's page side, built on its own (BENCH_PAGE=creatorsBench with
 * bench/page.vite.config.ts → out/bench/creatorsBench.js) and injected by bench/influencers.ts: the shipped bundle
 * carries none of it. It fills the active store with a synthetic desk and times attribution over synthetic orders in
 * a Web Worker (inlined into this helper).
 */
import { askWorker } from './askWorker';
import { db } from '../src/db/db';
import AttributionBenchWorker from './creators/attributionBench.worker?worker&inline';
import { syntheticDesk } from './creators/syntheticDesk';

async function seed(creators: number, campaigns: number, touches: number) {
  const store = (await db.stores.toArray())[0];
  if (!store) throw new Error('no store');
  const desk = syntheticDesk(store.id, creators, campaigns, touches);
  await db.transaction('rw', [db.influencers, db.campaigns, db.campaignTouches], async () => {
    await db.influencers.bulkPut(desk.creatorRows);
    await db.campaigns.bulkPut(desk.campaignRows);
    await db.campaignTouches.bulkPut(desk.touchRows);
  });
  return { storeId: store.id, firstCampaignId: desk.campaignRows[0]?.id ?? '' };
}

function attribute(orders: number, creators: number, campaigns: number, touches: number) {
  return askWorker<{ seconds: number; attributed: number; unattributed: number }>(
    new AttributionBenchWorker(),
    { orders, creators, campaigns, touches },
  );
}

(window as unknown as { __creatorsBench: unknown }).__creatorsBench = { seed, attribute };
