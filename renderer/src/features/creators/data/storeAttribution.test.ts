import { describe, expect, it } from 'vitest';
import type { Order, OrderLine } from '@shared/domain/types';
import { defaultHostingRates, profitForMode, profitInputFromSku } from '@shared/hosting';
import { freshDb, product, sku, store } from '../../../data/hosting/testKit';
import { saveCampaign } from './writes';
import { computeStoreAttribution } from './storeAttribution';

const order = (id: string, over: Partial<Order> = {}): Order => ({
  id,
  storeId: 's1',
  orderId: id,
  buyerId: 'b',
  country: 'US',
  placedAt: Date.UTC(2026, 5, 1),
  day: '2026-06-01',
  status: 'completed',
  amount: 1_800,
  shippingFee: 0,
  refundAmount: 0,
  currency: 'USD',
  itemCount: 2,
  hostingMode: 'self-operated',
  promoCode: 'KATE10',
  ...over,
});

const line = (orderId: string, over: Partial<OrderLine> = {}): OrderLine => ({
  id: `${orderId}-l`,
  orderId,
  storeId: 's1',
  productId: 'p1',
  skuId: 'k1',
  title: 'Case',
  quantity: 2,
  unitPrice: 900,
  currency: 'USD',
  ...over,
});

/** The profit model's cash cost of one unit of the test SKU in a mode (default rates, no sales yet). */
function unitOf(mode: 'self-operated' | 'fully-managed') {
  const input = profitInputFromSku(sku('k1', 'p1'), product('p1'), 0);
  const { perUnit } = profitForMode(input, mode, defaultHostingRates());
  return { revenue: perUnit.revenue, cashCost: perUnit.revenue - perUnit.margin, margin: perUnit.margin };
}

async function seed(mode: 'self-operated' | 'fully-managed') {
  const db = freshDb();
  await db.stores.put(store());
  await db.products.put(product('p1', { hostingMode: mode }));
  await db.skus.put(sku('k1', 'p1'));
  await db.orders.bulkPut([order('o1'), order('o2', { amount: 500 }), order('o3', { status: 'refunded' })]);
  await db.orderLines.bulkPut([
    line('o1'),
    // A product the catalog does not know: this order cannot be priced.
    line('o2', { productId: 'gone', skuId: 'gone', quantity: 1, unitPrice: 500 }),
    line('o3'),
  ]);
  await saveCampaign(db, {
    storeId: 's1',
    name: 'Kate',
    kind: 'promo-code',
    status: 'agreed',
    startsAt: Date.UTC(2026, 4, 1),
    endsAt: Date.UTC(2026, 6, 1),
    productIds: [],
    commissionRate: 0.1,
    fixedFee: { amount: 1_000, currency: 'USD' },
    codes: ['kate10'],
    windowDays: 7,
  });
  return db;
}

describe('computeStoreAttribution: margin through the hosting profit model', () => {
  it('gives an own-priced order the buyer’s price minus the model’s unit costs, and says how many were priced', async () => {
    const db = await seed('self-operated');
    const result = await computeStoreAttribution(db, 's1');
    const campaign = Object.values(result.results)[0]!;
    expect(campaign.orders).toBe(2);
    expect(campaign.cost).toBe(1_000 + Math.round(0.1 * 2_300));
    expect(campaign.marginKnownOrders).toBe(1);
    expect(campaign.margin).toBe(2 * (900 - unitOf('self-operated').cashCost) - campaign.cost);
    expect(result.marginKnownOrders).toBe(1);
    expect(result.attributedOrders).toBe(2);
    expect(Object.values(result.creators)).toEqual([]);
  });

  it('pays a fully managed unit the supply price, whatever the buyer paid', async () => {
    const db = await seed('fully-managed');
    const campaign = Object.values((await computeStoreAttribution(db, 's1')).results)[0]!;
    expect(campaign.margin).toBe(2 * unitOf('fully-managed').margin - campaign.cost);
  });
});
