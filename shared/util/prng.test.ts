import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng, weightedPicker } from './prng';

const draw = (seed: number | string, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('repeats the same stream for the same seed, string or number', () => {
    expect(draw(42, 20)).toEqual(draw(42, 20));
    expect(draw('42', 20)).toEqual(draw(42, 20));
    expect(draw(42, 20)).not.toEqual(draw(43, 20));
  });

  it('stays in [0, 1) and looks uniform', () => {
    const values = draw('uniform', 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  it('int stays within inclusive bounds', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (seed, min, span) => {
          const rng = createRng(seed);
          for (let i = 0; i < 20; i += 1) {
            const value = rng.int(min, min + span);
            expect(Number.isInteger(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(min);
            expect(value).toBeLessThanOrEqual(min + span);
          }
        },
      ),
    );
  });

  it('shuffle keeps the elements and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = createRng(1).shuffle(input);
    expect([...shuffled].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('count has roughly the requested mean, small and large', () => {
    const rng = createRng('count');
    for (const mean of [0.5, 4, 80]) {
      let total = 0;
      for (let i = 0; i < 5000; i += 1) total += rng.count(mean);
      expect(total / 5000).toBeGreaterThan(mean * 0.93);
      expect(total / 5000).toBeLessThan(mean * 1.07);
    }
  });

  it('normal has roughly the requested mean and spread', () => {
    const rng = createRng('normal');
    const values = Array.from({ length: 10_000 }, () => rng.normal(10, 2));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(10, 0);
    expect(sd).toBeGreaterThan(1.9);
    expect(sd).toBeLessThan(2.1);
  });

  it('fork gives independent but reproducible streams', () => {
    const a = createRng(7).fork('orders');
    const b = createRng(7).fork('orders');
    const c = createRng(7).fork('traffic');
    expect(a.next()).toBe(b.next());
    expect(createRng(7).fork('orders').next()).not.toBe(c.next());
  });
});

describe('weightedPicker', () => {
  it('follows the weights and never picks a zero weight', () => {
    const pick = weightedPicker(['a', 'b', 'c'], [1, 3, 0]);
    const rng = createRng('w');
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 8000; i += 1) counts[pick(rng) as 'a' | 'b' | 'c'] += 1;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.6);
    expect(counts.b / counts.a).toBeLessThan(3.4);
  });

  it('refuses mismatched or all-zero weights', () => {
    expect(() => weightedPicker(['a'], [1, 2])).toThrow(RangeError);
    expect(() => weightedPicker(['a'], [0])).toThrow(RangeError);
  });
});
