import { describe, expect, it } from 'vitest';
import { countryLabel, countryName } from './countries';

describe('country display', () => {
  it('names a country in the UI language with its code', () => {
    expect(countryLabel('RU', 'zh')).toBe('俄罗斯 RU');
    expect(countryLabel('RU', 'en')).toBe('Russia RU');
    expect(countryLabel('br', 'en')).toBe('Brazil BR');
    expect(countryName('ES', 'zh')).toBe('西班牙');
  });

  it('falls back to the code, and a dash when there is none', () => {
    expect(countryLabel('', 'en')).toBe('—');
    expect(countryLabel('??', 'en')).toBe('??');
  });
});
