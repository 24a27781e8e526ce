import { join } from 'node:path';
import { MEDIA_REF_PATTERN } from '@shared/bridge/channels/media';
import {
  MAX_UPLOAD_BYTES,
  type bridgePresetSchema,
  type photoChannels,
} from '@shared/bridge/channels/photos';
import { BridgeFailure } from '@shared/bridge/result';
import type { PhotoPreset } from '@shared/photos/presets';
import type { MediaLibrary } from '../media/mediaLibrary';
import type { DomainHandlers, ServiceDeps } from '../types';
import { processBatch } from './batch';
import { collectInputFiles } from './inputs';
import { PhotoJobs, type RunBatch } from './jobs';
import { createPhotoPool, type PhotoPool } from './pool';
import { StagingArea, type StagedFile } from './staging';
import type { z } from 'zod';

export interface PhotoServiceOptions {
  /** Replaces the pooled batch (tests run it in process). */
  runBatch?: RunBatch;
}

const MAX_PICKED_FILES = 5000;

/**
 * The photo studio's Node side: staging inputs and jobs in the worker pool, writing into the media library.
 * The pool is made on the first job and reused for the life of the process.
 */
export function photoHandlers<Ctx>(
  deps: ServiceDeps,
  library: MediaLibrary,
  options: PhotoServiceOptions = {},
): DomainHandlers<Ctx, keyof typeof photoChannels> {
  const { paths, shell } = deps;
  const staging = new StagingArea(join(paths.dataDir, 'incoming'));
  // Leftovers of the last run go at start, not only when the next upload comes.
  void staging.sweepAndCount().catch(() => 0);
  let pool: PhotoPool | undefined;
  const runBatch: RunBatch =
    options.runBatch ??
    ((files, presets, o) =>
      processBatch(files, presets, paths.mediaDir, { ...o, pool: (pool ??= createPhotoPool()) }));
  const jobs = new PhotoJobs(runBatch);
  const view = (f: StagedFile) => ({ id: f.id, name: f.name, bytes: f.bytes });

  return {
    'photos:stage': async ({ files }) => {
      const staged = [];
      for (const file of files) {
        const data = Buffer.from(file.bytesBase64, 'base64');
        if (data.byteLength > MAX_UPLOAD_BYTES) {
          throw new BridgeFailure(
            'invalid-arguments',
            `${file.name} is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; a product photo never needs that much.`,
          );
        }
        staged.push(view(await staging.stageUpload(file.name, data)));
      }
      return { staged };
    },
    'photos:pickFiles': async ({ folder }) => {
      if (!shell.pickImagePaths)
        throw new BridgeFailure(
          'not-available',
          'Picking files from disk exists only in the desktop app; drop or upload the photos instead',
        );
      const picked = await shell.pickImagePaths({ folder });
      const files = (await collectInputFiles(picked)).slice(0, MAX_PICKED_FILES);
      return { staged: (await Promise.all(files.map((path) => staging.stagePicked(path)))).map(view) };
    },
    'photos:discard': async ({ stagedIds }) => ({ discarded: await staging.discard(stagedIds) }),
    'photos:start': async ({ stagedIds, presets }) => {
      const inputs = await Promise.all(stagedIds.map((id) => staging.resolve(id)));
      const resolved = await Promise.all(presets.map((preset) => resolveLogo(preset, library)));
      return jobs.start(inputs, resolved);
    },
    'jobs:get': ({ jobId, fromIndex }) => jobs.get(jobId, fromIndex),
    'jobs:cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}

/** Turns a preset's `media:<sha>.<ext>` logo into the library path the pipeline reads; a missing logo is refused. */
async function resolveLogo(
  preset: z.output<typeof bridgePresetSchema>,
  library: MediaLibrary,
): Promise<PhotoPreset> {
  if (!preset.watermark) return preset;
  const match = MEDIA_REF_PATTERN.exec(preset.watermark.path);
  const [, sha256, ext] = match ?? [];
  if (!sha256 || !ext)
    throw new BridgeFailure('invalid-arguments', `Preset ${preset.id}: the logo must be a media reference`);
  // The pipeline reads the logo by path in a worker: hand it the checked real path, never a planted link.
  const path = await library.realPathFor(sha256, ext).catch((error: unknown) => {
    if (error instanceof BridgeFailure && error.code === 'not-found')
      throw new BridgeFailure(
        'not-found',
        `Preset ${preset.id}: its logo is no longer in the media library; choose the logo again.`,
      );
    throw error;
  });
  return { ...preset, watermark: { ...preset.watermark, path } };
}
