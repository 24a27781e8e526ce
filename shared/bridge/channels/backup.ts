import { z } from 'zod';
import {
  BACKUP_FILE_NAME_PATTERN,
  BACKUP_KINDS,
  BACKUP_PROBLEMS,
  TABLE_NAME_PATTERN,
} from '../../backup/format';

/** Characters of JSON-line text per `backup:rows` call; the worker keeps its chunks well below. */
export const MAX_ROWS_TEXT = 8 * 1024 * 1024;
/** Bytes of a picked backup file per `backup:upload` call. */
export const MAX_BACKUP_UPLOAD_BYTES = 6 * 1024 * 1024;

const backupName = z.string().regex(BACKUP_FILE_NAME_PATTERN, 'a backup file name in the backups folder');
const jobId = z.uuid();

export const backupInspectionSchema = z.object({
  ok: z.boolean(),
  format: z.number().optional(),
  appVersion: z.string().optional(),
  schemaVersion: z.number().optional(),
  createdAt: z.string().optional(),
  kind: z.enum(BACKUP_KINDS).optional(),
  stores: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
  tables: z.record(z.string(), z.number()),
  media: z.object({ files: z.number(), bytes: z.number() }),
  errors: z.array(z.object({ code: z.enum(BACKUP_PROBLEMS), message: z.string() })),
});

const listedBackup = z.object({
  name: backupName,
  bytes: z.number(),
  modifiedAt: z.number(),
  inspection: backupInspectionSchema,
});

/**
 * Backups: the page reads the database (it lives in Chromium) and streams JSON lines here in chunks; the Node
 * side zips them with the media files into `<data folder>/backups/`. Restores pull verified rows back the same way.
 */
export const backupChannels = {
  'backup:begin': {
    args: z.object({
      kind: z.enum(BACKUP_KINDS),
      schemaVersion: z.number().int().nonnegative(),
      stores: z.array(z.object({ id: z.string(), name: z.string() })).max(1000),
    }),
    result: z.object({ jobId, name: backupName }),
  },
  'backup:rows': {
    args: z.object({
      jobId,
      table: z.string().regex(TABLE_NAME_PATTERN),
      /** Whole JSON lines. */
      text: z.string().max(MAX_ROWS_TEXT),
    }),
    result: z.object({ rows: z.number() }),
  },
  'backup:finish': {
    args: z.object({
      jobId,
      media: z
        .array(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), ext: z.enum(['jpg', 'png', 'webp']) }))
        .max(1_000_000),
    }),
    result: z.object({
      name: backupName,
      path: z.string(),
      bytes: z.number(),
      inspection: backupInspectionSchema,
    }),
  },
  'backup:cancel': { args: z.object({ jobId }), result: z.object({ cancelled: z.boolean() }) },
  'backup:list': {
    args: z.object({}),
    result: z.object({ backups: z.array(listedBackup), folder: z.string() }),
  },
  'backup:prune': {
    args: z.object({
      keepDaily: z.number().int().min(1).max(60),
      keepWeekly: z.number().int().min(0).max(52),
    }),
    result: z.object({ removed: z.array(z.string()) }),
  },
  /** Full verification (every table's count and SHA-256, every media hash) without restoring. */
  'backup:inspect': {
    args: z.object({ name: backupName, appSchemaVersion: z.number().int().optional() }),
    result: backupInspectionSchema,
  },
  /** Verifies, copies the media into the library, and opens a reader of the rows; refused files answer ok:false. */
  'backup:restoreOpen': {
    args: z.object({ name: backupName, appSchemaVersion: z.number().int() }),
    result: z.object({ restoreId: jobId.optional(), inspection: backupInspectionSchema }),
  },
  'backup:restoreRead': {
    args: z.object({ restoreId: jobId }),
    result: z.object({ table: z.string().optional(), text: z.string(), done: z.boolean() }),
  },
  'backup:restoreClose': { args: z.object({ restoreId: jobId }), result: z.object({ closed: z.boolean() }) },
  /** The browser uploads a picked file in pieces (base64, ≤ 8 MB each) into the backups folder. */
  'backup:upload': {
    args: z.object({
      uploadId: jobId.optional(),
      fileName: z.string().min(1).max(255),
      offset: z.number().int().nonnegative(),
      bytesBase64: z.string().max(Math.ceil((MAX_BACKUP_UPLOAD_BYTES * 4) / 3) + 4),
      final: z.boolean(),
    }),
    result: z.object({ uploadId: jobId, name: backupName.optional() }),
  },
  'backup:readChunk': {
    args: z.object({
      name: backupName,
      offset: z.number().int().nonnegative(),
      length: z
        .number()
        .int()
        .min(1)
        .max(8 * 1024 * 1024),
    }),
    result: z.object({ bytesBase64: z.string(), totalBytes: z.number() }),
  },
  /** Desktop only: the save dialog copies a finished backup where the user wants it. */
  'backup:saveAs': {
    args: z.object({ name: backupName }),
    result: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
} as const;
