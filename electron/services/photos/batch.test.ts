import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_PRESETS, type PhotoPreset } from '@shared/photos/presets';
import { processBatch } from './batch';
import { workerExecArgv } from './pool';
import { solid } from './testImages';

const presets = [BUILT_IN_PRESETS['main-image'], BUILT_IN_PRESETS['sku-image']] as PhotoPreset[];
let dir: string;
let files: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'photos-batch-'));
  const bad = join(dir, 'bad.jpg');
  await writeFile(bad, 'not a photo at all');
  const good = await Promise.all(
    Array.from({ length: 5 }, (_, i) =>
      solid(dir, `p${i}.jpg`, 1200, 1000, (img) => img.jpeg(), `#${i}0${i}0${i}0`),
    ),
  );
  files = [good[0]!, bad, ...good.slice(1)];
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('processBatch (worker pool)', () => {
  it('keeps going past a bad file and reports progress for every file', async () => {
    const progress: [number, number][] = [];
    const result = await processBatch(files, presets, join(dir, 'library'), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result.files.map((f) => f.status)).toEqual(['ok', 'error', 'ok', 'ok', 'ok', 'ok']);
    expect(result.files[1]!.issues[0]!.code).toBe('not-an-image');
    expect(result.files[0]!.outputs.map((o) => [o.preset, o.width])).toEqual([
      ['main-image', 1000],
      ['sku-image', 800],
    ]);
    expect(result.summary).toMatchObject({ ok: 5, warning: 0, error: 1 });
    expect(progress.at(-1)).toEqual([6, 6]);
    expect(result.cancelled).toBe(false);
  });

  it('stops starting files once cancelled', async () => {
    const controller = new AbortController();
    const result = await processBatch(files, presets, join(dir, 'library'), {
      inProcess: true,
      signal: controller.signal,
      onProgress: (done) => done === 2 && controller.abort(),
    });
    expect(result.files).toHaveLength(2);
    expect(result.cancelled).toBe(true);
  });
});

describe('workerExecArgv', () => {
  it('adds a TypeScript loader only for a .ts worker without one', () => {
    expect(workerExecArgv('/w.ts', [])).toEqual(['--import', 'tsx']);
    expect(workerExecArgv('/w.ts', ['--import', 'file:///x/tsx/dist/loader.mjs'])).toHaveLength(2);
    expect(workerExecArgv('/w.js', ['--inspect'])).toEqual(['--inspect']);
  });
});
