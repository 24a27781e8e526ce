import { createTheme, type MantineColorsTuple } from '@mantine/core';

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
  primaryShade: { light: 7, dark: 6 },
  defaultRadius: 'md',
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
});
