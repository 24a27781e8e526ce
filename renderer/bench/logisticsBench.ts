/**
 * The logistics benchmark's page side, built on its own (BENCH_PAGE=logisticsBench with bench/page.vite.config.ts →
 * out/bench/logisticsBench.js) and injected by bench/logistics.ts: the shipped bundle carries none of it. It fills the
 * active store with a synthetic fulfilment load (orders, the awaiting ones' lines, products, a rate table), quotes
 * every awaiting parcel in a Web Worker (inlined into this helper) and times the joint-shipping grouping on the page.
 */
import { askWorker } from './askWorker';
import type { Order, OrderLine } from '@shared/domain/types';
import { findJointGroups } from '@shared/logistics/joint';
import { shipQueueTables, syncShipQueue } from '../src/data/shipQueue';
import { awaitingOrders } from '../src/data/shipping';
import { db } from '../src/db/db';
import { syntheticRates, syntheticStore } from './logistics/syntheticLogistics';
import QuoteBenchWorker from './logistics/quoteBench.worker?worker&inline';

const CHUNK = 10_000;

async function seed(total: number, awaiting: number, rateRows: number, countries: number) {
  const store = (await db.stores.toArray())[0];
  if (!store) throw new Error('no store');
  const now = Date.now();
  const synthetic = syntheticStore(store.id, total, awaiting, now);
  await db.products.bulkPut(synthetic.products);
  for (let start = 0; start < total; start += CHUNK) {
    const orders: Order[] = [];
    const lines: OrderLine[] = [];
    for (let i = start; i < Math.min(total, start + CHUNK); i++) {
      const { order, line } = synthetic.orderAt(i);
      orders.push(order);
      if (line) lines.push(line);
    }
    const itemsOf = new Map(
      lines.map((l) => [l.orderId, [{ productId: l.productId, quantity: l.quantity }]]),
    );
    await db.transaction('rw', [db.orders, db.orderLines, ...shipQueueTables(db)], async () => {
      await db.orders.bulkPut(orders);
      await db.orderLines.bulkPut(lines);
      await syncShipQueue(db, orders, (id) => itemsOf.get(id) ?? []);
    });
  }
  await db.rateTables.put({
    id: 'bench-rates',
    name: 'Bench rates',
    fileName: 'bench.csv',
    importedAt: now,
    rows: syntheticRates(rateRows, countries),
    updatedAt: now,
    updatedBy: 'bench',
  });
  return { storeId: store.id, orders: total, awaiting };
}

async function loadAwaiting() {
  const store = (await db.stores.toArray())[0];
  if (!store) throw new Error('no store');
  const orders = await awaitingOrders(db, store.id);
  const lines = await db.orderLines
    .where('orderId')
    .anyOf(orders.map((o) => o.id))
    .toArray();
  const products = new Map(
    (await db.products.where('storeId').equals(store.id).toArray()).map((p) => [p.id, p]),
  );
  return { orders, lines, products };
}

/** Quotes every awaiting order's parcel in a worker that reads them itself: the page only waits. */
async function quoteAll() {
  const store = (await db.stores.toArray())[0];
  if (!store) throw new Error('no store');
  const t0 = performance.now();
  const result = await askWorker<{ seconds: number; readSeconds: number; quoted: number; options: number }>(
    new QuoteBenchWorker(),
    { storeId: store.id },
  );
  return { ...result, wallSeconds: (performance.now() - t0) / 1000 };
}

/** Times finding the joint-shipping groups over the awaiting orders (already read, as the screen has them). */
async function jointGroups() {
  const { orders } = await loadAwaiting();
  const t0 = performance.now();
  const groups = findJointGroups(orders);
  return { ms: performance.now() - t0, groups: groups.length };
}

(window as unknown as { __logisticsBench: unknown }).__logisticsBench = { seed, quoteAll, jointGroups };
