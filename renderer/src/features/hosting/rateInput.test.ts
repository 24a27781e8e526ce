import { describe, expect, it } from 'vitest';
import { fromDisplay, toDisplay } from './rateInput';

describe('rates editor inputs', () => {
  it('shows rates as percentages and money in major units, and reads them back exactly', () => {
    expect(toDisplay('rate', 0.08, 'USD')).toBe(8);
    expect(fromDisplay('rate', 7.5, 'USD')).toBe(0.075);
    expect(fromDisplay('rate', 0.1 + 0.2, 'USD')).toBe(0.003);
    expect(toDisplay('money', 250, 'USD')).toBe(2.5);
    expect(fromDisplay('money', 2.55, 'USD')).toBe(255);
    expect(fromDisplay('money', 300, 'KRW')).toBe(300);
    expect(toDisplay('minutes', 4, 'USD')).toBe(4);
  });
});
