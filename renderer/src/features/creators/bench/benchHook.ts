/**
 * `?bench=1` only: lets bench/influencers.ts fill the active store with a synthetic desk and time attribution
 * over synthetic orders in a Web Worker.
 */
import { db } from '../../../db/db';
import { syntheticDesk } from './syntheticDesk';

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
  return new Promise<{ seconds: number; attributed: number; unattributed: number }>((resolve, reject) => {
    const worker = new Worker(new URL('./attributionBench.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (message) => {
      resolve(message.data);
      worker.terminate();
    };
    worker.onerror = (error) => {
      reject(new Error(error.message));
      worker.terminate();
    };
    worker.postMessage({ orders, creators, campaigns, touches });
  });
}

if (typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('bench')) {
  (window as unknown as { __creatorsBench: unknown }).__creatorsBench = { seed, attribute };
}
