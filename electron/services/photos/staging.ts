import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BridgeFailure } from '@shared/bridge/result';
import { realPathInside } from '../insideFolder';

export interface StagedFile {
  id: string;
  /** What the user called the file (display only). */
  name: string;
  /** Where the pipeline reads it: a copy under incoming/, or the user's original (read only). */
  path: string;
  bytes: number;
}

const STAGED_ID = /^stg_[0-9a-f-]{36}$/;
/** Most file systems allow 255 bytes per name; a CJK character takes 3, so the budget is counted in bytes. */
const MAX_NAME_BYTES = 180;

/**
 * Inputs of the photo studio, named by opaque ids. Uploads from the page are written to
 * `<incoming>/<id>/<name>` (the renderer's bytes never touch the user's originals); files picked with the desktop
 * dialog are only remembered by id and read in place. A renderer can name a staged id, never a path.
 */
export interface StagingLimits {
  /** Bytes all uploads in incoming/ may take together. */
  maxBytes: number;
  /** Uploads older than this are leftovers of a closed window or a crash. */
  maxAgeMs: number;
}

/** A batch of a few hundred phone photos fits; a runaway page cannot fill the disk. */
export const DEFAULT_STAGING_LIMITS: StagingLimits = {
  maxBytes: 1024 * 1024 * 1024,
  maxAgeMs: 12 * 60 * 60_000,
};

const MB = 1024 * 1024;

export class StagingArea {
  private readonly picked = new Map<string, StagedFile>();
  /** Bytes in incoming/, counted once from disk and then kept up to date; writes are serialised through it. */
  private usage: Promise<number> | undefined;

  constructor(
    readonly incomingDir: string,
    readonly limits: StagingLimits = DEFAULT_STAGING_LIMITS,
  ) {}

  async stageUpload(name: string, data: Uint8Array): Promise<StagedFile> {
    const before = this.usage ?? this.sweepAndCount();
    let admitted = false;
    this.usage = before.then((used) => {
      admitted = used + data.byteLength <= this.limits.maxBytes;
      return admitted ? used + data.byteLength : used;
    });
    const used = await before;
    await this.usage;
    if (!admitted)
      throw new BridgeFailure(
        'storage-full',
        `${name}: the staging folder already holds ${Math.round(used / MB)} MB of photos waiting to be processed ` +
          `(limit ${Math.round(this.limits.maxBytes / MB)} MB). Process or clear the photos in the studio, then add more.`,
      );
    const id = newStagedId();
    const leaf = safeLeafName(name);
    const dir = join(this.incomingDir, id);
    const path = join(dir, leaf);
    try {
      await mkdir(dir, { recursive: true });
      await writeFile(path, data, { flag: 'wx' });
    } catch (error) {
      // Nothing landed: give the reserved bytes back.
      this.usage = this.usage?.then((n) => Math.max(0, n - data.byteLength));
      throw error;
    }
    return { id, name, path, bytes: data.byteLength };
  }

  async stagePicked(path: string): Promise<StagedFile> {
    const info = await stat(path);
    const file = { id: newStagedId(), name: basename(path), path, bytes: info.size };
    this.picked.set(file.id, file);
    return file;
  }

  /** The staged file behind an id; anything unknown is refused with a message the UI can show. */
  async resolve(id: string): Promise<StagedFile> {
    if (!STAGED_ID.test(id))
      throw new BridgeFailure('invalid-arguments', `Not a staged file id: ${id.slice(0, 60)}`);
    const picked = this.picked.get(id);
    if (picked) return picked;
    const dir = join(this.incomingDir, id);
    const entries = await readdir(dir).catch(() => []);
    const leaf = entries[0];
    if (!leaf)
      throw new BridgeFailure(
        'not-found',
        `No staged file ${id}: it was discarded or never uploaded; add the photo again.`,
      );
    // Only what this area wrote is read: a link put in its place is refused, not followed.
    const path = await realPathInside(this.incomingDir, join(dir, leaf), `Staged file ${leaf}`);
    return { id, name: leaf, path, bytes: (await stat(path)).size };
  }

  /** Forgets ids and deletes uploaded copies; picked originals are never deleted. */
  async discard(ids: readonly string[]): Promise<number> {
    let count = 0;
    for (const id of ids) {
      if (!STAGED_ID.test(id)) continue;
      if (this.picked.delete(id)) {
        count++;
        continue;
      }
      const dir = join(this.incomingDir, id);
      const existed = await stat(dir).then(
        () => true,
        () => false,
      );
      await rm(dir, { recursive: true, force: true });
      if (existed) count++;
    }
    if (count > 0) this.usage = undefined;
    return count;
  }

  /** At start and whenever the count is lost: remove leftovers past the age limit, then add up what is left. */
  sweepAndCount(now = Date.now()): Promise<number> {
    const counted = this.sweep(this.limits.maxAgeMs, now)
      .catch(() => 0)
      .then(() => this.bytesOnDisk());
    this.usage = counted;
    return counted;
  }

  private async bytesOnDisk(): Promise<number> {
    const entries = await readdir(this.incomingDir, { withFileTypes: true }).catch(() => []);
    let total = 0;
    for (const entry of entries) {
      if (!entry.isDirectory() || !STAGED_ID.test(entry.name)) continue;
      const dir = join(this.incomingDir, entry.name);
      for (const leaf of await readdir(dir).catch(() => [])) {
        const info = await stat(join(dir, leaf)).catch(() => undefined);
        total += info?.size ?? 0;
      }
    }
    return total;
  }

  /** Uploads left behind by a closed window or a crash are removed after a day. */
  async sweep(olderThanMs: number, now = Date.now()): Promise<number> {
    const entries = await readdir(this.incomingDir, { withFileTypes: true }).catch(() => []);
    let removed = 0;
    for (const entry of entries) {
      if (!entry.isDirectory() || !STAGED_ID.test(entry.name)) continue;
      const dir = join(this.incomingDir, entry.name);
      const info = await stat(dir).catch(() => undefined);
      if (info && now - info.mtimeMs > olderThanMs) {
        await rm(dir, { recursive: true, force: true });
        removed++;
      }
    }
    return removed;
  }
}

function newStagedId(): string {
  return `stg_${randomUUID()}`;
}

/**
 * The leaf of a user-supplied name, safe as one path segment on every OS: no separators, no control or
 * Windows-reserved characters, no "." / "..", within the byte budget, extension kept. Unicode letters stay: the
 * pipeline derives the upload name (with a hash of the original) from it.
 */
export function safeLeafName(name: string): string {
  const leaf = (name.normalize('NFC').split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (!leaf) return 'photo';
  const dot = leaf.lastIndexOf('.');
  const ext = dot > 0 && leaf.length - dot <= 9 ? leaf.slice(dot) : '';
  let base = ext ? leaf.slice(0, dot) : leaf;
  const budget = MAX_NAME_BYTES - Buffer.byteLength(ext);
  while (Buffer.byteLength(base) > budget) base = [...base].slice(0, -1).join('');
  return `${base || 'photo'}${ext}`;
}
