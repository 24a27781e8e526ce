/// <reference lib="dom" />
/**
 * What every page-side benchmark shares: the `--cpu-throttle <rate>` option (Chrome's CPU throttling over CDP,
 * because sellers' PCs are slower and busier than ours), Debian's Chromium with the project's flags, and a
 * long-task recorder that sees every task from the first paint on.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/host';

const ROOT = join(import.meta.dirname, '..');

/**
 * Builds one page-side helper (renderer/bench/<name>.ts, see bench/page.vite.config.ts) apart from the app and answers
 * the path of its script (out/bench/<name>.js), for `page.addScriptTag({ path })` on a page opened with
 * `bypassCSP: true` (the app's CSP refuses the tag, as it should). Vite's output goes to stderr: stdout carries only
 * the bench's figures and its JSON line.
 */
export function buildPageHelper(name: string): string {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/page.vite.config.ts'],
    { cwd: ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, BENCH_PAGE: name } },
  );
  return join(ROOT, 'out/bench', `${name}.js`);
}

/** `--cpu-throttle 2` or `--cpu-throttle=2` on the command line; 1 (no throttling) when absent. */
export function cpuThrottleFromArgs(argv: readonly string[] = process.argv.slice(2)): number {
  const index = argv.findIndex((arg) => arg === '--cpu-throttle' || arg.startsWith('--cpu-throttle='));
  if (index < 0) return 1;
  const arg = argv[index] ?? '';
  const raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
  const rate = Number(raw);
  if (!Number.isFinite(rate) || rate < 1)
    throw new Error(`--cpu-throttle expects a rate ≥ 1, got '${raw ?? ''}'`);
  return rate;
}

/** Slows the page's CPU by `rate` (1 = off). Workers of the page are throttled with it. */
export async function applyCpuThrottle(page: Page, rate: number): Promise<void> {
  if (rate === 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH);
}

/**
 * Add with `page.addInitScript(recordLongTasks)` before the first navigation: collects every long task into
 * `window.__longTasks` so `longestTaskBetween` can read the ones inside a measured span.
 */
export function recordLongTasks(): void {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The longest task (ms, page clock) that started within [from, to]; 0 when there was none. */
export function longestTaskBetween(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([start, end]) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((task) => task.start >= start && task.start <= end)
          .map((task) => task.duration),
      ),
    [from, to] as const,
  );
}

export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

export const round1 = (value: number): number => Math.round(value * 10) / 10;
