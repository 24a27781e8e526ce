import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { PhotoFileResult, PhotoTask } from './types';

export interface PhotoPoolOptions {
  /** Files in flight at once; default 2–4 from the core count (sharp itself uses one thread per image here). */
  threads?: number;
  /** Worker module; default the TypeScript worker next to this file (a bundled build passes its .js). */
  workerFile?: string;
}

export interface PhotoPool {
  readonly threads: number;
  run(task: PhotoTask): Promise<PhotoFileResult>;
  /** Worker threads' own resource use, for the benchmark's memory figures. */
  workers(): readonly Worker[];
  close(): Promise<void>;
}

export function defaultThreadCount(): number {
  return Math.min(4, Math.max(2, availableParallelism()));
}

/**
 * From source (tsx, vitest) the worker is worker.ts beside this file; in the built desktop app
 * electron.vite.config.ts emits it as photoWorker.js beside the bundled main process.
 */
export function defaultWorkerFile(moduleUrl: string): string {
  return fileURLToPath(new URL(moduleUrl.endsWith('.ts') ? './worker.ts' : './photoWorker.js', moduleUrl));
}

/**
 * Worker threads running the pipeline, niced by +10 so a batch never makes the UI or the import stutter (Piscina
 * nices each worker thread; libuv's shared thread pool, where libvips does part of its work, keeps its priority).
 */
export function createPhotoPool(options: PhotoPoolOptions = {}): PhotoPool {
  const threads = options.threads ?? defaultThreadCount();
  const filename = options.workerFile ?? defaultWorkerFile(import.meta.url);
  const piscina = new Piscina<PhotoTask, PhotoFileResult>({
    filename,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
    idleTimeout: 30_000,
    niceIncrement: 10,
    execArgv: workerExecArgv(filename),
  });
  return {
    threads,
    run: (task) => piscina.run(task),
    workers: () => piscina.threads,
    close: () => piscina.destroy(),
  };
}

/**
 * A .ts worker needs a TypeScript loader. Under `tsx` the parent's execArgv already has it (and workers inherit
 * it); under vitest or plain node it does not, so tsx is added explicitly. Built .js workers get the parent's as is.
 */
export function workerExecArgv(filename: string, parent: readonly string[] = process.execArgv): string[] {
  if (!/\.[cm]?ts$/.test(filename)) return [...parent];
  const hasTsx = parent.some((arg) => /tsx/.test(arg));
  return hasTsx ? [...parent] : [...parent, '--import', 'tsx'];
}
