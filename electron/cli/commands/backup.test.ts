import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchFolder } from './cliTestKit';
import { MediaLibrary } from '../../services/media/mediaLibrary';
import { BackupWriter } from '../../services/backup/writer';

const scratch = scratchFolder('backup-cli-');
const cli = (...args: string[]) => runCli('backup', ...args);

describe('backup inspect CLI', () => {
  it('answers the contract for a good backup and ok:false for a foreign file, exit 0 both', async () => {
    const writer = new BackupWriter(crypto.randomUUID(), scratch.path, 'good.swbackup', {
      app: 'Seller Workstation',
      appVersion: '0.1.0',
      schemaVersion: 8,
      kind: 'manual',
      stores: [],
    });
    await writer.appendRows('orders', '{"id":"a"}\n{"id":"b"}\n');
    await writer.finish([], new MediaLibrary(join(scratch.path, 'media')));
    const good = await cli('inspect', join(scratch.path, 'good.swbackup'), '--json');
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

    await writeFile(join(scratch.path, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    const foreign = await cli('inspect', join(scratch.path, 'photo.jpg'), '--json');
    expect(foreign.code).toBe(0);
    expect(foreign.stdout.trim().split('\n')).toHaveLength(1);
    const refused = JSON.parse(foreign.stdout) as { ok: boolean; errors: { message: string }[] };
    expect(refused.ok).toBe(false);
    expect(refused.errors[0]?.message).toMatch(/not a Seller Workstation backup/);
  });

  it('exits 1 with a message when the file cannot be opened', async () => {
    const missing = await cli('inspect', join(scratch.path, 'nope.swbackup'), '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/no such file/) }],
    });
    expect(missing.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
