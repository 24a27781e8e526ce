/**
 * Demo store generator. In the renderer's Web Worker:
 *
 *   for (const chunk of generateDemo({ seed, endDay: demoEndDayFor(Date.now()) })) {
 *     await db.table(chunk.table).bulkPut(chunk.rows);
 *     postMessage({ type: 'progress', ...chunk.progress });
 *     if (cancelled) break;            // leaving the loop stops the generator; nothing more is computed
 *   }
 *
 * Chunks hold ≤ MAX_CHUNK_ROWS rows of one table. Rows arrive store/catalogue first, then day by day
 * (orders, lines, parcels, traffic, conversations, messages), then warehouse shipments, market data and finally the
 * dailyStats/dimensionDays rollups, computed with shared/analytics/rollup so imports can merge into them.
 */
export {
  generateDemo,
  DEMO_DEFAULT_SEED,
  DEMO_DAY_COUNT,
  DEMO_TARGET_ORDERS,
  type DemoOptions,
} from './generate';
export {
  DEMO_TABLES,
  MAX_CHUNK_ROWS,
  type DemoChunk,
  type DemoProgress,
  type DemoRows,
  type DemoTable,
} from './chunks';
export { collectDemo, type DemoDataset } from './collect';
export { buyerLanguageOf } from './countries';
export { demoEndDayFor } from './endDay';
