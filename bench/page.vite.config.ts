import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The page-side helpers of the benchmarks, built apart from the app (`npm run build:bench`): the shipped bundle in
 * out/renderer never contains them. BENCH_PAGE names the helper (renderer/bench/<name>.ts → out/bench/<name>.js,
 * default inboxSeed): bench/inbox.ts injects out/bench/inboxSeed.js into the running app, bench/backup.ts
 * out/bench/backupBench.js, bench/market.ts marketBench.js, bench/logistics.ts logisticsBench.js and
 * bench/influencers.ts creatorsBench.js. One helper per build, as an IIFE takes a single entry; a helper's Web
 * Worker is imported with `?worker&inline`, so it travels inside the helper's one file (as a blob URL).
 */
const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const PAGES = ['inboxSeed', 'backupBench', 'marketBench', 'logisticsBench', 'creatorsBench'] as const;
const page = process.env.BENCH_PAGE ?? 'inboxSeed';
if (!(PAGES as readonly string[]).includes(page))
  throw new Error(`BENCH_PAGE must be one of ${PAGES.join(', ')}, got '${page}'`);

export default defineConfig({
  resolve: { alias: { '@shared': entry('../shared') } },
  logLevel: 'warn',
  build: {
    outDir: entry('../out/bench'),
    // Each helper replaces only its own file: the others may be in use by another benchmark.
    emptyOutDir: false,
    minify: false,
    lib: {
      entry: entry(`../renderer/bench/${page}.ts`),
      formats: ['iife'],
      name: page,
      fileName: () => `${page}.js`,
    },
  },
});
