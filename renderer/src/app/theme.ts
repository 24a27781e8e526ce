import {
  createTheme,
  darken,
  luminance,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** AliExpress-adjacent orange as the brand colour, readable on both schemes. */
const brand: MantineColorsTuple = [
  '#fff1e6',
  '#ffe0cc',
  '#ffbf99',
  '#ff9b61',
  '#ff7d33',
  '#ff6a16',
  '#ff5f05',
  '#e44f00',
  '#cb4500',
  '#b13800',
];

export const theme = createTheme({
  primaryColor: 'brand',
  colors: { brand },
  // Shade 8 is the lightest one on which white button text still reads at 4.5:1 (WCAG AA) in both schemes.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
});

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The text colour nearest to `color` that reads at 4.5:1 (WCAG AA, small text) on `background`. */
export function readableOn(color: string, background: string): string {
  if (contrast(color, background) >= 4.6) return color;
  for (let amount = 0.05; amount <= 1; amount += 0.05) {
    const candidate = darken(color, amount);
    if (contrast(candidate, background) >= 4.6) return candidate;
  }
  return '#000';
}

/**
 * Mantine's defaults miss WCAG AA for small text: dimmed grey is 3.3:1 on white (4.0:1 on dark), and in the
 * light scheme the light variant (badges, an active sidebar entry) puts colour-9 text on colour-1/2 — 2.7:1
 * for yellow, 3.6:1 for orange. Every colour's light variant gets the palest background and a text shade
 * darkened until it reads on the hover background too.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': '#5c636a' };
  for (const [name, shades] of Object.entries(resolved.colors)) {
    if (name === 'dark' || !shades) continue;
    light[`--mantine-color-${name}-light`] = shades[0];
    light[`--mantine-color-${name}-light-hover`] = shades[1];
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[9], shades[1]);
  }
  const primary = resolved.primaryColor;
  light['--mantine-primary-color-light'] = light[`--mantine-color-${primary}-light`]!;
  light['--mantine-primary-color-light-hover'] = light[`--mantine-color-${primary}-light-hover`]!;
  light['--mantine-primary-color-light-color'] = light[`--mantine-color-${primary}-light-color`]!;
  return { variables: {}, light, dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' } };
};
