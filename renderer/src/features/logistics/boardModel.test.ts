import { describe, expect, it } from 'vitest';
import type { Order } from '@shared/domain/types';
import { deadlineCalculator, DEFAULT_SHIP_BY_RULE } from '@shared/logistics/deadline';
import {
  buildBoardRows,
  filterRows,
  groupRows,
  handlingFromLines,
  handlingFromProducts,
  NO_FILTER,
  type BoardSort,
} from './boardModel';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 5, 1, 2);
const order = (id: string, placedAt: number, extra: Partial<Order> = {}): Order => ({
  id,
  storeId: 's1',
  orderId: id,
  buyerId: 'b',
  country: 'US',
  placedAt,
  day: '2026-06-01',
  status: 'awaiting-shipment',
  amount: 100,
  shippingFee: 0,
  refundAmount: 0,
  currency: 'USD',
  itemCount: 1,
  hostingMode: 'self-operated',
  ...extra,
});

describe('board model', () => {
  const calendar = deadlineCalculator({ ...DEFAULT_SHIP_BY_RULE, rule: 'calendar-days' });

  it('groups by deadline bucket, overdue first, and keeps fully managed orders apart', () => {
    const orders = [
      order('later', NOW, { handlingDays: 5 }),
      order('overdue', NOW - 49 * HOUR, { handlingDays: 2 }),
      order('soon', NOW - 40 * HOUR, { handlingDays: 2 }),
      order('platform', NOW, { handlingDays: 1, hostingMode: 'fully-managed' }),
      order('imported', NOW - 24 * HOUR),
    ];
    const rows = buildBoardRows(orders, new Map([['imported', 3]]), calendar, 7);
    const items = groupRows(filterRows(rows, NO_FILTER), NOW, 'deadline');
    expect(items.map((i) => (i.kind === 'header' ? `#${i.bucket}` : i.row.order.id))).toEqual([
      '#overdue',
      'overdue',
      '#due24h',
      'soon',
      '#due48h',
      'imported',
      '#later',
      'later',
    ]);
    expect(filterRows(rows, { ...NO_FILTER, platformShips: true }).map((r) => r.order.id)).toEqual([
      'platform',
    ]);
    expect(rows.find((r) => r.order.id === 'imported')?.assumedHandling).toBe(false);
  });

  it('takes the longest line of an order from the catalog', () => {
    const products = new Map([
      ['p1', { handlingDays: 3 }],
      ['p2', { handlingDays: 8 }],
    ]);
    const lines = [
      { orderId: 'o', productId: 'p1' },
      { orderId: 'o', productId: 'p2' },
      { orderId: 'x', productId: 'gone' },
    ];
    expect([...handlingFromLines(lines, products)]).toEqual([['o', 8]]);
  });

  it('takes the longest product of a queue row, and leaves rows with their own handling days alone', () => {
    const products = new Map([
      ['p1', { handlingDays: 3 }],
      ['p2', { handlingDays: 8 }],
    ]);
    const queue = [
      { id: 'a', productIds: ['p1', 'p2'] },
      { id: 'b', productIds: ['gone'] },
      { id: 'c', productIds: ['p2'], handlingDays: 2 },
    ];
    expect([...handlingFromProducts(queue, products)]).toEqual([['a', 8]]);
  });

  it('sorts within each group by the chosen key, ties in deadline order, the same as a comparison sort', () => {
    const countries = ['US', 'DE', 'FR', 'BR', 'DE'];
    const orders = Array.from({ length: 60 }, (_, i) =>
      order(`o${i}`, NOW - ((i * 7919) % 97) * HOUR, {
        handlingDays: 1 + (i % 4),
        country: countries[i % countries.length] as string,
        amount: 100 + ((i * 31) % 7) * 10,
      }),
    );
    const rows = buildBoardRows(orders, new Map(), calendar, 7);
    for (let i = 1; i < rows.length; i++)
      expect((rows[i] as (typeof rows)[0]).deadline).toBeGreaterThanOrEqual(
        (rows[i - 1] as (typeof rows)[0]).deadline,
      );
    const expected: Record<BoardSort, (a: (typeof rows)[0], b: (typeof rows)[0]) => number> = {
      deadline: () => 0,
      placed: (a, b) => b.order.placedAt - a.order.placedAt,
      country: (a, b) => (a.order.country < b.order.country ? -1 : a.order.country > b.order.country ? 1 : 0),
      amount: (a, b) => b.order.amount - a.order.amount,
    };
    for (const sort of ['deadline', 'placed', 'country', 'amount'] as const) {
      const items = groupRows([...rows].reverse(), NOW, sort);
      const groups = new Map<string, string[]>();
      for (const item of items)
        if (item.kind === 'row')
          groups.set(item.bucket, [...(groups.get(item.bucket) ?? []), item.row.order.id]);
      for (const [bucket, ids] of groups) {
        const inBucket = rows.filter((r) => ids.includes(r.order.id));
        const want = [...inBucket]
          .sort((a, b) => expected[sort](a, b) || a.deadline - b.deadline)
          .map((r) => r.order.id);
        const wantKeys = want.map((id) => {
          const r = rows.find((x) => x.order.id === id) as (typeof rows)[0];
          return `${expected[sort](r, inBucket[0] as (typeof rows)[0])}|${r.deadline}`;
        });
        const gotKeys = ids.map((id) => {
          const r = rows.find((x) => x.order.id === id) as (typeof rows)[0];
          return `${expected[sort](r, inBucket[0] as (typeof rows)[0])}|${r.deadline}`;
        });
        expect(gotKeys, `${sort} ${bucket}`).toEqual(wantKeys);
      }
    }
  });
});
