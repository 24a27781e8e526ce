/**
 * Why a long task was long: with BENCH_TRACE=<dir>, a bench records a Chrome trace over its measured spans and this
 * prints each main-thread task over 50 ms with its wall time, its CPU time (a task whose CPU time is far below its
 * wall time was waiting for a core — another process's load, not the app's work) and its biggest parts (script by
 * function and file, GC, layout, style, paint, parse). Used to find causes, never as a measurement.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { functionName?: string; url?: string; lineNumber?: number; type?: string };
  };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
];

export const TRACE_DIR = process.env.BENCH_TRACE;

/** Starts a trace when BENCH_TRACE is set; the returned function stops it and prints the long tasks. */
export async function traceSpan(
  browser: Browser | null,
  page: Page,
  name: string,
): Promise<() => Promise<void>> {
  if (!TRACE_DIR || !browser) return async () => undefined;
  const path = join(TRACE_DIR, `${name}.json`);
  await browser.startTracing(page, { path, categories: CATEGORIES });
  return async () => {
    await browser.stopTracing();
    console.error(`trace ${path}:\n${describeLongTasks(JSON.parse(await readFile(path, 'utf8')))}`);
  };
}

export function describeLongTasks(trace: { traceEvents: TraceEvent[] }, overMs = 50): string {
  const events = trace.traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > overMs * 1000);
  const lines: string[] = [];
  for (const task of tasks.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 12)) {
    const end = task.ts + (task.dur ?? 0);
    const parts = new Map<string, number>();
    for (const e of onMain) {
      if (e === task || e.pid !== task.pid || e.tid !== task.tid || e.ts < task.ts || e.ts >= end) continue;
      const label = labelOf(e);
      if (label) parts.set(label, Math.max(parts.get(label) ?? 0, (e.dur ?? 0) / 1000));
    }
    const top = [...parts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([label, ms]) => `${label} ${ms.toFixed(0)} ms`);
    lines.push(
      `  task ${((task.dur ?? 0) / 1000).toFixed(0)} ms wall, ${((task.tdur ?? 0) / 1000).toFixed(0)} ms CPU: ${top.join(' · ')}`,
    );
  }
  return lines.length > 0 ? lines.join('\n') : '  no task over 50 ms';
}

function labelOf(e: TraceEvent): string | undefined {
  const data = e.args?.data;
  if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') {
    if (!data?.url && !data?.functionName) return undefined;
    const file = (data.url ?? '').split('/').pop()?.split('?')[0] ?? '';
    return `${data.functionName || '(anonymous)'}@${file}:${data.lineNumber ?? '?'}`;
  }
  if (e.name === 'EventDispatch') return `event ${data?.type ?? ''}`;
  if (/GC|Scavenge|MarkCompact/i.test(e.name)) return `GC ${e.name}`;
  if (
    [
      'Layout',
      'UpdateLayoutTree',
      'Paint',
      'ParseHTML',
      'v8.compile',
      'TimerFire',
      'FireAnimationFrame',
    ].includes(e.name)
  )
    return e.name;
  return undefined;
}
