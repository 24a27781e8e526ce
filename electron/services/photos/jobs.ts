import { randomUUID } from 'node:crypto';
import type { FileResultView, JobView } from '@shared/bridge/channels/photos';
import { BridgeFailure } from '@shared/bridge/result';
import type { PhotoPreset } from '@shared/photos/presets';
import type { BatchOptions, BatchResult } from './batch';
import type { StagedFile } from './staging';
import type { PhotoFileResult } from './types';

/** processBatch with the app's pool and media library already bound; tests pass an in-process one. */
export type RunBatch = (
  files: readonly string[],
  presets: readonly PhotoPreset[],
  options: Pick<BatchOptions, 'onFile' | 'onProgress' | 'signal'>,
) => Promise<BatchResult>;

interface Job {
  id: string;
  state: JobView['state'];
  error?: string;
  done: number;
  total: number;
  etaMs?: number;
  files: FileResultView[];
  controller: AbortController;
  finishedAt?: number;
}

/** Finished jobs are kept a while for a page that polls late (a reload, a slow tab), then dropped. */
const KEEP_FINISHED_MS = 30 * 60_000;
const KEEP_FINISHED_COUNT = 20;

/**
 * Long photo jobs: `start` answers at once with an id, the batch runs in the worker pool, and the page polls
 * `get` for progress and the results finished since its last poll. Cancelling skips the files not yet started.
 */
export class PhotoJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly runBatch: RunBatch) {}

  start(inputs: readonly StagedFile[], presets: readonly PhotoPreset[]): { jobId: string; total: number } {
    this.forgetOldJobs();
    // The same original picked twice is processed once: its outputs would be identical anyway.
    const byPath = new Map(inputs.map((input) => [input.path, input]));
    const job: Job = {
      id: `job_${randomUUID()}`,
      state: 'running',
      done: 0,
      total: byPath.size,
      files: [],
      controller: new AbortController(),
    };
    this.jobs.set(job.id, job);
    void this.runBatch([...byPath.keys()], presets, {
      signal: job.controller.signal,
      onFile: (result) => {
        const staged = byPath.get(result.input);
        if (staged) job.files.push(toView(staged, result));
      },
      onProgress: (done, total, etaMs) => {
        job.done = done;
        job.total = total;
        job.etaMs = etaMs;
      },
    }).then(
      (result) => this.finish(job, result.cancelled ? 'cancelled' : 'done'),
      (error: unknown) => this.finish(job, 'failed', error instanceof Error ? error.message : String(error)),
    );
    return { jobId: job.id, total: job.total };
  }

  get(jobId: string, fromIndex = 0): JobView {
    const job = this.find(jobId);
    return {
      jobId: job.id,
      state: job.state,
      ...(job.error ? { error: job.error } : {}),
      done: job.done,
      total: job.total,
      ...(job.etaMs !== undefined && job.state === 'running' ? { etaMs: job.etaMs } : {}),
      files: job.files.slice(fromIndex),
      nextIndex: job.files.length,
    };
  }

  cancel(jobId: string): boolean {
    const job = this.find(jobId);
    if (job.state !== 'running') return false;
    job.controller.abort();
    return true;
  }

  /** Waits until a job has finished (tests, shutdown). */
  async settled(jobId: string, pollMs = 20): Promise<JobView> {
    while (this.find(jobId).state === 'running') await new Promise((r) => setTimeout(r, pollMs));
    return this.get(jobId);
  }

  private find(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job)
      throw new BridgeFailure(
        'not-found',
        `No photo job ${jobId}: it finished long ago or the app was restarted.`,
      );
    return job;
  }

  private finish(job: Job, state: JobView['state'], error?: string): void {
    job.state = state;
    if (error) job.error = error;
    job.finishedAt = Date.now();
  }

  private forgetOldJobs(now = Date.now()): void {
    const finished = [...this.jobs.values()].filter((j) => j.finishedAt !== undefined);
    finished.forEach((job, i) => {
      const tooMany = finished.length - i > KEEP_FINISHED_COUNT;
      if (tooMany || now - (job.finishedAt ?? now) > KEEP_FINISHED_MS) this.jobs.delete(job.id);
    });
  }
}

/** What the page sees of a result: no paths, the staged id and the name the user knows the file by. */
function toView(staged: StagedFile, result: PhotoFileResult): FileResultView {
  return {
    stagedId: staged.id,
    name: staged.name,
    status: result.status,
    issues: result.issues,
    outputs: result.outputs.map(({ path: _path, ...output }) => output),
    ...(result.source ? { source: result.source } : {}),
    ms: result.ms,
  };
}
