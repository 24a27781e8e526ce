import { z } from 'zod';
import { PHOTO_ERROR_CODES, PHOTO_WARNING_CODES } from '@shared/photos/issues';
import { IMAGE_FORMATS, photoPresetSchema, watermarkSchema } from '@shared/photos/presets';
import { mediaRefSchema, sha256Schema } from './media';

/** Staged inputs are named by id only: a path from the renderer is never trusted. */
export const stagedIdSchema = z.string().regex(/^stg_[0-9a-f-]{36}$/, 'a staged file id');
export const jobIdSchema = z.string().regex(/^job_[0-9a-f-]{36}$/, 'a job id');

/** A preset as the renderer sends it: its logo is a media reference, resolved to a library path on the Node side. */
export const bridgePresetSchema = photoPresetSchema.extend({
  watermark: watermarkSchema.extend({ path: mediaRefSchema }).optional(),
});

/** One upload of a photo, base64 so it survives JSON and IPC alike. Names are display data, never paths. */
const uploadedFile = z.object({ name: z.string().min(1).max(255), bytesBase64: z.string() });
/** Largest single photo accepted through the page (base64 grows it by a third; the host takes 64 MB per call). */
export const MAX_UPLOAD_BYTES = 40 * 1024 * 1024;

const stagedFile = z.object({ id: stagedIdSchema, name: z.string(), bytes: z.number().int() });

const issueView = z.object({
  code: z.enum([...PHOTO_ERROR_CODES, ...PHOTO_WARNING_CODES]),
  severity: z.enum(['error', 'warning']),
  preset: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const outputView = z.object({
  preset: z.string(),
  sha256: sha256Schema,
  uploadName: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  format: z.enum(IMAGE_FORMATS),
  quality: z.number().int(),
  phash: z.string(),
  colours: z.string(),
});

export const fileResultView = z.object({
  stagedId: stagedIdSchema,
  name: z.string(),
  status: z.enum(['ok', 'warning', 'error']),
  issues: z.array(issueView),
  outputs: z.array(outputView),
  source: z
    .object({
      format: z.string(),
      width: z.number(),
      height: z.number(),
      bytes: z.number(),
      frames: z.number(),
    })
    .optional(),
  ms: z.number(),
});
export type FileResultView = z.infer<typeof fileResultView>;

export const jobView = z.object({
  jobId: jobIdSchema,
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  /** Why a job failed as a whole (the pool could not start); per-file problems are issues on the files. */
  error: z.string().optional(),
  done: z.number().int(),
  total: z.number().int(),
  /** Estimated ms left; absent until the first file has finished. */
  etaMs: z.number().optional(),
  /** Results finished since `fromIndex`, in the order they finished. */
  files: z.array(fileResultView),
  /** Pass this as fromIndex next time to get only newer results. */
  nextIndex: z.number().int(),
});
export type JobView = z.infer<typeof jobView>;

/** The photo studio's channels: staging inputs and photo jobs (media previews and the export have their own). */
export const photoChannels = {
  'photos:stage': {
    args: z.object({ files: z.array(uploadedFile).min(1).max(100) }),
    result: z.object({ staged: z.array(stagedFile) }),
  },
  /** Desktop only: a native dialog picks files or a folder; originals are only read, never copied or changed. */
  'photos:pickFiles': {
    args: z.object({ folder: z.boolean().default(false) }),
    result: z.object({ staged: z.array(stagedFile) }),
  },
  'photos:discard': {
    args: z.object({ stagedIds: z.array(stagedIdSchema).max(5000) }),
    result: z.object({ discarded: z.number().int() }),
  },
  'photos:start': {
    args: z.object({
      stagedIds: z.array(stagedIdSchema).min(1).max(5000),
      presets: z.array(bridgePresetSchema).min(1).max(4),
    }),
    result: z.object({ jobId: jobIdSchema, total: z.number().int() }),
  },
  'jobs:get': {
    args: z.object({ jobId: jobIdSchema, fromIndex: z.number().int().min(0).default(0) }),
    result: jobView,
  },
  /** Files not yet started are skipped; files in flight finish (their results still arrive). */
  'jobs:cancel': {
    args: z.object({ jobId: jobIdSchema }),
    result: z.object({ cancelled: z.boolean() }),
  },
} as const;
