import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorExponent, toMajor, toMinor } from './money';

describe('money', () => {
  it('knows minor-unit exponents', () => {
    expect(minorExponent('USD')).toBe(2);
    expect(minorExponent('CNY')).toBe(2);
    expect(minorExponent('KRW')).toBe(0);
    expect(minorExponent('JPY')).toBe(0);
  });
  it('converts major ↔ minor without drift', () => {
    expect(toMinor(12.3, 'USD')).toBe(1230);
    expect(toMinor(0.1 + 0.2, 'USD')).toBe(30);
    expect(toMinor(15000, 'KRW')).toBe(15000);
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        (minor) => toMinor(toMajor(minor, 'USD'), 'USD') === minor,
      ),
    );
  });
});
