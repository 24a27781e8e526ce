/**
 * A small seeded pseudo-random generator (sfc32: "small fast counting", 128-bit state) and the helpers the demo
 * generator needs. Determinism is the point: the same seed gives the same stream on every engine, because the
 * state is advanced with 32-bit integer maths only (Math.imul, >>>), never with floats.
 */

const UINT32 = 4_294_967_296;

/** FNV-1a over the UTF-16 code units, with a per-lane offset so one string seeds four independent words. */
function hashString(text: string, lane: number): number {
  let hash = (0x811c9dc5 ^ Math.imul(lane + 1, 0x9e3779b9)) >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Final avalanche so similar seeds ('1', '2') start far apart.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export type Seed = number | string;

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform float in [min, max). */
  float(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weightedPick<T>(items: readonly T[], weights: readonly number[]): T;
  /** Gaussian via Box–Muller; good enough for "normal-ish" noise. */
  normal(mean: number, sd: number): number;
  /** A non-negative integer count with the given mean (Poisson for small means, rounded normal for large). */
  count(mean: number): number;
  /** A new array in random order; the input is not touched. */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent stream derived from this one and a label, so sections of a generator don't disturb each other. */
  fork(label: string): Rng;
}

class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a >>> 0;
    this.b = b >>> 0;
    this.c = c >>> 0;
    this.d = d >>> 0;
    // Discard the first outputs: sfc32 mixes weak seeds within a dozen steps.
    for (let warmUp = 0; warmUp < 15; warmUp += 1) this.nextUint32();
  }

  nextUint32(): number {
    const result = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + result) >>> 0;
    return result;
  }

  next(): number {
    return this.nextUint32() / UINT32;
  }

  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max is below min`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weightedPick<T>(items: readonly T[], weights: readonly number[]): T {
    return weightedPicker(items, weights)(this);
  }

  normal(mean: number, sd: number): number {
    // 1 - next() is in (0, 1], so the logarithm is finite.
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  count(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    // Knuth's multiplication method: exact Poisson, cheap for small means.
    const limit = Math.exp(-mean);
    let product = this.next();
    let k = 0;
    while (product > limit) {
      k += 1;
      product *= this.next();
    }
    return k;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      const held = copy[index] as T;
      copy[index] = copy[other] as T;
      copy[other] = held;
    }
    return copy;
  }

  fork(label: string): Rng {
    const salt = `${this.nextUint32()}:${label}`;
    return new Sfc32(hashString(salt, 0), hashString(salt, 1), hashString(salt, 2), hashString(salt, 3));
  }
}

/** A generator for a seed; numbers and strings are both accepted ("42" and 42 give the same stream). */
export function createRng(seed: Seed): Rng {
  const text = String(seed);
  return new Sfc32(hashString(text, 0), hashString(text, 1), hashString(text, 2), hashString(text, 3));
}

/**
 * A reusable weighted chooser: the cumulative table is built once, each pick is a binary search. Use it in hot
 * loops (one pick per order) instead of rng.weightedPick, which rebuilds the table each call.
 */
export function weightedPicker<T>(items: readonly T[], weights: readonly number[]): (rng: Rng) => T {
  if (items.length === 0 || items.length !== weights.length) {
    throw new RangeError(
      `weightedPicker needs as many weights as items (${items.length} items, ${weights.length} weights)`,
    );
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) {
    if (!(weight >= 0)) throw new RangeError(`weights must be non-negative numbers, got ${weight}`);
    total += weight;
    cumulative.push(total);
  }
  if (total <= 0) throw new RangeError('weightedPicker needs at least one positive weight');
  return (rng) => {
    const target = rng.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return items[low] as T;
  };
}
