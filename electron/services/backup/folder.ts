import { randomUUID } from 'node:crypto';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BACKUP_FILE_NAME_PATTERN,
  backupsToPrune,
  type BackupInspection,
  type BackupKind,
} from '@shared/backup/format';
import { verifyBackup } from './verify';

export interface ListedBackup {
  name: string;
  bytes: number;
  modifiedAt: number;
  inspection: BackupInspection;
}

/** A name from the page must be a plain backup file name: it can only ever address a file in the folder. */
export function backupPath(backupsDir: string, name: string): string {
  if (!BACKUP_FILE_NAME_PATTERN.test(name) || name.includes('..'))
    throw new Error(`Not a backup file name: ${name.slice(0, 80)}`);
  return join(backupsDir, name);
}

/** Every backup in the folder, newest first, with what its manifest says (tables are not re-hashed here). */
export async function listBackups(backupsDir: string): Promise<ListedBackup[]> {
  const names = (await readdir(backupsDir).catch(() => [] as string[])).filter((n) =>
    BACKUP_FILE_NAME_PATTERN.test(n),
  );
  const listed = await Promise.all(
    names.map(async (name) => {
      const path = join(backupsDir, name);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile()) return undefined;
      const { inspection } = await verifyBackup(path, { manifestOnly: true });
      return { name, bytes: info.size, modifiedAt: info.mtimeMs, inspection };
    }),
  );
  return listed
    .filter((b): b is ListedBackup => b !== undefined)
    .sort((a, b) => createdAtOf(b) - createdAtOf(a));
}

const createdAtOf = (b: ListedBackup) =>
  b.inspection.createdAt ? Date.parse(b.inspection.createdAt) : b.modifiedAt;

/** Applies the retention to the automatic daily backups; answers the names removed. */
export async function pruneBackups(
  backupsDir: string,
  keepDaily: number,
  keepWeekly: number,
): Promise<string[]> {
  const listed = await listBackups(backupsDir);
  const candidates = listed
    .filter((b) => b.inspection.ok && b.inspection.kind)
    .map((b) => ({ name: b.name, kind: b.inspection.kind as BackupKind, createdAt: createdAtOf(b) }));
  const remove = backupsToPrune(candidates, keepDaily, keepWeekly);
  await Promise.all(remove.map((name) => rm(join(backupsDir, name), { force: true })));
  return remove;
}

/** Partial files of backups that crashed or whose page went away (older than an hour) are removed. */
export async function sweepPartials(backupsDir: string, olderThanMs = 3600_000): Promise<void> {
  const names = await readdir(backupsDir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.endsWith('.partial'))
      .map(async (n) => {
        const info = await stat(join(backupsDir, n)).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > olderThanMs) await rm(join(backupsDir, n), { force: true });
      }),
  );
}

/**
 * A backup file the user picked in the browser arrives in pieces; it is kept as a hidden partial until the last
 * piece, then lands in the backups folder under a name that says it was brought in (`imported-…`).
 */
export class UploadStore {
  private readonly uploads = new Map<string, { partial: string; size: number; name: string }>();

  constructor(private readonly backupsDir: string) {}

  async append(
    uploadId: string | undefined,
    originalName: string,
    bytes: Buffer,
    offset: number,
    final: boolean,
  ): Promise<{ uploadId: string; name?: string }> {
    let upload = uploadId ? this.uploads.get(uploadId) : undefined;
    if (uploadId && !upload) throw new Error('This upload is no longer known; pick the file again');
    const id = uploadId ?? randomUUID();
    if (!upload) {
      upload = {
        partial: join(this.backupsDir, `.${id}.partial`),
        size: 0,
        name: importedName(originalName),
      };
      this.uploads.set(id, upload);
    }
    if (offset !== upload.size) throw new Error(`Upload out of order: expected offset ${upload.size}`);
    const handle = await open(upload.partial, upload.size === 0 ? 'w' : 'a');
    try {
      await handle.write(bytes);
    } finally {
      await handle.close();
    }
    upload.size += bytes.length;
    if (!final) return { uploadId: id };
    this.uploads.delete(id);
    await rename(upload.partial, join(this.backupsDir, upload.name));
    return { uploadId: id, name: upload.name };
  }
}

function importedName(original: string): string {
  const base = original
    .replace(/\.swbackup$/i, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return `imported-${stamp}-${base || 'backup'}.swbackup`;
}
