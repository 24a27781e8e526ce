import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solid } from '../../services/photos/testImages';

const root = resolve(import.meta.dirname, '../../..');
let dir: string;

function cli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'electron/cli/main.ts', 'photos', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'photos-cli-'));
  await mkdir(join(dir, 'in', 'sub'), { recursive: true });
  await solid(dir, 'in/红色 手机壳 (新款).jpg', 1200, 900, (i) => i.jpeg());
  await solid(dir, 'in/sub/small.png', 600, 400, (i) => i.png());
  await solid(dir, 'in/sub/tiny.png', 40, 40, (i) => i.png());
  await writeFile(join(dir, 'in', 'notes.png'), 'not an image');
  await writeFile(join(dir, 'in', 'readme.txt'), 'ignored by the folder scan');
  await writeFile(join(dir, 'explicit.txt'), 'given by name, so reported');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cli photos', () => {
  it('prints one JSON object following the contract', () => {
    const out = join(dir, 'out');
    const { code, stdout } = cli(join(dir, 'in'), '--out', out, '--preset', 'main-image', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      files: { input: string; status: string; message: string; outputs: Record<string, unknown>[] }[];
      summary: Record<string, number>;
    };
    expect(Object.keys(json)).toEqual(['files', 'summary']);
    expect(json.files.map((f) => [f.input.slice(dir.length + 1), f.status])).toEqual([
      ['in/notes.png', 'error'],
      ['in/sub/small.png', 'warning'],
      ['in/sub/tiny.png', 'error'],
      ['in/红色 手机壳 (新款).jpg', 'ok'],
    ]);
    expect(json.files[0]!.message).toMatch(/not an image/);
    // Too small to become a main image: refused, not blown up 25 times.
    expect(json.files[2]!.message).toMatch(/only 40×40.*at least 500 px/);
    expect(json.files[2]!.outputs).toEqual([]);
    const output = json.files[3]!.outputs[0]!;
    expect(Object.keys(output).sort()).toEqual(['bytes', 'format', 'height', 'path', 'width']);
    expect(output).toMatchObject({ width: 1000, height: 1000, format: 'jpeg' });
    expect(String(output.path)).toMatch(/^[^\s()（）]+\.jpg$/);
    expect(json.summary).toMatchObject({ ok: 1, warning: 1, error: 2 });
    expect(typeof json.summary.seconds).toBe('number');
  });

  it('reports a non-image given by name as a per-file error, exit 0', () => {
    const { code, stdout } = cli(
      join(dir, 'explicit.txt'),
      '--out',
      join(dir, 'out2'),
      '--preset',
      'sku-image',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files[0].status).toBe('error');
  });

  it.each([
    [['--out', 'x', '--preset', 'main-image'], /Missing input/],
    [['IN', '--preset', 'main-image'], /Missing --out/],
    [
      ['IN', '--out', 'x', '--preset', 'poster'],
      /Unknown preset "poster".*main-image, sku-image, fan-zone-banner, description-image/,
    ],
    [['/no/such/folder', '--out', 'x', '--preset', 'main-image'], /Input not found/],
    [['IN', '--out', 'IN', '--preset', 'main-image'], /--out is the input folder .*choose another folder/i],
  ])('exits 2 for unusable arguments %j', (args, message) => {
    const { code, stderr } = cli(...args.map((a) => (a === 'IN' ? join(dir, 'in') : a)));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
