/**
 * Sales velocity from "sold" counts that pages often round ("10,000+"). A rounded count only says the true count
 * is at least the figure shown, and below the next threshold when the ladder of thresholds is known, so the
 * velocity between two snapshots is an interval: at least … per day, at most … per day (or no upper bound).
 */
import { SOLD_LADDER } from './soldLadder';

export interface SoldReading {
  /** When the snapshot was taken, epoch ms. */
  at: number;
  /** The number shown. */
  min: number;
  /** Whether the page showed a threshold ("+", "K") rather than the exact count. */
  rounded: boolean;
  reviews?: number | null;
}

export interface Velocity {
  fromAt: number;
  toAt: number;
  days: number;
  /** Sold per day, at least. */
  low: number;
  /** Sold per day, at most; null when a rounded count has no known next threshold. */
  high: number | null;
  /** Whether the estimate is a range rather than one exact figure. */
  isRange: boolean;
  /** New reviews per day over the same span, when both snapshots have a review count. */
  reviewsPerDay: number | null;
}

const DAY = 86_400_000;

/** The largest true count a reading allows: itself when exact, just below the next ladder step when rounded. */
export function upperCount(
  reading: Pick<SoldReading, 'min' | 'rounded'>,
  ladder = SOLD_LADDER,
): number | null {
  if (!reading.rounded) return reading.min;
  const next = ladder.find((step) => step > reading.min);
  return next === undefined ? null : next - 1;
}

/** How a page would show a true count with the given ladder (the largest step not above it, with "+"). */
export function roundForDisplay(count: number, ladder = SOLD_LADDER): { min: number; rounded: boolean } {
  const first = ladder[0] ?? 0;
  if (count < first) return { min: count, rounded: false };
  let step = first;
  for (const candidate of ladder) if (candidate <= count) step = candidate;
  return { min: step, rounded: true };
}

/** The velocity between two readings; readings must be in time order and at least a minute apart. */
export function velocityBetween(from: SoldReading, to: SoldReading, ladder = SOLD_LADDER): Velocity | null {
  const days = (to.at - from.at) / DAY;
  if (!(days > 1 / 1440)) return null;
  const fromUpper = upperCount(from, ladder);
  const toUpper = upperCount(to, ladder);
  // Sold counts never go down, so a negative lower bound is 0; an unknown earlier upper bound gives no lower bound.
  const lowDelta = fromUpper === null ? 0 : Math.max(0, to.min - fromUpper);
  const highDelta = toUpper === null ? null : Math.max(0, toUpper - from.min);
  const reviewsPerDay =
    from.reviews != null && to.reviews != null ? Math.max(0, to.reviews - from.reviews) / days : null;
  return {
    fromAt: from.at,
    toAt: to.at,
    days,
    low: lowDelta / days,
    high: highDelta === null ? null : highDelta / days,
    isRange: from.rounded || to.rounded,
    reviewsPerDay,
  };
}

/** The velocity over the latest span of at least `minDays` (the last reading against an earlier one). */
export function latestVelocity(
  readings: readonly SoldReading[],
  minDays = 6,
  ladder = SOLD_LADDER,
): Velocity | null {
  const last = readings.at(-1);
  if (!last) return null;
  for (let i = readings.length - 2; i >= 0; i--) {
    const earlier = readings[i] as SoldReading;
    if ((last.at - earlier.at) / DAY >= minDays) return velocityBetween(earlier, last, ladder);
  }
  const first = readings[0];
  return first && first !== last ? velocityBetween(first, last, ladder) : null;
}
