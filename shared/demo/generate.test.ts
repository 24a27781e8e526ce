import { beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '@shared/domain/types';
import { emptyRollup, mergeRollupsInto, rollupOrders, rollupTraffic } from '@shared/analytics/rollup';
import { dayEndMs, dayRange } from '@shared/util/days';
import { collectDemo, type DemoDataset } from './collect';
import { MAX_CHUNK_ROWS } from './chunks';
import { buyerLanguageOf } from './countries';
import { generateDemo } from './generate';
import { s10CheckDigit } from './logistics';

const OPTIONS = { seed: 'seller-workstation', endDay: '2026-03-31' };
const NOW = dayEndMs(OPTIONS.endDay);
const DAY = 86_400_000;

let data: DemoDataset;

beforeAll(() => {
  data = collectDemo(OPTIONS);
}, 60_000);

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((row) => [row.id, row]));
const share = (part: number, whole: number) => part / whole;

describe('generateDemo determinism and chunking', () => {
  it('yields identical chunks for the same seed, each ≤ 2,000 rows, with moving progress', () => {
    const first = generateDemo(OPTIONS);
    const second = generateDemo(OPTIONS);
    let lastDone = 0;
    let chunks = 0;
    for (;;) {
      const a = first.next();
      const b = second.next();
      expect(a.done).toBe(b.done);
      if (a.done || b.done) break;
      expect(JSON.stringify(a.value)).toBe(JSON.stringify(b.value));
      expect(a.value.rows.length).toBeGreaterThan(0);
      expect(a.value.rows.length).toBeLessThanOrEqual(MAX_CHUNK_ROWS);
      expect(a.value.progress.done).toBeGreaterThanOrEqual(lastDone);
      expect(a.value.progress.done).toBeLessThanOrEqual(a.value.progress.total);
      lastDone = a.value.progress.done;
      chunks += 1;
    }
    expect(chunks).toBeGreaterThan(100);
  }, 60_000);

  it('differs for another seed', () => {
    const products = (seed: string) => {
      for (const chunk of generateDemo({ ...OPTIONS, seed })) if (chunk.table === 'products') return chunk.rows;
      return [];
    };
    expect(JSON.stringify(products('a'))).not.toBe(JSON.stringify(products('b')));
  });

  it('refuses a malformed endDay', () => {
    expect(() => generateDemo({ seed: 1, endDay: '2026-13-01' }).next()).toThrow(/day key/u);
  });
});

describe('sizes', () => {
  it('has two stores with about 200 and 60 products', () => {
    expect(data.stores.map((store) => store.name)).toEqual(['Shenzhen Bright Gadgets', 'Yiwu Home & Fashion']);
    const [main, second] = data.stores;
    expect(data.products.filter((p) => p.storeId === main!.id).length).toBeGreaterThanOrEqual(190);
    expect(data.products.filter((p) => p.storeId === second!.id).length).toBeGreaterThanOrEqual(55);
  });

  it('has about 30,000 orders and 3,000 conversations of 2–8 messages', () => {
    expect(data.orders.length).toBeGreaterThan(28_000);
    expect(data.orders.length).toBeLessThan(32_000);
    expect(data.conversations.length).toBeGreaterThan(2_500);
    expect(data.conversations.length).toBeLessThan(3_500);
    const counts = new Map<string, number>();
    for (const message of data.messages) counts.set(message.conversationId, (counts.get(message.conversationId) ?? 0) + 1);
    for (const conversation of data.conversations) {
      expect(counts.get(conversation.id)).toBe(conversation.messageCount);
      expect(conversation.messageCount).toBeGreaterThanOrEqual(2);
      expect(conversation.messageCount).toBeLessThanOrEqual(8);
    }
  });

  it('has the market tables in their ranges', () => {
    expect(data.competitors.length).toBeGreaterThanOrEqual(5);
    expect(data.competitors.length).toBeLessThanOrEqual(8);
    expect(data.competitorSnapshots.length).toBeGreaterThanOrEqual(data.competitors.length * 52);
    expect(data.influencers.length).toBeGreaterThanOrEqual(8);
    expect(data.influencers.length).toBeLessThanOrEqual(12);
    expect(data.campaigns.length).toBeGreaterThanOrEqual(15);
    expect(data.campaigns.length).toBeLessThanOrEqual(25);
    expect(new Set(data.trendPoints.map((point) => point.series))).toContain('kids smart watch');
    expect(data.carrierRates.length).toBeGreaterThan(50);
    expect(data.shipments.some((shipment) => shipment.kind === 'warehouse-inbound')).toBe(true);
  });
});

describe('integrity', () => {
  it('every foreign key resolves', () => {
    const stores = byId(data.stores);
    const products = byId(data.products);
    const skus = byId(data.skus);
    const buyers = byId(data.buyers);
    const orders = byId(data.orders);
    const conversations = byId(data.conversations);
    const competitors = byId(data.competitors);
    const influencers = byId(data.influencers);
    for (const product of data.products) expect(stores.has(product.storeId)).toBe(true);
    for (const sku of data.skus) expect(products.get(sku.productId)?.storeId).toBe(sku.storeId);
    for (const order of data.orders) expect(buyers.get(order.buyerId)?.storeId).toBe(order.storeId);
    for (const line of data.orderLines) {
      expect(orders.has(line.orderId)).toBe(true);
      expect(products.has(line.productId)).toBe(true);
      expect(skus.get(line.skuId!)?.productId).toBe(line.productId);
    }
    for (const conversation of data.conversations) {
      expect(orders.get(conversation.orderId!)?.buyerId).toBe(conversation.buyerId);
      expect(buyers.has(conversation.buyerId)).toBe(true);
    }
    for (const message of data.messages) expect(conversations.get(message.conversationId)?.storeId).toBe(message.storeId);
    for (const shipment of data.shipments) if (shipment.orderId) expect(orders.has(shipment.orderId)).toBe(true);
    for (const traffic of data.trafficDays) expect(products.get(traffic.productId)?.storeId).toBe(traffic.storeId);
    for (const snapshot of data.competitorSnapshots) expect(competitors.has(snapshot.competitorId)).toBe(true);
    for (const campaign of data.campaigns) {
      if (campaign.influencerId) expect(influencers.has(campaign.influencerId)).toBe(true);
      for (const productId of campaign.productIds) expect(products.get(productId)?.storeId).toBe(campaign.storeId);
    }
  });

  it('ids are unique per table', () => {
    for (const [table, rows] of Object.entries(data)) {
      const ids = (rows as { id: string }[]).map((row) => row.id);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
  });

  it('order amounts are the sum of their lines at SKU prices', () => {
    const skus = byId(data.skus);
    const lines = new Map<string, typeof data.orderLines>();
    for (const line of data.orderLines) lines.set(line.orderId, [...(lines.get(line.orderId) ?? []), line]);
    for (const order of data.orders) {
      const own = lines.get(order.id) ?? [];
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(3);
      expect(order.amount).toBe(own.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0));
      expect(order.itemCount).toBe(own.reduce((sum, line) => sum + line.quantity, 0));
      for (const line of own) expect(line.unitPrice).toBe(skus.get(line.skuId!)?.price.amount);
    }
  });

  it('countries are ISO alpha-2 and money is integer', () => {
    const alpha2 = /^[A-Z]{2}$/u;
    for (const rows of [data.orders, data.buyers, data.conversations, data.shipments, data.influencers, data.carrierRates]) {
      for (const row of rows) expect(row.country).toMatch(alpha2);
    }
    const integers = [
      ...data.orders.flatMap((o) => [o.amount, o.shippingFee, o.refundAmount]),
      ...data.skus.flatMap((s) => [s.price.amount, s.cost.amount, s.supplyPrice?.amount ?? 0]),
      ...data.shipments.map((s) => s.cost.amount),
      ...data.campaigns.flatMap((c) => [c.gmv.amount, c.cost.amount]),
      ...data.dailyStats.flatMap((d) => [d.gmv, d.refunds]),
    ];
    expect(integers.every(Number.isSafeInteger)).toBe(true);
  });

  it('nothing happens after the end of endDay', () => {
    for (const order of data.orders) {
      for (const at of [order.placedAt, order.shippedAt, order.deliveredAt]) if (at !== undefined) expect(at).toBeLessThanOrEqual(NOW);
    }
    for (const message of data.messages) expect(message.sentAt).toBeLessThanOrEqual(NOW);
  });
});

describe('realism', () => {
  it('catalogue: English titles, no photos, handling 3–10 days, cost 40–60 % of price, supply prices when fully managed', () => {
    const stores = byId(data.stores);
    const modeOf = new Map(data.products.map((p) => [p.id, p.hostingMode ?? stores.get(p.storeId)!.hostingMode]));
    for (const product of data.products) {
      expect(product.title.en).toBeTruthy();
      expect(product.mainImageIds).toEqual([]);
      expect(product.handlingDays).toBeGreaterThanOrEqual(3);
      expect(product.handlingDays).toBeLessThanOrEqual(10);
    }
    expect(data.products.filter((p) => p.title.ru).length / data.products.length).toBeGreaterThan(0.6);
    expect(new Set(modeOf.values())).toEqual(new Set(['fully-managed', 'semi-managed', 'self-operated']));
    for (const sku of data.skus) {
      const ratio = sku.cost.amount / sku.price.amount;
      expect(ratio).toBeGreaterThanOrEqual(0.39);
      expect(ratio).toBeLessThanOrEqual(0.61);
      expect(sku.supplyPrice !== undefined).toBe(modeOf.get(sku.productId) === 'fully-managed');
    }
  });

  it('country mix, languages, repeat buyers, refunds and disputes are believable', () => {
    const orders = data.orders;
    expect(share(orders.filter((o) => o.country === 'RU').length, orders.length)).toBeGreaterThan(0.3);
    expect(share(orders.filter((o) => o.country === 'RU').length, orders.length)).toBeLessThan(0.4);
    for (const buyer of data.buyers) expect(buyer.language).toBe(buyerLanguageOf(buyer.country));
    const seen = new Set<string>();
    let repeat = 0;
    for (const order of [...orders].sort((a, b) => a.placedAt - b.placedAt)) {
      if (seen.has(order.buyerId)) repeat += 1;
      seen.add(order.buyerId);
    }
    expect(share(repeat, orders.length)).toBeGreaterThan(0.15);
    expect(share(repeat, orders.length)).toBeLessThan(0.25);
    const refundShare = share(orders.filter((o) => o.refundAmount > 0).length, orders.length);
    expect(refundShare).toBeGreaterThan(0.03);
    expect(refundShare).toBeLessThan(0.06);
    const disputeShare = share(orders.filter((o) => o.disputeDeadline !== undefined).length, orders.length);
    expect(disputeShare).toBeGreaterThan(0.01);
    expect(disputeShare).toBeLessThan(0.02);
  });

  it('statuses follow age: recent orders are still moving, old ones are done', () => {
    const recent = data.orders.filter((o) => NOW - o.placedAt < 3 * DAY);
    const old = data.orders.filter((o) => NOW - o.placedAt > 120 * DAY);
    expect(recent.some((o) => o.status === 'awaiting-shipment')).toBe(true);
    expect(recent.every((o) => o.status !== 'completed')).toBe(true);
    expect(old.every((o) => !['awaiting-shipment', 'awaiting-payment', 'shipped', 'disputed'].includes(o.status))).toBe(true);
    const chinaPost = data.orders.filter((o) => o.carrier === 'china-post');
    expect(chinaPost.length).toBeGreaterThan(0);
    for (const order of chinaPost) {
      expect(order.trackingNumber).toMatch(/^[A-Z]{2}\d{9}CN$/u);
      expect(Number(order.trackingNumber![10])).toBe(s10CheckDigit(order.trackingNumber!.slice(2, 10)));
    }
  });

  it('the 11.11 week outsells an average week', () => {
    const elevenEleven = new Set(dayRange('2025-11-09', '2025-11-15'));
    const inWeek = data.orders.filter((o) => elevenEleven.has(o.day)).length;
    expect(inWeek).toBeGreaterThan((data.orders.length / 52) * 1.5);
  });

  it('inbox has waiting, overdue and platform-handled conversations in the buyer’s language', () => {
    const waiting = data.conversations.filter((c) => c.awaitingReplySince !== undefined);
    expect(waiting.length).toBeGreaterThan(10);
    expect(waiting.some((c) => NOW - c.awaitingReplySince! > DAY)).toBe(true);
    expect(waiting.some((c) => NOW - c.awaitingReplySince! < DAY)).toBe(true);
    expect(data.conversations.filter((c) => c.status === 'resolved').length).toBeGreaterThan(data.conversations.length / 2);
    const orders = byId(data.orders);
    for (const conversation of data.conversations) {
      expect(conversation.platformHandled).toBe(orders.get(conversation.orderId!)!.hostingMode === 'fully-managed');
    }
    const languageOf = new Map(data.conversations.map((c) => [c.id, c.language]));
    for (const message of data.messages) expect(message.language).toBe(languageOf.get(message.conversationId));
    expect(new Set(data.conversations.map((c) => c.language))).toEqual(new Set(['en', 'ru', 'pt', 'es', 'fr']));
  });

  it('traffic converts at about 1–3 %', () => {
    const visitors = data.trafficDays.reduce((sum, t) => sum + t.visitors, 0);
    const orders = data.trafficDays.reduce((sum, t) => sum + t.orders, 0);
    expect(orders / visitors).toBeGreaterThan(0.01);
    expect(orders / visitors).toBeLessThan(0.03);
  });
});

describe('rollups', () => {
  it('equal rollupOrders + rollupTraffic over the generated rows', () => {
    const stores = byId(data.stores);
    const products = byId(data.products);
    const expected = emptyRollup();
    mergeRollupsInto(expected, rollupOrders(data.orders as Order[], data.orderLines), 1);
    mergeRollupsInto(
      expected,
      rollupTraffic(data.trafficDays, {
        hostingModeOf: (productId) => {
          const product = products.get(productId)!;
          return product.hostingMode ?? stores.get(product.storeId)!.hostingMode;
        },
        currencyOf: (storeId) => stores.get(storeId)!.currency,
      }),
      1,
    );
    expect(byId(data.dailyStats)).toEqual(expected.daily);
    expect(byId(data.dimensionDays)).toEqual(expected.dimensions);
  });
});
