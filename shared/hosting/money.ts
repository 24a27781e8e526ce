/**
 * Integer money arithmetic for the hosting calculator.
 *
 * Rounding rule (one rule everywhere, so figures add up): every money figure is computed PER UNIT in integer
 * minor units, rounding half up (amounts are never negative here), and monthly figures are per-unit figures
 * multiplied by the integer monthly units. Percent rates are turned into integer parts per million first, so
 * no binary-float error (0.1 × 3 ≠ 0.3) can flip a rounding.
 */
import type { MinorUnits } from '@shared/domain/types';

const PPM = 1_000_000;

/** A rate (0.08 = 8 %) as integer parts per million. */
export function toPpm(rate: number): number {
  return Math.round(rate * PPM);
}

/** round(numerator / denominator), half up, for non-negative integers; exact while numerator < 2^53. */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(
      `divRoundHalfUp needs safe integers and a positive denominator, got ${numerator}/${denominator}`,
    );
  }
  if (numerator < 0) return -divRoundHalfUp(-numerator, denominator);
  const quotient = Math.floor(numerator / denominator);
  // Fix the float division's last-bit error with exact integer remainder arithmetic.
  let q = quotient;
  let r = numerator - q * denominator;
  while (r < 0) {
    q -= 1;
    r += denominator;
  }
  while (r >= denominator) {
    q += 1;
    r -= denominator;
  }
  return 2 * r >= denominator ? q + 1 : q;
}

/** amount × rate, rounded half up to whole minor units. */
export function applyRate(amount: MinorUnits, ratePpm: number): MinorUnits {
  return divRoundHalfUp(amount * ratePpm, PPM);
}

/**
 * Splits one percentage charge on `amount` into parts by cumulative rounding: the parts always add up to
 * round(amount × Σrates), so the total charge moves by at most one minor unit when the amount moves by one
 * (this is what keeps profit monotone in price), and every part is still an integer.
 */
export function splitRates(amount: MinorUnits, ratesPpm: readonly number[]): MinorUnits[] {
  const parts: MinorUnits[] = [];
  let cumulativePpm = 0;
  let charged = 0;
  for (const ppm of ratesPpm) {
    cumulativePpm += ppm;
    const upTo = applyRate(amount, cumulativePpm);
    parts.push(upTo - charged);
    charged = upTo;
  }
  return parts;
}
