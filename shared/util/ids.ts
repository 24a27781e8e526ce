/**
 * Deterministic ids drawn from a seeded generator: 'p_' + 10 base-36 characters (≈ 3.6·10^15 values). The
 * factory remembers what it issued and draws again on the (astronomically rare) collision, so ids are unique
 * within one factory and identical across runs with the same seed.
 */
import type { Rng } from './prng';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 10;

export type IdFactory = (prefix: string) => string;

export function createIdFactory(rng: Rng): IdFactory {
  const issued = new Set<string>();
  return (prefix) => {
    for (;;) {
      let id = `${prefix}_`;
      for (let index = 0; index < ID_LENGTH; index += 1) id += ALPHABET[Math.floor(rng.next() * 36)];
      if (!issued.has(id)) {
        issued.add(id);
        return id;
      }
    }
  };
}

/** A string of `length` decimal digits (leading digit may be 0), for order and tracking numbers. */
export function randomDigits(rng: Rng, length: number): string {
  let digits = '';
  for (let index = 0; index < length; index += 1) digits += String(Math.floor(rng.next() * 10));
  return digits;
}
