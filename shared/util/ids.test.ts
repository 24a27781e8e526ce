import { describe, expect, it } from 'vitest';
import { createRng } from './prng';
import { createIdFactory, randomDigits } from './ids';

describe('createIdFactory', () => {
  it('issues unique, prefixed, reproducible ids', () => {
    const make = () => {
      const nextId = createIdFactory(createRng('ids'));
      return Array.from({ length: 5000 }, () => nextId('p'));
    };
    const ids = make();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^p_[0-9a-z]{10}$/u);
    expect(make()).toEqual(ids);
  });

  it('randomDigits has the requested length', () => {
    expect(randomDigits(createRng(1), 12)).toMatch(/^\d{12}$/u);
  });
});
