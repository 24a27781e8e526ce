import { DEFAULT_THEME, luminance, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, readableOn, theme } from './theme';

const ratio = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('theme contrast (WCAG AA for small text)', () => {
  const merged = mergeMantineTheme(DEFAULT_THEME, theme);
  const { light } = cssVariablesResolver(merged);

  it('every light-variant text reads at 4.5:1 on its background and its hover background', () => {
    for (const [name, shades] of Object.entries(merged.colors)) {
      if (name === 'dark') continue;
      const text = light[`--mantine-color-${name}-light-color`]!;
      expect(ratio(text, light[`--mantine-color-${name}-light`]!), name).toBeGreaterThanOrEqual(4.5);
      expect(ratio(text, light[`--mantine-color-${name}-light-hover`]!), name).toBeGreaterThanOrEqual(4.5);
      expect(shades).toHaveLength(10);
    }
  });

  it('dimmed text and white on the primary button read at 4.5:1', () => {
    expect(ratio(light['--mantine-color-dimmed']!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(ratio('#ffffff', merged.colors.brand![8])).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a colour that already reads as it is', () => {
    expect(readableOn('#000000', '#ffffff')).toBe('#000000');
  });
});
