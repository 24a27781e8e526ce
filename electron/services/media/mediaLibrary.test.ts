import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MediaLibrary } from './mediaLibrary';

describe('MediaLibrary', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'media-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores bytes under their sha256 and reads them back', async () => {
    const lib = new MediaLibrary(root);
    const data = Buffer.from('hello photo');
    const sha = createHash('sha256').update(data).digest('hex');
    const stored = await lib.put(data, 'JPG');
    expect(stored).toMatchObject({ sha256: sha, created: true, bytes: data.length });
    expect(stored.path).toBe(join(root, sha.slice(0, 2), `${sha}.jpg`));
    expect(await readFile(stored.path)).toEqual(data);
    expect(await lib.exists(sha, 'jpg')).toBe(true);
    expect(await lib.read(sha, 'jpg')).toEqual(data);
  });

  it('stores identical bytes once', async () => {
    const lib = new MediaLibrary(root);
    const first = await lib.put(Buffer.from('same'), 'png');
    const again = await lib.put(Buffer.from('same'), 'png');
    expect(again).toMatchObject({ path: first.path, created: false });
  });

  it('refuses addresses that could leave the root', async () => {
    const lib = new MediaLibrary(root);
    expect(() => lib.pathFor('../../etc/passwd', 'jpg')).toThrow(/sha256/);
    expect(() => lib.pathFor('a'.repeat(64), '../x')).toThrow(/extension/);
    expect(await lib.exists('b'.repeat(64), 'jpg')).toBe(false);
  });
});
