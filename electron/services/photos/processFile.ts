import { performance } from 'node:perf_hooks';
import type { PhotoIssue } from '@shared/photos/issues';
import { sharpReason } from './decodeFailure';
import { inspectInput } from './inspect';
import { renderPreset } from './render';
import { openSink } from './sinks';
import type { PhotoFileResult, PhotoOutput, PhotoStatus, PhotoTask } from './types';

/**
 * One input file through every preset. Never throws: whatever goes wrong becomes an issue on this file's result,
 * so a batch always goes on (ARCHITECTURE.md §13). Presets run one after another: the pool already keeps 2–4 files
 * in flight, and one file at a time per worker keeps memory per worker flat.
 */
export async function processPhotoFile(task: PhotoTask): Promise<PhotoFileResult> {
  const started = performance.now();
  const done = (
    issues: PhotoIssue[],
    outputs: PhotoOutput[],
    source?: PhotoFileResult['source'],
  ): PhotoFileResult => ({
    input: task.inputPath,
    status: statusOf(issues),
    issues,
    outputs,
    ...(source ? { source } : {}),
    ms: Math.round(performance.now() - started),
  });
  try {
    const inspected = await inspectInput(task.inputPath, task.limits);
    if (!inspected.ok) return done([inspected.error], []);
    const issues = [...inspected.warnings];
    const outputs: PhotoOutput[] = [];
    const ctx = {
      inputPath: task.inputPath,
      data: inspected.data,
      source: inspected.source,
      limits: task.limits,
      sink: openSink(task.sink),
    };
    for (const preset of task.presets) {
      const rendered = await renderPreset(ctx, preset);
      issues.push(...rendered.issues);
      if (rendered.output) outputs.push(rendered.output);
    }
    return done(issues, outputs, inspected.source);
  } catch (error) {
    return done([{ code: 'internal', severity: 'error', params: { reason: sharpReason(error) } }], []);
  }
}

export function statusOf(issues: readonly PhotoIssue[]): PhotoStatus {
  if (issues.some((i) => i.severity === 'error')) return 'error';
  return issues.length > 0 ? 'warning' : 'ok';
}
