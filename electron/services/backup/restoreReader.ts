import { tableEntryName, type BackupManifest } from '@shared/backup/format';
import { openZipEntry, type ZipEntry } from './zipReader';

export interface RowChunk {
  table: string;
  /** Whole JSON lines, each ending in a newline; empty for a table without rows. */
  text: string;
}

/** About 1 MB of text per bridge answer: small enough that the page parses it in a worker well under 50 ms. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The rows of a verified backup, table by table in manifest order, as chunks of whole lines: the restore
 * pulls one chunk per bridge call, so neither side ever holds more than a chunk or two.
 */
export async function* readBackupRows(
  path: string,
  manifest: BackupManifest,
  entries: Map<string, ZipEntry>,
): AsyncGenerator<RowChunk> {
  for (const table of Object.keys(manifest.tables)) {
    const entry = entries.get(tableEntryName(table));
    if (!entry) throw new Error(`Table ${table} is missing from the archive`);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let emitted = false;
    for await (const chunk of await openZipEntry(path, entry)) {
      pending.push(chunk as Buffer);
      pendingBytes += (chunk as Buffer).length;
      if (pendingBytes < CHUNK_BYTES) continue;
      const joined = Buffer.concat(pending);
      const cut = joined.lastIndexOf(10) + 1;
      if (cut === 0) {
        pending = [joined];
        continue;
      }
      yield { table, text: joined.toString('utf8', 0, cut) };
      emitted = true;
      const rest = joined.subarray(cut);
      pending = rest.length > 0 ? [rest] : [];
      pendingBytes = rest.length;
    }
    if (pendingBytes > 0 || !emitted) yield { table, text: Buffer.concat(pending).toString('utf8') };
  }
}
