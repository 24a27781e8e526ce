import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  colourDistance,
  colourSignatureFromRgb,
  dHashFromGrey,
  groupNearDuplicates,
  hammingDistance,
  SAME_COLOUR_DISTANCE,
} from './phash';

const hex16 = fc.stringMatching(/^[0-9a-f]{16}$/);

describe('dHashFromGrey', () => {
  it('sets a bit where the left pixel is brighter', () => {
    const falling = Array.from({ length: 72 }, (_, i) => 255 - (i % 9) * 20);
    const rising = falling.map((v) => 255 - v);
    expect(dHashFromGrey(falling)).toBe('ffffffffffffffff');
    expect(dHashFromGrey(rising)).toBe('0000000000000000');
  });

  it('refuses too few pixels', () => {
    expect(() => dHashFromGrey([1, 2, 3])).toThrow(RangeError);
  });
});

describe('hammingDistance', () => {
  it('counts differing bits', () => {
    expect(hammingDistance('00', 'ff')).toBe(8);
    expect(hammingDistance('f0', 'f1')).toBe(1);
  });

  it('property: a metric (zero on self, symmetric, triangle inequality, at most 64)', () => {
    fc.assert(
      fc.property(hex16, hex16, hex16, (a, b, c) => {
        expect(hammingDistance(a, a)).toBe(0);
        expect(hammingDistance(a, b)).toBe(hammingDistance(b, a));
        expect(hammingDistance(a, c)).toBeLessThanOrEqual(hammingDistance(a, b) + hammingDistance(b, c));
        expect(hammingDistance(a, b)).toBeLessThanOrEqual(64);
      }),
    );
  });
});

describe('groupNearDuplicates', () => {
  it('groups close hashes transitively and leaves singles out', () => {
    const items = [
      { id: 'a', phash: '0000000000000000' },
      { id: 'far', phash: 'ffffffffffffffff' },
      { id: 'b', phash: '00000000000000ff' },
      { id: 'c', phash: '000000000000ffff' },
    ];
    expect(groupNearDuplicates(items, 8).map((g) => g.map((i) => i.id))).toEqual([['a', 'b', 'c']]);
  });

  it('keeps colour variants of one shot apart: same edges, different colours', () => {
    const red = colourSignatureFromRgb(Array.from({ length: 27 }, (_, i) => (i % 3 === 0 ? 220 : 40)));
    const blue = colourSignatureFromRgb(Array.from({ length: 27 }, (_, i) => (i % 3 === 2 ? 220 : 40)));
    const redAgain = colourSignatureFromRgb(Array.from({ length: 27 }, (_, i) => (i % 3 === 0 ? 214 : 44)));
    const items = [
      { id: 'red', phash: '00000000000000ff', colours: red },
      { id: 'blue', phash: '00000000000000ff', colours: blue },
      { id: 'red re-encoded', phash: '00000000000000fe', colours: redAgain },
    ];
    expect(colourDistance(red, blue)).toBeGreaterThan(SAME_COLOUR_DISTANCE);
    expect(groupNearDuplicates(items).map((g) => g.map((i) => i.id))).toEqual([['red', 'red re-encoded']]);
    // A row from before colours were kept is compared by its edges alone.
    const old = [items[0]!, { id: 'old row', phash: '00000000000000ff' }];
    expect(groupNearDuplicates(old).map((g) => g.map((i) => i.id))).toEqual([['red', 'old row']]);
  });

  it('property: every item is in at most one group and each group member has a close neighbour', () => {
    fc.assert(
      fc.property(fc.array(hex16, { maxLength: 30 }), fc.integer({ min: 0, max: 64 }), (hashes, max) => {
        const items = hashes.map((phash, i) => ({ id: String(i), phash }));
        const groups = groupNearDuplicates(items, max);
        const ids = groups.flat().map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const group of groups) {
          expect(group.length).toBeGreaterThan(1);
          for (const item of group) {
            expect(group.some((o) => o !== item && hammingDistance(o.phash, item.phash) <= max)).toBe(true);
          }
        }
      }),
    );
  });
});
