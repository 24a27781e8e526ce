import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STOCK_POLICY,
  leadTimeOf,
  observedLeadTimeDays,
  receivedIntoStock,
  reconcileInbound,
  reorderSuggestion,
} from './warehouse';

describe('warehouse stock', () => {
  it('reconciles what arrived against what was sent', () => {
    expect(
      reconcileInbound([
        { skuId: 'a', quantity: 10, received: 8 },
        { skuId: 'b', quantity: 5, received: 5 },
        { skuId: 'c', quantity: 2, received: 3 },
        { skuId: 'a', quantity: 1, received: 1 },
      ]),
    ).toEqual([
      { skuId: 'a', sent: 11, received: 9, difference: -2, verdict: 'short' },
      { skuId: 'b', sent: 5, received: 5, difference: 0, verdict: 'ok' },
      { skuId: 'c', sent: 2, received: 3, difference: 1, verdict: 'over' },
    ]);
    expect(
      receivedIntoStock({ place: 'overseas', lines: [{ skuId: 'a', quantity: 10, received: 8 }] }),
    ).toEqual(new Map([['a|overseas', 8]]));
  });

  it('learns the lead time from received shipments', () => {
    const day = 86_400_000;
    const shipments = [
      { status: 'received' as const, sentAt: 0, receivedAt: 10 * day, lines: [{ skuId: 'a', quantity: 1 }] },
      { status: 'received' as const, sentAt: 0, receivedAt: 13 * day, lines: [{ skuId: 'a', quantity: 1 }] },
      { status: 'in-transit' as const, sentAt: 0, lines: [{ skuId: 'a', quantity: 1 }] },
    ];
    expect(observedLeadTimeDays(shipments, 'a')).toBe(12);
    expect(observedLeadTimeDays(shipments, 'b')).toBeNull();
  });

  it('suggests a reorder from velocity and lead time', () => {
    // 60 sold in 30 days = 2/day; lead 15 + safety 7 → reorder point 44; target 44 + 60 = 104.
    const low = reorderSuggestion(
      { onHand: 20, inbound: 10, soldInWindow: 60, windowDays: 30, leadTimeDays: 15 },
      DEFAULT_STOCK_POLICY,
    );
    expect(low).toEqual({ velocity: 2, daysOfCover: 15, reorderPoint: 44, quantity: 74 });
    const enough = reorderSuggestion(
      { onHand: 100, inbound: 0, soldInWindow: 60, windowDays: 30, leadTimeDays: 15 },
      DEFAULT_STOCK_POLICY,
    );
    expect(enough.quantity).toBe(0);
    const idle = reorderSuggestion(
      { onHand: 0, inbound: 0, soldInWindow: 0, windowDays: 30, leadTimeDays: 15 },
      DEFAULT_STOCK_POLICY,
    );
    expect(idle).toEqual({ velocity: 0, daysOfCover: null, reorderPoint: 0, quantity: 0 });
  });

  it('never suggests less than what brings stock above the reorder point, nor more stock than needed', () => {
    fc.assert(
      fc.property(
        fc.nat(500),
        fc.nat(200),
        fc.nat(3000),
        fc.integer({ min: 1, max: 60 }),
        (onHand, inbound, sold, lead) => {
          const s = reorderSuggestion(
            { onHand, inbound, soldInWindow: sold, windowDays: 30, leadTimeDays: lead },
            DEFAULT_STOCK_POLICY,
          );
          if (s.quantity > 0) expect(onHand + inbound + s.quantity).toBeGreaterThan(s.reorderPoint);
          else expect(sold === 0 || onHand + inbound > s.reorderPoint).toBe(true);
        },
      ),
    );
  });

  it("uses the seller's own lead time of a SKU first, then the learned one, then the default", () => {
    expect(leadTimeOf(40, 12, DEFAULT_STOCK_POLICY)).toEqual({ days: 40, source: 'set' });
    expect(leadTimeOf(undefined, 12, DEFAULT_STOCK_POLICY)).toEqual({ days: 12, source: 'observed' });
    expect(leadTimeOf(undefined, null, DEFAULT_STOCK_POLICY)).toEqual({ days: 15, source: 'default' });
    expect(leadTimeOf(0, null, DEFAULT_STOCK_POLICY)).toEqual({ days: 15, source: 'default' });
    // A longer lead time moves the reorder point up: 2 a day over 10 + 7 days is 34, over 40 + 7 it is 94.
    const input = { onHand: 50, inbound: 0, soldInWindow: 60, windowDays: 30 };
    const short = reorderSuggestion(
      { ...input, leadTimeDays: leadTimeOf(undefined, 10, DEFAULT_STOCK_POLICY).days },
      DEFAULT_STOCK_POLICY,
    );
    const long = reorderSuggestion(
      { ...input, leadTimeDays: leadTimeOf(40, 10, DEFAULT_STOCK_POLICY).days },
      DEFAULT_STOCK_POLICY,
    );
    expect([short.reorderPoint, short.quantity]).toEqual([34, 0]);
    expect([long.reorderPoint, long.quantity]).toEqual([94, 104]);
  });
});
