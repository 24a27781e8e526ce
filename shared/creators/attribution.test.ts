import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '@shared/domain/types';
import { DAY_MS } from '@shared/util/days';
import {
  attributeOrders,
  creatorTotals,
  isRefundedStatus,
  type AttributionCampaign,
  type AttributionOrder,
} from './attribution';

const T0 = Date.UTC(2025, 2, 1, 12);
const campaign = (over: Partial<AttributionCampaign> & { id: string }): AttributionCampaign => ({
  productIds: [],
  codes: [],
  touches: [],
  windowDays: 15,
  commissionRate: 0,
  fixedFee: 0,
  samplesCost: 0,
  ...over,
});
const order = (over: Partial<AttributionOrder>): AttributionOrder => ({
  placedAt: T0,
  status: 'completed',
  amount: 1000,
  productIds: ['p1'],
  ...over,
});

describe('attribution rules', () => {
  it('a promo code wins whatever the date or products, case-insensitively', () => {
    const result = attributeOrders(
      [order({ promoCode: 'katya10', productIds: ['other'], placedAt: T0 - 300 * DAY_MS })],
      [
        campaign({ id: 'post', productIds: ['other'], touches: [T0 - 301 * DAY_MS] }),
        campaign({ id: 'code', codes: ['KATYA10'], productIds: ['p9'] }),
      ],
    );
    expect(result.campaigns.map((c) => c.orders)).toEqual([0, 1]);
    expect(result.campaigns[1]?.byCode).toBe(1);
  });

  it('counts an order inside a touch window for a linked product, not before the touch nor at its end', () => {
    const post = campaign({ id: 'post', productIds: ['p1'], touches: [T0], windowDays: 2 });
    const orders = [
      order({ placedAt: T0 - 1 }),
      order({ placedAt: T0 }),
      order({ placedAt: T0 + 2 * DAY_MS - 1 }),
      order({ placedAt: T0 + 2 * DAY_MS }),
      order({ placedAt: T0 + 1, productIds: ['p2'] }),
    ];
    const result = attributeOrders(orders, [post]);
    expect(result.campaigns[0]?.orders).toBe(2);
    expect(result.unattributed).toBe(3);
  });

  it('no linked products means every product', () => {
    const result = attributeOrders(
      [order({ productIds: ['x'] })],
      [campaign({ id: 'all', touches: [T0 - 10] })],
    );
    expect(result.campaigns[0]?.orders).toBe(1);
  });

  it('the latest touch before the order wins between campaigns', () => {
    const result = attributeOrders(
      [order({ placedAt: T0 + DAY_MS })],
      [
        campaign({ id: 'early', productIds: ['p1'], touches: [T0 - DAY_MS] }),
        campaign({ id: 'late', productIds: ['p1'], touches: [T0] }),
      ],
    );
    expect(result.campaigns.map((c) => c.orders)).toEqual([0, 1]);
  });

  it('refunded and cancelled orders are counted apart, and money follows rule 4', () => {
    const result = attributeOrders(
      [
        order({ amount: 10_000 }),
        order({ amount: 5000, status: 'refunded' }),
        order({ status: 'cancelled' }),
      ],
      [
        campaign({
          id: 'c',
          productIds: ['p1'],
          touches: [T0 - 1],
          commissionRate: 0.1,
          fixedFee: 2000,
          samplesCost: 500,
        }),
      ],
    );
    const c = result.campaigns[0]!;
    expect([c.orders, c.gmv, c.refundedOrders, c.commission, c.cost]).toEqual([1, 10_000, 2, 1000, 3500]);
    expect(c.roas).toBeCloseTo(10_000 / 3500);
  });

  it('ranks creators by their best cost per order', () => {
    const result = attributeOrders(
      [order({ promoCode: 'a' }), order({ promoCode: 'a' }), order({ promoCode: 'b' })],
      [
        campaign({ id: 'A', codes: ['a'], fixedFee: 1000 }),
        campaign({ id: 'B', codes: ['b'], fixedFee: 300 }),
      ],
    );
    const totals = creatorTotals(result.campaigns, () => 'creator');
    expect(totals.get('creator')).toMatchObject({
      campaigns: 2,
      orders: 3,
      cost: 1300,
      bestCostPerOrder: 300,
    });
  });

  it('measures lift against the same-length period before the first touch', () => {
    const midnight = Date.UTC(2025, 2, 1);
    const post = campaign({ id: 'post', productIds: ['p1'], touches: [midnight], windowDays: 1 });
    const orders = [
      order({ placedAt: midnight - DAY_MS }),
      order({ placedAt: midnight }),
      order({ placedAt: midnight + 1000 }),
    ];
    const lift = attributeOrders(orders, [post]).campaigns[0]?.lift;
    expect(lift).toMatchObject({ days: 1, ordersBefore: 1, ordersDuring: 2, orderLift: 1 });
  });
});

const orderArb = fc.record({
  placedAt: fc.integer({ min: T0 - 40 * DAY_MS, max: T0 + 40 * DAY_MS }),
  status: fc.constantFrom(...ORDER_STATUSES),
  amount: fc.integer({ min: 0, max: 100_000 }),
  productIds: fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4'), { maxLength: 3 }),
  promoCode: fc.option(fc.constantFrom('A', 'b', 'zzz', 'B '), { nil: undefined }),
});
const campaignArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    productIds: fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4'), { maxLength: 2 }),
    codes: fc.uniqueArray(fc.constantFrom('a', 'B', 'c'), { maxLength: 2 }),
    touches: fc.array(fc.integer({ min: T0 - 30 * DAY_MS, max: T0 + 30 * DAY_MS }), { maxLength: 3 }),
    windowDays: fc.integer({ min: 1, max: 20 }),
    commissionRate: fc.double({ min: 0.03, max: 0.5, noNaN: true }),
    fixedFee: fc.integer({ min: 0, max: 10_000 }),
    samplesCost: fc.integer({ min: 0, max: 10_000 }),
  });
const campaignsArb = fc
  .integer({ min: 0, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, index) => campaignArb(`c${index}`))));

describe('attribution properties', () => {
  it('orders + refunded over campaigns + unattributed = number of orders; each order at most once', () => {
    fc.assert(
      fc.property(fc.array(orderArb, { maxLength: 60 }), campaignsArb, (orders, campaigns) => {
        const result = attributeOrders(orders, campaigns);
        const counted = result.campaigns.reduce((sum, c) => sum + c.orders + c.refundedOrders, 0);
        expect(counted + result.unattributed).toBe(orders.length);
        // The assignment names one campaign (or none) per order, and the tallies agree with it.
        const perCampaign = campaigns.map((_, index) => result.assignment.filter((a) => a === index).length);
        expect(perCampaign).toEqual(result.campaigns.map((c) => c.orders + c.refundedOrders));
        expect(result.assignment.filter((a) => a < 0).length).toBe(result.unattributed);
        const refunded = orders.filter(
          (o, i) => result.assignment[i]! < 0 && isRefundedStatus(o.status),
        ).length;
        expect(result.unattributedRefunded).toBe(refunded);
      }),
    );
  });

  it('moving a touch later never attributes to that campaign an order placed before the new touch time', () => {
    fc.assert(
      fc.property(
        fc.array(orderArb, { maxLength: 60 }),
        campaignsArb.filter((c) => c.length > 0 && c[0]!.touches.length > 0),
        fc.integer({ min: 1, max: 20 * DAY_MS }),
        (orders, campaigns, shift) => {
          const [first, ...rest] = campaigns;
          const moved = { ...first!, codes: [], touches: first!.touches.map((t) => t + shift) };
          const result = attributeOrders(orders, [moved, ...rest]);
          const earliest = Math.min(...moved.touches);
          orders.forEach((o, index) => {
            if (o.placedAt < earliest) expect(result.assignment[index]).not.toBe(0);
          });
        },
      ),
    );
  });
});
