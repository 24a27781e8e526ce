import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInside, realPathInside } from './insideFolder';

let root: string;
let outside: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'inside-'));
  outside = await mkdtemp(join(tmpdir(), 'outside-'));
  await mkdir(join(root, 'media'));
  await writeFile(join(root, 'media', 'own.jpg'), 'own');
  await writeFile(join(outside, 'secret.txt'), 'secret');
  await symlink(join(outside, 'secret.txt'), join(root, 'media', 'link.jpg'));
  await symlink(outside, join(root, 'media', 'dirlink'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('realPathInside', () => {
  it('accepts a file of the folder', async () => {
    expect(await realPathInside(join(root, 'media'), join(root, 'media', 'own.jpg'), 'x')).toMatch(
      /own\.jpg$/,
    );
  });

  it('refuses links that lead out of the folder, to a file or through a folder', async () => {
    await expect(
      realPathInside(join(root, 'media'), join(root, 'media', 'link.jpg'), 'x'),
    ).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await expect(
      realPathInside(join(root, 'media'), join(root, 'media', 'dirlink', 'secret.txt'), 'x'),
    ).rejects.toMatchObject({ code: 'not-allowed' });
  });

  it('answers a missing file without the absolute path', async () => {
    const error = await realPathInside(
      join(root, 'media'),
      join(root, 'media', 'gone.jpg'),
      'The photo',
    ).catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'not-found' });
    expect(String((error as Error).message)).not.toContain(root);
  });

  it('does not mistake a sibling folder with the same prefix for the inside', () => {
    expect(isInside('/data/media', '/data/media-old/x')).toBe(false);
    expect(isInside('/data/media', '/data/media/x')).toBe(true);
  });
});
