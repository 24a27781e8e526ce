import { z } from 'zod';

/**
 * The `.swbackup` file: a zip holding `manifest.json`, one `tables/<table>.jsonl` per database table (one JSON
 * row per line, in primary-key order) and `media/<sha256>.<ext>` for every media file the rows refer to.
 * The format number changes only when an older app could not read the file any more.
 */
export const BACKUP_FORMAT = 1;
export const BACKUP_EXTENSION = 'swbackup';
export const MANIFEST_ENTRY = 'manifest.json';
export const tableEntryName = (table: string) => `tables/${table}.jsonl`;
export const mediaEntryName = (sha256: string, ext: string) => `media/${sha256}.${ext}`;
export const MEDIA_ENTRY_PATTERN = /^media\/([0-9a-f]{64})\.([a-z0-9]{1,8})$/;
export const TABLE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export const BACKUP_KINDS = ['manual', 'daily', 'pre-upgrade', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.number().int().positive(),
  app: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  kind: z.enum(BACKUP_KINDS),
  stores: z.array(z.object({ id: z.string(), name: z.string() })),
  tables: z.record(
    z.string().regex(TABLE_NAME_PATTERN),
    z.object({ rows: z.number().int().nonnegative(), sha256: sha256Hex }),
  ),
  media: z.object({
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    /** Referenced by a row but not in the media library when the backup was made. */
    missing: z.number().int().nonnegative(),
  }),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** Why a file is refused; the message says which in words, the code lets the UI translate it. */
export const BACKUP_PROBLEMS = [
  'unreadable',
  'empty',
  'truncated',
  'foreign',
  'corrupt',
  'newer-format',
  'newer-schema',
] as const;
export type BackupProblemCode = (typeof BACKUP_PROBLEMS)[number];
export interface BackupProblem {
  code: BackupProblemCode;
  message: string;
}

/** What `backup inspect` answers and what the app checks before it restores anything. */
export interface BackupInspection {
  ok: boolean;
  format?: number;
  appVersion?: string;
  schemaVersion?: number;
  createdAt?: string;
  kind?: BackupKind;
  stores?: { id: string; name: string }[];
  tables: Record<string, number>;
  media: { files: number; bytes: number };
  errors: BackupProblem[];
}

/** `<store or all stores>-<date>-<time>[-<kind>].swbackup`, in the user's local time; safe on Windows and macOS. */
export function backupFileName(storeNames: readonly string[], at: Date, kind: BackupKind): string {
  const label = storeNames.length === 1 ? safeLabel(storeNames[0] ?? '') : 'all-stores';
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  const suffix = kind === 'manual' ? '' : `-${kind}`;
  return `${label || 'store'}-${date}-${time}${suffix}.${BACKUP_EXTENSION}`;
}

/** Letters (any script), digits, dash and underscore; everything else becomes a dash. */
function safeLabel(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** A backup file named across the bridge: a plain name inside the backups folder, never a path. */
export const BACKUP_FILE_NAME_PATTERN = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,150}\.swbackup$/u;

/**
 * Which automatic backups retention keeps: the newest `keepDaily` daily ones, and of the older ones the newest of
 * each of the `keepWeekly` most recent weeks (weeks counted back from the newest backup). Manual, pre-upgrade and
 * pre-restore backups are the user's and never pruned here.
 */
export function backupsToPrune(
  backups: readonly { name: string; kind: BackupKind; createdAt: number }[],
  keepDaily: number,
  keepWeekly: number,
): string[] {
  const daily = backups.filter((b) => b.kind === 'daily').sort((a, b) => b.createdAt - a.createdAt);
  const kept = new Set(daily.slice(0, keepDaily).map((b) => b.name));
  const newest = daily[0]?.createdAt ?? 0;
  const WEEK = 7 * 24 * 3600 * 1000;
  const weeks = new Set<number>();
  for (const backup of daily.slice(keepDaily)) {
    const week = Math.floor((newest - backup.createdAt) / WEEK);
    if (week < keepWeekly + 1 && !weeks.has(week) && weeks.size < keepWeekly) {
      weeks.add(week);
      kept.add(backup.name);
    }
  }
  return daily.filter((b) => !kept.has(b.name)).map((b) => b.name);
}
