import { performance } from 'node:perf_hooks';
import type { PhotoPreset } from '@shared/photos/presets';
import { processPhotoFile } from './processFile';
import { createPhotoPool, type PhotoPool } from './pool';
import { DEFAULT_LIMITS, type PhotoFileResult, type PipelineLimits, type SinkSpec } from './types';

export interface BatchOptions {
  /** Called after every file: files done, total, estimated ms left (undefined until one file has finished). */
  onProgress?: (done: number, total: number, etaMs: number | undefined) => void;
  /** Called with each file's result as soon as it is ready (the UI can show thumbnails while the batch runs). */
  onFile?: (result: PhotoFileResult) => void;
  /** Cancels the files not yet started; files in flight finish (stopping libvips mid-file buys nothing). */
  signal?: AbortSignal;
  /** Where outputs go; default the content-addressed media library at outDir. */
  naming?: 'content' | 'upload-name';
  limits?: PipelineLimits;
  /** Reuse a pool across batches (the app keeps one); by default one is made for this batch and closed after. */
  pool?: PhotoPool;
  /** Run in this thread instead of a pool (tests, one-off tools). */
  inProcess?: boolean;
}

export interface BatchResult {
  /** In input order; files skipped by cancellation are absent. */
  files: PhotoFileResult[];
  summary: { ok: number; warning: number; error: number; seconds: number };
  cancelled: boolean;
}

/**
 * Renders every file with every preset. One bad file never stops the batch: its problems are in its result.
 * Originals are only read; outputs go to outDir (content-addressed, or upload-safe names that never overwrite).
 */
export async function processBatch(
  files: readonly string[],
  presets: PhotoPreset | readonly PhotoPreset[],
  outDir: string,
  options: BatchOptions = {},
): Promise<BatchResult> {
  const started = performance.now();
  const presetList = Array.isArray(presets) ? [...presets] : [presets as PhotoPreset];
  const sink: SinkSpec =
    options.naming === 'upload-name' ? { kind: 'folder', dir: outDir } : { kind: 'media', rootDir: outDir };
  const limits = options.limits ?? DEFAULT_LIMITS;
  const ownPool = !options.pool && !options.inProcess ? createPhotoPool() : undefined;
  const pool = options.pool ?? ownPool;
  const run = pool ? (t: Parameters<PhotoPool['run']>[0]) => pool.run(t) : processPhotoFile;
  const concurrency = pool ? pool.threads : 1;

  const results: (PhotoFileResult | undefined)[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length && !options.signal?.aborted) {
      const index = next++;
      const input = files[index] as string;
      const result = await run({ inputPath: input, presets: presetList, sink, limits }).catch(
        (error: unknown): PhotoFileResult => crashed(input, error),
      );
      results[index] = result;
      done++;
      options.onFile?.(result);
      options.onProgress?.(done, files.length, eta(started, done, files.length));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  } finally {
    await ownPool?.close();
  }
  const finished = results.filter((r): r is PhotoFileResult => r !== undefined);
  return {
    files: finished,
    summary: summarise(finished, (performance.now() - started) / 1000),
    cancelled: finished.length < files.length,
  };
}

function eta(started: number, done: number, total: number): number | undefined {
  if (done === 0) return undefined;
  const perFile = (performance.now() - started) / done;
  return Math.round(perFile * (total - done));
}

/** A worker that died (out of memory, native crash) is reported on its file like any other failure. */
function crashed(input: string, error: unknown): PhotoFileResult {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    input,
    status: 'error',
    issues: [{ code: 'internal', severity: 'error', params: { reason } }],
    outputs: [],
    ms: 0,
  };
}

function summarise(files: readonly PhotoFileResult[], seconds: number): BatchResult['summary'] {
  const count = (s: PhotoFileResult['status']) => files.filter((f) => f.status === s).length;
  return {
    ok: count('ok'),
    warning: count('warning'),
    error: count('error'),
    seconds: Math.round(seconds * 100) / 100,
  };
}
