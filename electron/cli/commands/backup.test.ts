import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaLibrary } from '../../services/media/mediaLibrary';
import { BackupWriter } from '../../services/backup/writer';

const run = promisify(execFile);
let folder = '';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'electron/cli/main.ts', 'backup', ...args], {
      cwd: process.cwd(),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backup-cli-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('backup inspect CLI', () => {
  it('answers the contract for a good backup and ok:false for a foreign file, exit 0 both', async () => {
    const writer = new BackupWriter(crypto.randomUUID(), folder, 'good.swbackup', {
      app: 'Seller Workstation',
      appVersion: '0.1.0',
      schemaVersion: 8,
      kind: 'manual',
      stores: [],
    });
    await writer.appendRows('orders', '{"id":"a"}\n{"id":"b"}\n');
    await writer.finish([], new MediaLibrary(join(folder, 'media')));
    const good = await cli('inspect', join(folder, 'good.swbackup'), '--json');
    expect(good.code).toBe(0);
    const answer = JSON.parse(good.stdout) as Record<string, unknown>;
    expect(Object.keys(answer)).toEqual([
      'ok',
      'format',
      'appVersion',
      'schemaVersion',
      'createdAt',
      'tables',
      'media',
      'errors',
    ]);
    expect(answer).toMatchObject({
      ok: true,
      format: 1,
      schemaVersion: 8,
      tables: { orders: 2 },
      errors: [],
    });

    await writeFile(join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    const foreign = await cli('inspect', join(folder, 'photo.jpg'), '--json');
    expect(foreign.code).toBe(0);
    expect(foreign.stdout.trim().split('\n')).toHaveLength(1);
    const refused = JSON.parse(foreign.stdout) as { ok: boolean; errors: { message: string }[] };
    expect(refused.ok).toBe(false);
    expect(refused.errors[0]?.message).toMatch(/not a Seller Workstation backup/);
  });

  it('exits 1 with a message when the file cannot be opened', async () => {
    const missing = await cli('inspect', join(folder, 'nope.swbackup'), '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/no such file/) }],
    });
    expect(missing.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
