import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { realPathInside } from '../insideFolder';

export interface StoredMedia {
  sha256: string;
  path: string;
  bytes: number;
  /** False when identical bytes were already in the library (nothing written). */
  created: boolean;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const EXT = /^[a-z0-9]{1,8}$/;

/**
 * Content-addressed media on disk: `<root>/<first two hex>/<sha256>.<ext>`. A file is written to a temp name and
 * renamed, so a crash never leaves a half file under a real hash, and the same bytes are stored once however
 * often they are imported. Files are never modified after they land.
 */
export class MediaLibrary {
  constructor(readonly rootDir: string) {}

  pathFor(sha256: string, ext: string): string {
    assertAddress(sha256, ext);
    return join(this.rootDir, sha256.slice(0, 2), `${sha256}.${ext}`);
  }

  async put(data: Uint8Array, ext: string): Promise<StoredMedia> {
    const sha256 = createHash('sha256').update(data).digest('hex');
    const path = this.pathFor(sha256, ext.toLowerCase());
    if (await this.existsAt(path)) return { sha256, path, bytes: data.byteLength, created: false };
    await mkdir(join(this.rootDir, sha256.slice(0, 2)), { recursive: true });
    const temp = `${path}.${randomUUID()}.tmp`;
    try {
      await writeFile(temp, data, { flag: 'wx' });
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { sha256, path, bytes: data.byteLength, created: true };
  }

  /** Reads a stored file; a link planted in the library that leads out of it is refused, never followed. */
  async read(sha256: string, ext: string): Promise<Buffer> {
    return readFile(await this.realPathFor(sha256, ext));
  }

  /** The file's real path, checked to lie inside the library (not-found / not-allowed BridgeFailures). */
  async realPathFor(sha256: string, ext: string): Promise<string> {
    return realPathInside(this.rootDir, this.pathFor(sha256, ext), `Image ${sha256.slice(0, 12)}… (${ext})`);
  }

  async exists(sha256: string, ext: string): Promise<boolean> {
    return this.existsAt(this.pathFor(sha256, ext));
  }

  private async existsAt(path: string): Promise<boolean> {
    return access(path).then(
      () => true,
      () => false,
    );
  }
}

/** Refuses anything that is not a plain hash and extension, so a crafted id can never walk out of the root. */
function assertAddress(sha256: string, ext: string): void {
  if (!SHA256_HEX.test(sha256)) throw new Error(`not a sha256 hex digest: ${sha256.slice(0, 80)}`);
  if (!EXT.test(ext)) throw new Error(`not a file extension: ${ext.slice(0, 20)}`);
}
