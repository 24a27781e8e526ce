import { beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '@shared/domain/types';
import { emptyRollup, mergeRollupsInto, rollupOrders, rollupTraffic } from '@shared/analytics/rollup';
import { dayEndMs, dayRange } from '@shared/util/days';
import { collectDemo, type DemoDataset } from './collect';
import { MAX_CHUNK_ROWS } from './chunks';
import { buyerLanguageOf } from './countries';
import { DEMO_DEFAULT_SEED, generateDemo } from './generate';
import { s10CheckDigit } from './logistics';

const OPTIONS = { seed: DEMO_DEFAULT_SEED, endDay: '2026-03-31' };
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
      for (const chunk of generateDemo({ ...OPTIONS, seed }))
        if (chunk.table === 'products') return chunk.rows;
      return [];
    };
    expect(JSON.stringify(products('a'))).not.toBe(JSON.stringify(products('b')));
  });

  it('refuses a malformed endDay', () => {
    expect(() => generateDemo({ seed: 1, endDay: '2026-13-01' }).next()).toThrow(/day key/u);
  });
});

describe('sizes', { timeout: 30_000 }, () => {
  it('has two stores with about 200 and 60 products', () => {
    expect(data.stores.map((store) => store.name)).toEqual([
      'Shenzhen Bright Gadgets',
      'Yiwu Home & Fashion',
    ]);
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
    for (const message of data.messages)
      counts.set(message.conversationId, (counts.get(message.conversationId) ?? 0) + 1);
    expect(
      failing(
        data.conversations,
        (c) => counts.get(c.id) === c.messageCount && c.messageCount >= 2 && c.messageCount <= 8,
      ),
    ).toEqual([]);
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

/** Rows failing a check, by id: an empty list passes, a failing one names the culprits. */
const failing = <T extends { id: string }>(rows: readonly T[], ok: (row: T) => boolean) =>
  rows.filter((row) => !ok(row)).map((row) => row.id);

describe('integrity', { timeout: 30_000 }, () => {
  it('every foreign key resolves', () => {
    const stores = byId(data.stores);
    const products = byId(data.products);
    const skus = byId(data.skus);
    const orders = byId(data.orders);
    const conversations = byId(data.conversations);
    const competitors = byId(data.competitors);
    const influencers = byId(data.influencers);
    expect(failing(data.products, (p) => stores.has(p.storeId))).toEqual([]);
    expect(failing(data.skus, (s) => products.get(s.productId)?.storeId === s.storeId)).toEqual([]);
    const storeOfBuyer = new Map(data.orders.map((o) => [o.buyerId, o.storeId]));
    expect(failing(data.orders, (o) => storeOfBuyer.get(o.buyerId) === o.storeId)).toEqual([]);
    expect(
      failing(
        data.orderLines,
        (l) =>
          orders.has(l.orderId) && products.has(l.productId) && skus.get(l.skuId!)?.productId === l.productId,
      ),
    ).toEqual([]);
    expect(failing(data.conversations, (c) => orders.get(c.orderId!)?.buyerId === c.buyerId)).toEqual([]);
    expect(failing(data.messages, (m) => conversations.get(m.conversationId)?.storeId === m.storeId)).toEqual(
      [],
    );
    expect(failing(data.shipments, (s) => s.orderId === undefined || orders.has(s.orderId))).toEqual([]);
    expect(failing(data.trafficDays, (t) => products.get(t.productId)?.storeId === t.storeId)).toEqual([]);
    expect(failing(data.competitorSnapshots, (s) => competitors.has(s.competitorId))).toEqual([]);
    expect(
      failing(
        data.campaigns,
        (c) =>
          (c.influencerId === undefined || influencers.has(c.influencerId)) &&
          c.productIds.every((id) => products.get(id)?.storeId === c.storeId),
      ),
    ).toEqual([]);
    const campaigns = byId(data.campaigns);
    expect(failing(data.campaignTouches, (t) => campaigns.get(t.campaignId)?.storeId === t.storeId)).toEqual(
      [],
    );
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
    for (const line of data.orderLines) {
      const own = lines.get(line.orderId);
      if (own) own.push(line);
      else lines.set(line.orderId, [line]);
    }
    const consistent = (order: Order) => {
      const own = lines.get(order.id) ?? [];
      return (
        own.length >= 1 &&
        own.length <= 3 &&
        order.amount === own.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0) &&
        order.itemCount === own.reduce((sum, line) => sum + line.quantity, 0) &&
        own.every((line) => line.unitPrice === skus.get(line.skuId!)?.price.amount)
      );
    };
    expect(failing(data.orders, consistent)).toEqual([]);
  });

  it('countries are ISO alpha-2 and money is integer', () => {
    const alpha2 = (row: { country: string }) => /^[A-Z]{2}$/u.test(row.country);
    const withCountry: readonly (readonly { id: string; country: string }[])[] = [
      data.orders,
      data.conversations,
      data.shipments,
      data.influencers.map((i) => ({ id: i.id, country: i.country ?? '' })),
      data.carrierRates,
    ];
    for (const rows of withCountry) {
      expect(failing(rows, alpha2)).toEqual([]);
    }
    const integers = [
      ...data.orders.flatMap((o) => [o.amount, o.shippingFee, o.refundAmount]),
      ...data.skus.flatMap((s) => [s.price.amount, s.cost.amount, s.supplyPrice?.amount ?? 0]),
      ...data.shipments.map((s) => s.cost.amount),
      ...data.campaigns.map((c) => c.fixedFee.amount),
      ...data.dailyStats.flatMap((d) => [d.gmv, d.refunds]),
      ...data.dimensionDays.flatMap((d) => [d.gmv, d.refunds]),
    ];
    expect(integers.every(Number.isSafeInteger)).toBe(true);
  });

  it('nothing happens after the end of endDay', () => {
    const inPast = (at: number | undefined) => at === undefined || at <= NOW;
    expect(
      failing(data.orders, (o) => inPast(o.placedAt) && inPast(o.shippedAt) && inPast(o.deliveredAt)),
    ).toEqual([]);
    expect(failing(data.messages, (m) => inPast(m.sentAt))).toEqual([]);
  });
});

describe('realism', { timeout: 30_000 }, () => {
  it('catalogue: English titles, no photos, handling 3–10 days, cost 40–60 % of price, supply prices when fully managed', () => {
    const stores = byId(data.stores);
    const modeOf = new Map(
      data.products.map((p) => [p.id, p.hostingMode ?? stores.get(p.storeId)!.hostingMode]),
    );
    expect(
      failing(
        data.products,
        (p) =>
          Boolean(p.title.en) && p.mainImageIds.length === 0 && p.handlingDays >= 3 && p.handlingDays <= 10,
      ),
    ).toEqual([]);
    expect(data.products.filter((p) => p.title.ru).length / data.products.length).toBeGreaterThan(0.6);
    expect(new Set(modeOf.values())).toEqual(new Set(['fully-managed', 'semi-managed', 'self-operated']));
    const skuOk = (sku: (typeof data.skus)[number]) => {
      const ratio = sku.cost.amount / sku.price.amount;
      const fullyManaged = modeOf.get(sku.productId) === 'fully-managed';
      return ratio >= 0.39 && ratio <= 0.61 && (sku.supplyPrice !== undefined) === fullyManaged;
    };
    expect(failing(data.skus, skuOk)).toEqual([]);
  });

  it('country mix, languages, repeat buyers, refunds and disputes are believable', () => {
    const orders = data.orders;
    expect(share(orders.filter((o) => o.country === 'RU').length, orders.length)).toBeGreaterThan(0.3);
    expect(share(orders.filter((o) => o.country === 'RU').length, orders.length)).toBeLessThan(0.4);
    expect(failing(data.conversations, (c) => c.language === buyerLanguageOf(c.country))).toEqual([]);
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
    expect(
      old.every((o) => !['awaiting-shipment', 'awaiting-payment', 'shipped', 'disputed'].includes(o.status)),
    ).toBe(true);
    const chinaPost = data.orders.filter((o) => o.carrier === 'china-post');
    expect(chinaPost.length).toBeGreaterThan(0);
    const validS10 = (o: Order) =>
      /^[A-Z]{2}\d{9}CN$/u.test(o.trackingNumber!) &&
      Number(o.trackingNumber![10]) === s10CheckDigit(o.trackingNumber!.slice(2, 10));
    expect(failing(chinaPost, validS10)).toEqual([]);
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
    expect(data.conversations.filter((c) => c.status === 'resolved').length).toBeGreaterThan(
      data.conversations.length / 2,
    );
    const orders = byId(data.orders);
    expect(
      failing(
        data.conversations,
        (c) => c.platformHandled === (orders.get(c.orderId!)!.hostingMode === 'fully-managed'),
      ),
    ).toEqual([]);
    const languageOf = new Map(data.conversations.map((c) => [c.id, c.language]));
    expect(failing(data.messages, (m) => m.language === languageOf.get(m.conversationId))).toEqual([]);
    expect(new Set(data.conversations.map((c) => c.language))).toEqual(
      new Set(['en', 'ru', 'pt', 'es', 'fr']),
    );
  });

  it('traffic converts at about 1–3 %', () => {
    const visitors = data.trafficDays.reduce((sum, t) => sum + t.visitors, 0);
    const orders = data.trafficDays.reduce((sum, t) => sum + t.orders, 0);
    expect(orders / visitors).toBeGreaterThan(0.01);
    expect(orders / visitors).toBeLessThan(0.03);
  });
});

describe('rollups', { timeout: 30_000 }, () => {
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
