import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRate, divRoundHalfUp, splitRates, toPpm } from './money';

describe('money', () => {
  it('rounds half up exactly, even where binary floats would not', () => {
    expect(divRoundHalfUp(5, 2)).toBe(3);
    expect(divRoundHalfUp(4, 2)).toBe(2);
    expect(divRoundHalfUp(7, 3)).toBe(2);
    expect(applyRate(1005, toPpm(0.1))).toBe(101); // 100.5 → 101
    expect(applyRate(150, toPpm(0.07))).toBe(11); // 10.5 → 11 (150 * 0.07 = 10.500000000000002 in floats)
    expect(applyRate(250, toPpm(0.13))).toBe(33); // 32.5 → 33
  });

  it('split parts add up to one rounding of the summed rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 300_000 }), { maxLength: 4 }),
        (amount, rates) => {
          const parts = splitRates(amount, rates);
          const sum = parts.reduce((a, b) => a + b, 0);
          expect(sum).toBe(
            applyRate(
              amount,
              rates.reduce((a, b) => a + b, 0),
            ),
          );
          for (const part of parts) {
            expect(Number.isInteger(part)).toBe(true);
            expect(part).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});
