import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MediaLibrary } from '../media/mediaLibrary';
import { readBackupRows } from './restoreReader';
import { verifyBackup } from './verify';
import { BackupWriter } from './writer';
import { listBackups, UploadStore } from './folder';

let dir = '';
let library: MediaLibrary;
const meta = {
  app: 'Seller Workstation',
  appVersion: '0.1.0',
  schemaVersion: 8,
  kind: 'manual' as const,
  stores: [{ id: 's1', name: '小店' }],
};
const lines = (rows: object[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join('');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backup-'));
  library = new MediaLibrary(join(dir, 'media'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeSample(name = 'sample.swbackup') {
  const writer = new BackupWriter(crypto.randomUUID(), dir, name, meta);
  const photo = await library.put(Buffer.from('not really a png, but bytes'), 'png');
  await writer.appendRows('orders', lines([{ id: 'a', total: 1 }]));
  await writer.appendRows('orders', lines([{ id: 'b', total: 2, note: '包裹' }]));
  await writer.emptyTable('drafts');
  await writer.appendRows('stores', lines([{ id: 's1', name: '小店' }]));
  const written = await writer.finish(
    [
      { sha256: photo.sha256, ext: 'png' },
      { sha256: 'f'.repeat(64), ext: 'jpg' },
    ],
    library,
  );
  return { written, photo };
}

describe('backup file', () => {
  it('round-trips rows, counts, hashes and media, and the reader gives whole lines back', async () => {
    const { written } = await writeSample();
    expect(written.manifest.tables.orders?.rows).toBe(2);
    expect(written.manifest.media).toEqual({ files: 1, bytes: 27, missing: 1 });
    const ordersText = lines([{ id: 'a', total: 1 }]) + lines([{ id: 'b', total: 2, note: '包裹' }]);
    expect(written.manifest.tables.orders?.sha256).toBe(
      createHash('sha256').update(ordersText).digest('hex'),
    );
    const verified = await verifyBackup(written.path, { appSchemaVersion: 8 });
    expect(verified.inspection).toMatchObject({
      ok: true,
      format: 1,
      schemaVersion: 8,
      tables: { orders: 2, drafts: 0, stores: 1 },
      media: { files: 1, bytes: 27 },
      errors: [],
    });
    const chunks = [];
    for await (const chunk of readBackupRows(written.path, verified.manifest!, verified.entries!))
      chunks.push(chunk);
    expect(chunks.map((c) => c.table)).toEqual(['orders', 'drafts', 'stores']);
    expect(chunks[0]?.text).toBe(ordersText);
    expect(chunks[1]?.text).toBe('');
    expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/partial/));
  });

  it('refuses a newer database version only when the app says which version it runs', async () => {
    const { written } = await writeSample();
    const verified = await verifyBackup(written.path, { appSchemaVersion: 7 });
    expect(verified.inspection.ok).toBe(false);
    expect(verified.inspection.errors[0]?.code).toBe('newer-schema');
  });

  it('names truncated, corrupt, empty, foreign and newer-format files', async () => {
    const { written } = await writeSample();
    const bytes = await readFile(written.path);
    const cases: [string, Uint8Array, string][] = [
      ['empty', new Uint8Array(0), 'empty'],
      ['truncated', bytes.subarray(0, Math.floor(bytes.length * 0.6)), 'truncated'],
      ['text', Buffer.from('hello, this is a CSV file\n1,2,3\n'), 'foreign'],
      ['zip-without-manifest', zipSync({ 'a.txt': strToU8('hi') }), 'foreign'],
      [
        'newer',
        zipSync({ 'manifest.json': strToU8(JSON.stringify({ ...written.manifest, format: 99 })) }),
        'newer-format',
      ],
      ['bad-manifest', zipSync({ 'manifest.json': strToU8('{"format":1,') }), 'corrupt'],
    ];
    for (const [name, content, code] of cases) {
      const path = join(dir, `${name}.swbackup`);
      await writeFile(path, content);
      const { inspection } = await verifyBackup(path);
      expect(inspection.ok, name).toBe(false);
      expect(inspection.errors[0]?.code, name).toBe(code);
      // A newer format is refused, but what its manifest says of itself is still reported.
      if (name === 'newer') expect(inspection).toMatchObject({ format: 99, appVersion: meta.appVersion });
    }
  });

  it('finds a flipped byte inside a table', async () => {
    const writer = new BackupWriter(crypto.randomUUID(), dir, 'big.swbackup', meta);
    // Stored-like content (random ids) so the flipped byte lands inside the orders entry's deflate stream.
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      id: createHash('md5').update(String(i)).digest('hex'),
    }));
    await writer.appendRows('orders', lines(rows));
    const written = await writer.finish([], library);
    const bytes = Buffer.from(await readFile(written.path));
    const at = Math.floor(bytes.length / 3);
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
    await writeFile(written.path, bytes);
    const { inspection } = await verifyBackup(written.path);
    expect(inspection.ok).toBe(false);
    expect(inspection.errors[0]?.code).toBe('corrupt');
    expect(inspection.errors[0]?.message).toMatch(/orders/);
  });

  it('leaves no file behind when cancelled', async () => {
    const writer = new BackupWriter(crypto.randomUUID(), dir, 'cancelled.swbackup', meta);
    await writer.appendRows('orders', lines([{ id: 'a' }]));
    await writer.cancel();
    expect(await readdir(dir)).toEqual([]);
  });

  it('lists backups newest first and lands uploads as imported files', async () => {
    await writeSample('first.swbackup');
    const uploads = new UploadStore(dir);
    const bytes = await readFile(join(dir, 'first.swbackup'));
    const half = Math.floor(bytes.length / 2);
    const started = await uploads.append(undefined, 'from USB.swbackup', bytes.subarray(0, half), 0, false);
    const done = await uploads.append(
      started.uploadId,
      'from USB.swbackup',
      bytes.subarray(half),
      half,
      true,
    );
    expect(done.name).toMatch(/^imported-\d{8}T\d{6}-from-USB\.swbackup$/);
    const listed = await listBackups(dir);
    expect(listed.map((b) => b.name).sort()).toEqual(['first.swbackup', done.name].sort());
    expect(listed.every((b) => b.inspection.ok)).toBe(true);
  });
});
