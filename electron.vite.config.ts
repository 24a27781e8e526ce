import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };
const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      // The photo worker is its own entry: piscina loads it by file name beside the main bundle.
      rollupOptions: {
        input: {
          index: entry('./electron/main/index.ts'),
          photoWorker: entry('./electron/services/photos/worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module: one CommonJS file that requires only 'electron'.
      rollupOptions: {
        input: { index: entry('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    resolve: { alias },
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir: entry('./out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 2500,
      rollupOptions: { input: { index: entry('./renderer/index.html') } },
    },
  },
});
