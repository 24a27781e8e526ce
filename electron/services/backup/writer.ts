import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import {
  BACKUP_FORMAT,
  MANIFEST_ENTRY,
  TABLE_NAME_PATTERN,
  mediaEntryName,
  tableEntryName,
  type BackupKind,
  type BackupManifest,
} from '@shared/backup/format';
import type { MediaLibrary } from '../media/mediaLibrary';

export interface BackupMeta {
  app: string;
  appVersion: string;
  schemaVersion: number;
  kind: BackupKind;
  stores: { id: string; name: string }[];
}

export interface WrittenBackup {
  name: string;
  path: string;
  bytes: number;
  manifest: BackupManifest;
}

interface OpenTable {
  name: string;
  entry: ZipDeflate;
  hash: Hash;
  rows: number;
}

/** Rows deflate fast at level 1 and still shrink ~8×; media is already compressed and is stored as is. */
const ROW_DEFLATE_LEVEL = 1;

/**
 * One backup being written: rows arrive table by table as JSON lines, media files are read from the library,
 * and everything streams through fflate's Zip into a hidden partial file. Only `finish` renames it to its real
 * name, so a cancelled or crashed backup never leaves a file that looks like a backup.
 */
export class BackupWriter {
  private readonly zip: Zip;
  private readonly out: WriteStream;
  private readonly partialPath: string;
  private readonly tables = new Map<string, { rows: number; sha256: string }>();
  private current: OpenTable | undefined;
  private failure: Error | undefined;
  private drained: Promise<void> = Promise.resolve();
  private closed: Promise<void>;
  private bytesWritten = 0;
  lastActivity = Date.now();

  constructor(
    readonly id: string,
    private readonly backupsDir: string,
    private readonly finalName: string,
    private readonly meta: BackupMeta,
  ) {
    this.partialPath = join(backupsDir, `.${id}.partial`);
    this.out = createWriteStream(this.partialPath, { flags: 'wx' });
    this.closed = new Promise((resolve, reject) => {
      this.out.once('close', resolve);
      this.out.once('error', (error) => {
        this.failure = error;
        reject(error);
      });
    });
    this.closed.catch(() => undefined);
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure = error;
        return;
      }
      this.bytesWritten += chunk.length;
      if (!this.out.write(chunk)) {
        this.drained = new Promise((resolve) => this.out.once('drain', resolve));
      }
      if (final) this.out.end();
    });
  }

  /** Appends whole JSON lines (each ending in a newline) to a table; a new table name closes the previous one. */
  async appendRows(table: string, text: string): Promise<{ rows: number }> {
    this.assertUsable();
    if (!TABLE_NAME_PATTERN.test(table)) throw new Error(`Not a table name: ${table.slice(0, 70)}`);
    if (text.length > 0 && !text.endsWith('\n')) throw new Error('Rows must be whole lines');
    if (this.current?.name !== table) {
      if (this.tables.has(table)) throw new Error(`Table ${table} was already written`);
      this.closeTable();
      const entry = new ZipDeflate(tableEntryName(table), { level: ROW_DEFLATE_LEVEL });
      this.zip.add(entry);
      this.current = { name: table, entry, hash: createHash('sha256'), rows: 0 };
    }
    const bytes = Buffer.from(text, 'utf8');
    let rows = 0;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) rows++;
    this.current.rows += rows;
    this.current.hash.update(bytes);
    this.current.entry.push(bytes);
    this.lastActivity = Date.now();
    await this.drained;
    return { rows: this.current.rows };
  }

  /** Declares an empty table (so a restore knows it existed and has no rows). */
  async emptyTable(table: string): Promise<void> {
    await this.appendRows(table, '');
  }

  /** Adds the media files, the manifest, and gives the file its real name. */
  async finish(
    media: readonly { sha256: string; ext: string }[],
    library: MediaLibrary,
  ): Promise<WrittenBackup> {
    this.assertUsable();
    this.closeTable();
    let files = 0;
    let bytes = 0;
    let missing = 0;
    const seen = new Set<string>();
    for (const { sha256, ext } of media) {
      const key = `${sha256}.${ext}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const path = library.pathFor(sha256, ext);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile()) {
        missing++;
        continue;
      }
      const entry = new ZipPassThrough(mediaEntryName(sha256, ext));
      this.zip.add(entry);
      for await (const chunk of createReadStream(path)) {
        entry.push(chunk as Buffer);
        await this.drained;
      }
      entry.push(new Uint8Array(0), true);
      files++;
      bytes += info.size;
      this.lastActivity = Date.now();
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      app: this.meta.app,
      appVersion: this.meta.appVersion,
      schemaVersion: this.meta.schemaVersion,
      createdAt: new Date().toISOString(),
      kind: this.meta.kind,
      stores: this.meta.stores,
      tables: Object.fromEntries(this.tables),
      media: { files, bytes, missing },
    };
    const manifestEntry = new ZipDeflate(MANIFEST_ENTRY, { level: 6 });
    this.zip.add(manifestEntry);
    manifestEntry.push(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), true);
    this.zip.end();
    await this.closed;
    this.assertUsable();
    const path = join(this.backupsDir, this.finalName);
    await rename(this.partialPath, path);
    return { name: this.finalName, path, bytes: this.bytesWritten, manifest };
  }

  /** Stops and removes the partial file; safe to call at any point, more than once. */
  async cancel(): Promise<void> {
    this.failure ??= new Error('cancelled');
    try {
      this.zip.terminate();
    } catch {
      // Nothing left to stop.
    }
    this.out.destroy();
    await this.closed.catch(() => undefined);
    await rm(this.partialPath, { force: true });
  }

  private closeTable(): void {
    if (!this.current) return;
    this.current.entry.push(new Uint8Array(0), true);
    this.tables.set(this.current.name, {
      rows: this.current.rows,
      sha256: this.current.hash.digest('hex'),
    });
    this.current = undefined;
  }

  private assertUsable(): void {
    if (this.failure) throw this.failure;
  }
}
