import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROMOTION_PRICE_RULES, lowestPriceInWindow, qualifyingPrice } from './priceHistory';

const DAY = 86_400_000;
const ev = (day: number, amount: number) => ({ skuId: 's', at: day * DAY, amount, currency: 'USD' });

describe('lowestPriceInWindow', () => {
  it('counts the price in force when the window opens', () => {
    const events = [ev(0, 500), ev(100, 900)];
    expect(lowestPriceInWindow(events, 120 * DAY, 30)).toBe(500);
    expect(lowestPriceInWindow(events, 200 * DAY, 30)).toBe(900);
    expect(lowestPriceInWindow([], 0, 30)).toBeNull();
  });

  it('is never above the current price and never below the lowest ever', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 10_000 })), {
          minLength: 1,
        }),
        (pairs) => {
          const events = pairs.map(([day, amount]) => ev(day, amount));
          const now = 401 * DAY;
          const low = lowestPriceInWindow(events, now, 180)!;
          const current = [...events].sort((a, b) => a.at - b.at).at(-1)!.amount;
          expect(low).toBeLessThanOrEqual(current);
          expect(low).toBeGreaterThanOrEqual(Math.min(...events.map((e) => e.amount)));
        },
      ),
    );
  });
});

describe('qualifyingPrice', () => {
  it('applies the rule factor to its basis low, rounding down', () => {
    const rule = PROMOTION_PRICE_RULES[0]!;
    expect(qualifyingPrice([ev(0, 1999)], 10 * DAY, rule).highest).toBe(1799);
  });
});
