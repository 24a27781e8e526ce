import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import {
  BACKUP_FORMAT,
  MANIFEST_ENTRY,
  MEDIA_ENTRY_PATTERN,
  manifestSchema,
  tableEntryName,
  type BackupInspection,
  type BackupManifest,
  type BackupProblem,
  type BackupProblemCode,
} from '@shared/backup/format';
import { openZipEntry, readZipDirectory, type ZipEntry } from './zipReader';

const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

export interface VerifiedBackup {
  inspection: BackupInspection;
  manifest?: BackupManifest;
  entries?: Map<string, ZipEntry>;
}

export interface VerifyOptions {
  /** The schema version the app runs; a backup from a newer app is refused (it could not be opened here). */
  appSchemaVersion?: number;
  /** Skip re-hashing every table and media file: the list reads only manifests. */
  manifestOnly?: boolean;
}

/**
 * Everything that is checked before a single row is restored, shared by the app (bridge) and the CLI
 * (`backup inspect`): the zip's directory, the manifest, and every table's row count and SHA-256 and every
 * media file's hash against what the manifest promised. Never throws: problems are answered as data.
 */
export async function verifyBackup(path: string, options: VerifyOptions = {}): Promise<VerifiedBackup> {
  const problems: BackupProblem[] = [];
  /** What a manifest that cannot be used (a newer format) still says about itself, for the answer. */
  let readable: Partial<Pick<BackupManifest, 'format' | 'appVersion' | 'schemaVersion' | 'createdAt'>> = {};
  const answer = (manifest?: BackupManifest, entries?: Map<string, ZipEntry>): VerifiedBackup => ({
    inspection: {
      ok: problems.length === 0,
      ...readable,
      ...(manifest && {
        format: manifest.format,
        appVersion: manifest.appVersion,
        schemaVersion: manifest.schemaVersion,
        createdAt: manifest.createdAt,
        kind: manifest.kind,
        stores: manifest.stores,
      }),
      tables: Object.fromEntries(Object.entries(manifest?.tables ?? {}).map(([name, t]) => [name, t.rows])),
      media: { files: manifest?.media.files ?? 0, bytes: manifest?.media.bytes ?? 0 },
      errors: problems,
    },
    ...(manifest && problems.length === 0 ? { manifest, entries } : {}),
  });
  const problem = (code: BackupProblemCode, message: string) => void problems.push({ code, message });

  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) {
    problem('unreadable', `Cannot open ${path}: no such file`);
    return answer();
  }
  const directory = await readZipDirectory(path).catch((error: unknown) => {
    problem('unreadable', `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  if (!directory) return answer();
  if (!directory.ok) {
    const messages = {
      empty: 'The file is empty (0 bytes): not a backup',
      truncated:
        'The file is truncated: the end of the zip archive is missing (an interrupted copy or download?)',
      foreign: 'The file is not a Seller Workstation backup (not a zip archive)',
    } as const;
    problem(directory.reason, messages[directory.reason]);
    return answer();
  }
  const manifestEntry = directory.entries.get(MANIFEST_ENTRY);
  if (!manifestEntry) {
    problem('foreign', 'The zip archive has no manifest.json: not a Seller Workstation backup');
    return answer();
  }
  let raw: unknown;
  try {
    if (manifestEntry.size > MAX_MANIFEST_BYTES) throw new Error('manifest.json is too large');
    raw = JSON.parse((await readAll(await openZipEntry(path, manifestEntry))).toString('utf8'));
  } catch (error) {
    problem('corrupt', `manifest.json cannot be read: ${messageOf(error)}`);
    return answer();
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > BACKUP_FORMAT) {
    readable = readableHeader(raw as Record<string, unknown>);
    problem(
      'newer-format',
      `The backup was written in format ${format} by a newer version of the app; this version reads format ${BACKUP_FORMAT}. Update the app to restore it.`,
    );
    return answer();
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    problem(
      'corrupt',
      `manifest.json is not a valid backup manifest (${issue?.path.join('.') || 'root'}: ${issue?.message ?? ''})`,
    );
    return answer();
  }
  const manifest = parsed.data;
  if (options.appSchemaVersion !== undefined && manifest.schemaVersion > options.appSchemaVersion) {
    problem(
      'newer-schema',
      `The backup holds database version ${manifest.schemaVersion}, newer than this app's ${options.appSchemaVersion}. Update the app to restore it.`,
    );
  }

  const tableEntries = [...directory.entries.keys()].filter((name) => name.startsWith('tables/'));
  for (const name of tableEntries) {
    const table = name.slice('tables/'.length).replace(/\.jsonl$/, '');
    if (!Object.hasOwn(manifest.tables, table))
      problem('corrupt', `${name} is in the archive but not in the manifest (the file was altered)`);
  }
  for (const [table, expected] of Object.entries(manifest.tables)) {
    const entry = directory.entries.get(tableEntryName(table));
    if (!entry) {
      problem('corrupt', `Table ${table} is missing from the archive`);
      continue;
    }
    if (options.manifestOnly) continue;
    try {
      const { rows, sha256 } = await hashLines(path, entry);
      if (rows !== expected.rows)
        problem('corrupt', `Table ${table}: ${rows} rows in the file, the manifest says ${expected.rows}`);
      else if (sha256 !== expected.sha256)
        problem('corrupt', `Table ${table}: its content does not match its SHA-256 (the file is damaged)`);
    } catch (error) {
      problem('corrupt', `Table ${table} cannot be decompressed: ${messageOf(error)}`);
    }
  }

  let mediaFiles = 0;
  let mediaBytes = 0;
  for (const entry of directory.entries.values()) {
    const match = MEDIA_ENTRY_PATTERN.exec(entry.name);
    if (!match) continue;
    mediaFiles++;
    mediaBytes += entry.size;
    if (options.manifestOnly) continue;
    try {
      const hash = createHash('sha256');
      for await (const chunk of await openZipEntry(path, entry)) hash.update(chunk as Buffer);
      if (hash.digest('hex') !== match[1]) problem('corrupt', `Media file ${entry.name} is damaged`);
    } catch (error) {
      problem('corrupt', `Media file ${entry.name} cannot be read: ${messageOf(error)}`);
    }
  }
  if (mediaFiles !== manifest.media.files || mediaBytes !== manifest.media.bytes)
    problem(
      'corrupt',
      `Media: ${mediaFiles} files (${mediaBytes} bytes) in the archive, the manifest says ${manifest.media.files} (${manifest.media.bytes} bytes)`,
    );
  return answer(manifest, directory.entries);
}

async function hashLines(path: string, entry: ZipEntry): Promise<{ rows: number; sha256: string }> {
  const hash = createHash('sha256');
  let rows = 0;
  for await (const chunk of await openZipEntry(path, entry)) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) rows++;
  }
  return { rows, sha256: hash.digest('hex') };
}

async function readAll(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function readableHeader(
  raw: Record<string, unknown>,
): Partial<Pick<BackupManifest, 'format' | 'appVersion' | 'schemaVersion' | 'createdAt'>> {
  const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const text = (v: unknown) => (typeof v === 'string' && v.length <= 64 ? v : undefined);
  const header = {
    format: number(raw.format),
    appVersion: text(raw.appVersion),
    schemaVersion: number(raw.schemaVersion),
    createdAt: text(raw.createdAt),
  };
  return Object.fromEntries(Object.entries(header).filter(([, v]) => v !== undefined));
}
