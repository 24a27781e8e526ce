import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The page-side helpers of the benchmarks, built apart from the app (`npm run build:bench`): the shipped bundle in
 * out/renderer never contains them. bench/inbox.ts injects out/bench/inboxSeed.js into the running app.
 */
const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: { alias: { '@shared': entry('../shared') } },
  logLevel: 'warn',
  build: {
    outDir: entry('../out/bench'),
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: entry('../renderer/bench/inboxSeed.ts'),
      formats: ['iife'],
      name: 'inboxSeed',
      fileName: () => 'inboxSeed.js',
    },
  },
});
