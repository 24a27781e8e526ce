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
export class StagingArea {
  private readonly picked = new Map<string, StagedFile>();

  constructor(readonly incomingDir: string) {}

  async stageUpload(name: string, data: Uint8Array): Promise<StagedFile> {
    const id = newStagedId();
    const leaf = safeLeafName(name);
    const dir = join(this.incomingDir, id);
    await mkdir(dir, { recursive: true });
    const path = join(dir, leaf);
    await writeFile(path, data, { flag: 'wx' });
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
    return count;
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
