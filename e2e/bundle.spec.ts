import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const OUT = join(import.meta.dirname, '..', 'out', 'renderer');

/** Benchmark seeders live in their own build (out/bench); the bundle users get must not carry one. */
const BENCH_HOOKS = [
  '__inboxBench',
  '__analyticsBench',
  '__backupBench',
  '__marketBench',
  '__logisticsBench',
  '__creatorsBench',
  'inboxSeed',
  'bench: create a store first',
  'Bench Store ',
  'bench-rates',
];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

test('the production renderer bundle contains no benchmark hook', async () => {
  const files = (await filesUnder(OUT)).filter((f) => /\.(js|mjs|html)$/.test(f));
  expect(files.length, 'npm run build first').toBeGreaterThan(0);
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    for (const hook of BENCH_HOOKS) expect(text.includes(hook), `${hook} in ${file}`).toBe(false);
  }
});
