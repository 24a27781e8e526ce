import { describe, expect, it } from 'vitest';
import { effectiveModeAt, modeSegments, storeModeAt, type ModeChangeRecord } from './history';

const records: ModeChangeRecord[] = [
  { productId: 'p1', from: 'semi-managed', to: 'fully-managed', at: 300 },
  { productId: null, from: 'self-operated', to: 'semi-managed', at: 100 },
  { productId: 'p2', from: 'semi-managed', to: 'self-operated', at: 200 },
  { productId: null, from: 'semi-managed', to: 'fully-managed', at: 500 },
];

describe('mode history', () => {
  it('resolves the store default over time, before the first change too', () => {
    expect(storeModeAt(records, 50, 'fully-managed')).toBe('self-operated');
    expect(storeModeAt(records, 100, 'fully-managed')).toBe('semi-managed');
    expect(storeModeAt(records, 499, 'fully-managed')).toBe('semi-managed');
    expect(storeModeAt(records, 500, 'fully-managed')).toBe('fully-managed');
    expect(storeModeAt([], 500, 'self-operated')).toBe('self-operated');
  });

  it('a product follows the store until its own change, then keeps its own mode', () => {
    expect(effectiveModeAt(records, 'p1', 50, 'fully-managed')).toBe('self-operated');
    expect(effectiveModeAt(records, 'p1', 150, 'fully-managed')).toBe('semi-managed');
    expect(effectiveModeAt(records, 'p1', 300, 'fully-managed')).toBe('fully-managed');
    // p2 overrode to self-operated; the store's later move does not drag it along.
    expect(effectiveModeAt(records, 'p2', 600, 'fully-managed')).toBe('self-operated');
    expect(effectiveModeAt(records, 'p3', 600, 'fully-managed')).toBe('fully-managed');
  });

  it('later records at the same time win', () => {
    const same: ModeChangeRecord[] = [
      { productId: 'p', from: 'self-operated', to: 'semi-managed', at: 10 },
      { productId: 'p', from: 'semi-managed', to: 'fully-managed', at: 10 },
    ];
    expect(effectiveModeAt(same, 'p', 10, 'self-operated')).toBe('fully-managed');
  });

  it('splits a period into runs of one mode', () => {
    expect(modeSegments(records, 'p1', 0, 1000, 'fully-managed')).toEqual([
      { start: 0, end: 100, mode: 'self-operated' },
      { start: 100, end: 300, mode: 'semi-managed' },
      { start: 300, end: 1000, mode: 'fully-managed' },
    ]);
    expect(modeSegments(records, 'p2', 150, 1000, 'fully-managed')).toEqual([
      { start: 150, end: 200, mode: 'semi-managed' },
      { start: 200, end: 1000, mode: 'self-operated' },
    ]);
    expect(modeSegments(records, 'p1', 10, 10, 'self-operated')).toEqual([]);
  });
});
