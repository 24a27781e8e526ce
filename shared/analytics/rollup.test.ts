import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  HOSTING_MODES,
  ORDER_STATUSES,
  type Order,
  type OrderLine,
  type TrafficDay,
} from '@shared/domain/types';
import {
  allocateProportionally,
  countsAsSale,
  diffRollups,
  emptyRollup,
  firstOrderIdsByBuyer,
  mergeRollups,
  rollupOrders,
  rollupTraffic,
  upsertDelta,
} from './rollup';

const orderArb = fc
  .record({
    n: fc.integer({ min: 0, max: 1e9 }),
    storeId: fc.constantFrom('s1', 's2'),
    buyerId: fc.constantFrom('b1', 'b2', 'b3', 'b4', 'b5'),
    country: fc.constantFrom('RU', 'US', 'BR'),
    dayIndex: fc.integer({ min: 1, max: 4 }),
    time: fc.integer({ min: 0, max: 86_399_999 }),
    status: fc.constantFrom(...ORDER_STATUSES),
    hostingMode: fc.constantFrom(...HOSTING_MODES),
    amount: fc.integer({ min: 0, max: 100_000 }),
    refundShare: fc.constantFrom(0, 0, 0, 0.3, 1),
    disputed: fc.boolean(),
    lines: fc.array(
      fc.record({
        productId: fc.constantFrom('p1', 'p2', 'p3'),
        quantity: fc.integer({ min: 1, max: 4 }),
        unitPrice: fc.integer({ min: 0, max: 5_000 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(
    ({
      n,
      storeId,
      buyerId,
      country,
      dayIndex,
      time,
      status,
      hostingMode,
      amount,
      refundShare,
      disputed,
      lines,
    }) => {
      const id = `${storeId}:${n}`;
      const order: Order = {
        id,
        storeId,
        orderId: String(n),
        buyerId,
        country,
        placedAt: Date.UTC(2025, 10, dayIndex) + time,
        day: `2025-11-0${dayIndex}`,
        status,
        amount,
        shippingFee: 0,
        refundAmount: Math.round(amount * refundShare),
        currency: 'USD',
        itemCount: lines.reduce((sum, line) => sum + line.quantity, 0) || 1,
        hostingMode,
        ...(disputed ? { disputeDeadline: Date.UTC(2025, 11, 1) } : {}),
      };
      const orderLines: OrderLine[] = lines.map((line, index) => ({
        id: `${id}#${index}`,
        orderId: id,
        storeId,
        productId: line.productId,
        title: line.productId,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        currency: 'USD',
      }));
      return { order, lines: orderLines };
    },
  );

/** Orders with unique ids (fast-check may repeat `n`). */
const batchArb = fc
  .array(orderArb, { maxLength: 40 })
  .map((entries) => [...new Map(entries.map((entry) => [entry.order.id, entry])).values()]);

const split = (entries: { order: Order; lines: OrderLine[] }[]) => ({
  orders: entries.map((entry) => entry.order),
  lines: entries.flatMap((entry) => entry.lines),
});

describe('rollupOrders', () => {
  it('equals a direct aggregation over the orders', () => {
    fc.assert(
      fc.property(batchArb, (entries) => {
        const { orders, lines } = split(entries);
        const rollup = rollupOrders(orders, lines);
        const counted = orders.filter((order) => countsAsSale(order.status));
        const firstIds = new Set(firstOrderIdsByBuyer(orders).values());
        const keys = new Set(counted.map((order) => `${order.storeId}|${order.day}|${order.hostingMode}`));
        expect(new Set(rollup.daily.keys())).toEqual(keys);
        for (const key of keys) {
          const group = counted.filter(
            (order) => `${order.storeId}|${order.day}|${order.hostingMode}` === key,
          );
          const sum = (pick: (order: Order) => number) =>
            group.reduce((total, order) => total + pick(order), 0);
          expect(rollup.daily.get(key)).toMatchObject({
            orders: group.length,
            units: sum((order) => order.itemCount),
            gmv: sum((order) => order.amount),
            refunds: sum((order) => order.refundAmount),
            refundedOrders: group.filter((order) => order.refundAmount > 0 || order.status === 'refunded')
              .length,
            disputedOrders: group.filter(
              (order) => order.status === 'disputed' || order.disputeDeadline !== undefined,
            ).length,
            newBuyers: group.filter((order) => firstIds.has(order.id)).length,
            visitors: 0,
          });
        }
        // Country rows add up to the daily totals; product rows add up to the gmv of orders that have lines.
        const countryGmv = [...rollup.dimensions.values()]
          .filter((row) => row.dimension === 'country')
          .reduce((s, row) => s + row.gmv, 0);
        const productGmv = [...rollup.dimensions.values()]
          .filter((row) => row.dimension === 'product')
          .reduce((s, row) => s + row.gmv, 0);
        const withLines = new Set(lines.map((line) => line.orderId));
        expect(countryGmv).toBe(counted.reduce((s, order) => s + order.amount, 0));
        expect(productGmv).toBe(
          counted.filter((order) => withLines.has(order.id)).reduce((s, order) => s + order.amount, 0),
        );
      }),
    );
  });

  it('counts a product once per order however many of its lines the order has', () => {
    const order: Order = {
      id: 's:1',
      storeId: 's',
      orderId: '1',
      buyerId: 'b',
      country: 'RU',
      placedAt: 0,
      day: '1970-01-01',
      status: 'completed',
      amount: 900,
      shippingFee: 0,
      refundAmount: 300,
      currency: 'USD',
      itemCount: 3,
      hostingMode: 'semi-managed',
    };
    const line = (id: string, productId: string, quantity: number, unitPrice: number): OrderLine => ({
      id,
      orderId: 's:1',
      storeId: 's',
      productId,
      title: '',
      quantity,
      unitPrice,
      currency: 'USD',
    });
    const rollup = rollupOrders(
      [order],
      [line('a', 'p1', 1, 300), line('b', 'p1', 1, 300), line('c', 'p2', 1, 300)],
    );
    expect(rollup.dimensions.get('s|product|p1|1970-01-01|semi-managed')).toMatchObject({
      orders: 1,
      units: 2,
      gmv: 600,
      refunds: 200,
    });
    expect(rollup.dimensions.get('s|product|p2|1970-01-01|semi-managed')).toMatchObject({
      orders: 1,
      units: 1,
      gmv: 300,
      refunds: 100,
    });
    expect(rollup.daily.get('s|1970-01-01|semi-managed')).toMatchObject({
      orders: 1,
      newBuyers: 1,
      refundedOrders: 1,
    });
  });

  it('ignores unpaid and cancelled orders entirely', () => {
    const base = {
      storeId: 's',
      buyerId: 'b',
      country: 'RU',
      placedAt: 0,
      day: '1970-01-01',
      amount: 500,
      shippingFee: 0,
      refundAmount: 500,
      currency: 'USD',
      itemCount: 1,
      hostingMode: 'semi-managed' as const,
    };
    const rollup = rollupOrders(
      [
        { ...base, id: 's:1', orderId: '1', status: 'cancelled' },
        { ...base, id: 's:2', orderId: '2', status: 'awaiting-payment' },
      ],
      [],
    );
    expect(rollup.daily.size).toBe(0);
    expect(rollup.dimensions.size).toBe(0);
  });

  it('refuses to mix currencies in one row', () => {
    const base = {
      storeId: 's',
      buyerId: 'b',
      country: 'RU',
      placedAt: 0,
      day: '1970-01-01',
      amount: 500,
      shippingFee: 0,
      refundAmount: 0,
      itemCount: 1,
      hostingMode: 'semi-managed' as const,
      status: 'completed' as const,
    };
    expect(() =>
      rollupOrders(
        [
          { ...base, id: 's:1', orderId: '1', currency: 'USD' },
          { ...base, id: 's:2', orderId: '2', currency: 'RUB' },
        ],
        [],
      ),
    ).toThrow(/convert to the store currency/u);
  });
});

describe('mergeRollups', () => {
  it('adding then subtracting a batch returns the original exactly', () => {
    fc.assert(
      fc.property(batchArb, batchArb, (baseEntries, batchEntries) => {
        const base = split(baseEntries);
        const batch = split(batchEntries);
        const original = rollupOrders(base.orders, base.lines);
        const delta = rollupOrders(batch.orders, batch.lines);
        const roundTrip = mergeRollups(mergeRollups(original, delta, 1), delta, -1);
        expect(roundTrip).toEqual(original);
      }),
    );
  });

  it('two batches merged equal one rollup of everything', () => {
    fc.assert(
      fc.property(batchArb, fc.integer({ min: 0, max: 40 }), (entries, cut) => {
        const all = split(entries);
        const firstOrders = firstOrderIdsByBuyer(all.orders);
        const a = split(entries.slice(0, cut));
        const b = split(entries.slice(cut));
        const merged = mergeRollups(
          rollupOrders(a.orders, a.lines, firstOrders),
          rollupOrders(b.orders, b.lines, firstOrders),
          1,
        );
        expect(merged).toEqual(rollupOrders(all.orders, all.lines, firstOrders));
      }),
    );
  });

  it('an upsert is subtract-old plus add-new', () => {
    fc.assert(
      fc.property(batchArb, (entries) => {
        fc.pre(entries.length > 0);
        const all = split(entries);
        const firstOrders = firstOrderIdsByBuyer(all.orders);
        const [first] = entries;
        const changed = { ...first!.order, status: 'refunded' as const, refundAmount: first!.order.amount };
        const before = rollupOrders(all.orders, all.lines, firstOrders);
        const afterUpsert = mergeRollups(
          mergeRollups(before, rollupOrders([first!.order], first!.lines, firstOrders), -1),
          rollupOrders([changed], first!.lines, firstOrders),
          1,
        );
        const rebuilt = rollupOrders([changed, ...all.orders.slice(1)], all.lines, firstOrders);
        expect(afterUpsert).toEqual(rebuilt);
      }),
    );
  });

  it('upsertDelta applied to the stored rollup gives the rollup of the updated set', () => {
    fc.assert(
      fc.property(batchArb, fc.integer({ min: 0, max: 40 }), (entries, cut) => {
        const all = split(entries);
        const firstOrders = firstOrderIdsByBuyer(all.orders);
        const touched = entries.slice(0, cut);
        const updated = touched.map((entry) => ({
          ...entry,
          order: { ...entry.order, refundAmount: entry.order.amount, status: 'refunded' as const },
        }));
        const stored = rollupOrders(all.orders, all.lines, firstOrders);
        const delta = upsertDelta(split(touched), split(updated), firstOrders);
        const expected = split([...updated, ...entries.slice(cut)]);
        expect(mergeRollups(stored, delta, 1)).toEqual(
          rollupOrders(expected.orders, expected.lines, firstOrders),
        );
      }),
    );
  });

  it('leaves its inputs untouched', () => {
    const { orders, lines } = split(fc.sample(batchArb, { numRuns: 1, seed: 3 })[0]!);
    const original = rollupOrders(orders, lines);
    const snapshot = structuredClone(original);
    mergeRollups(original, original, 1);
    expect(original).toEqual(snapshot);
  });
});

describe('rollupTraffic', () => {
  it('adds traffic per effective hosting mode and skips empty rows', () => {
    const traffic: TrafficDay[] = [
      {
        id: 'p1|d',
        storeId: 's',
        productId: 'p1',
        day: '2025-11-11',
        visitors: 100,
        productViews: 150,
        addToCarts: 9,
        orders: 2,
      },
      {
        id: 'p2|d',
        storeId: 's',
        productId: 'p2',
        day: '2025-11-11',
        visitors: 50,
        productViews: 60,
        addToCarts: 3,
        orders: 1,
      },
      {
        id: 'p3|d',
        storeId: 's',
        productId: 'p3',
        day: '2025-11-11',
        visitors: 0,
        productViews: 0,
        addToCarts: 0,
        orders: 0,
      },
    ];
    const rollup = rollupTraffic(traffic, {
      hostingModeOf: (productId) => (productId === 'p2' ? 'fully-managed' : 'semi-managed'),
      currencyOf: () => 'USD',
    });
    expect(rollup.daily.size).toBe(2);
    expect(rollup.daily.get('s|2025-11-11|semi-managed')).toMatchObject({
      visitors: 100,
      productViews: 150,
      addToCarts: 9,
      orders: 0,
    });
  });
});

describe('allocateProportionally', () => {
  it('always sums to the total and stays within one unit of the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.array(fc.integer({ min: 0, max: 1e4 }), { minLength: 1, maxLength: 6 }),
        (total, weights) => {
          const parts = allocateProportionally(total, weights);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
          const weightSum = weights.reduce((s, w) => s + w, 0);
          parts.forEach((part, index) => {
            const exact = weightSum > 0 ? (total * weights[index]!) / weightSum : total / weights.length;
            expect(Math.abs(part - exact)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});

describe('diffRollups', () => {
  it('lists changed rows to put and vanished rows to delete', () => {
    const { orders, lines } = split(
      fc.sample(
        batchArb.filter((e) => e.some((x) => countsAsSale(x.order.status))),
        { numRuns: 1, seed: 9 },
      )[0]!,
    );
    const after = rollupOrders(orders, lines);
    const diff = diffRollups(emptyRollup(), after);
    expect(diff.putDaily.length).toBe(after.daily.size);
    expect(diffRollups(after, emptyRollup()).deleteDailyIds.length).toBe(after.daily.size);
    expect(diffRollups(after, after).putDaily).toEqual([]);
  });
});
