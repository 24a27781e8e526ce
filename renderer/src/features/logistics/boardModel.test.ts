import { describe, expect, it } from 'vitest';
import type { Order } from '@shared/domain/types';
import { deadlineCalculator, DEFAULT_SHIP_BY_RULE } from '@shared/logistics/deadline';
import { buildBoardRows, filterRows, groupRows, handlingFromLines, NO_FILTER } from './boardModel';

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
});
