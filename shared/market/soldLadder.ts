/**
 * The thresholds AliExpress item pages round "sold" counts to once they pass a size ("100+ sold", "1,000+",
 * "10,000+"…). Observed on aliexpress.com item pages (en/ru/pt/es/fr/zh), checked 2026-11; AliExpress may change
 * them, so velocity estimates read this list instead of assuming steps. A count shown with "+" between two steps
 * is below the next step.
 */
export const SOLD_LADDER_SOURCE = {
  source: 'aliexpress.com item pages, "sold" line, observed',
  checkedOn: '2026-11-20',
} as const;

export const SOLD_LADDER: readonly number[] = [
  100, 200, 300, 400, 500, 600, 700, 800, 900, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000,
  10_000, 20_000, 30_000, 40_000, 50_000, 60_000, 70_000, 80_000, 90_000, 100_000,
];
