import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StagingArea } from './staging';

const MB = 1024 * 1024;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'staging-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('StagingArea disk cap', () => {
  it('refuses an upload that would take incoming/ past its size cap, with a clear message', async () => {
    const area = new StagingArea(dir, { maxBytes: 3 * MB, maxAgeMs: 60_000 });
    const photo = new Uint8Array(1 * MB);
    await area.stageUpload('a.jpg', photo);
    await area.stageUpload('b.jpg', photo);
    await area.stageUpload('c.jpg', photo);
    await expect(area.stageUpload('d.jpg', photo)).rejects.toMatchObject({
      code: 'storage-full',
      message: expect.stringMatching(/d\.jpg: the staging folder already holds 3 MB .*limit 3 MB/),
    });
    expect(await readdir(dir)).toHaveLength(3);
  });

  it('makes room again when uploads are discarded', async () => {
    const area = new StagingArea(dir, { maxBytes: 2 * MB, maxAgeMs: 60_000 });
    const first = await area.stageUpload('a.jpg', new Uint8Array(2 * MB));
    await expect(area.stageUpload('b.jpg', new Uint8Array(1))).rejects.toMatchObject({
      code: 'storage-full',
    });
    await area.discard([first.id]);
    await expect(area.stageUpload('b.jpg', new Uint8Array(1))).resolves.toMatchObject({ bytes: 1 });
  });

  it('parallel uploads cannot slip past the cap together', async () => {
    const area = new StagingArea(dir, { maxBytes: 5 * MB, maxAgeMs: 60_000 });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => area.stageUpload(`${i}.jpg`, new Uint8Array(1 * MB))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
  });

  it('counts what an earlier run left and sweeps uploads past the age limit at start', async () => {
    const old = join(dir, 'stg_00000000-0000-4000-8000-000000000001');
    const fresh = join(dir, 'stg_00000000-0000-4000-8000-000000000002');
    await mkdir(old);
    await mkdir(fresh);
    await writeFile(join(old, 'old.jpg'), new Uint8Array(2 * MB));
    await writeFile(join(fresh, 'fresh.jpg'), new Uint8Array(2 * MB));
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60_000);
    await utimes(old, twoHoursAgo, twoHoursAgo);
    const area = new StagingArea(dir, { maxBytes: 3 * MB, maxAgeMs: 60 * 60_000 });
    expect(await area.sweepAndCount()).toBe(2 * MB);
    expect(await readdir(dir)).toEqual([fresh.split('/').pop()]);
    await expect(area.stageUpload('big.jpg', new Uint8Array(2 * MB))).rejects.toMatchObject({
      code: 'storage-full',
    });
  });
});
