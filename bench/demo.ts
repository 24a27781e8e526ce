/**
 * `npm run bench:demo`: generates the demo store in the real app (browser host + Chromium, real IndexedDB)
 * and reports how long it took and the page's longest main-thread task meanwhile, against a baseline
 * measured in the same run: the same generator in Node writing nowhere (pure generation cost).
 * Ends with one JSON line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { generateDemo } from '@shared/demo';
import { dayKeyOf } from '@shared/util/days';
import { CHROMIUM_LAUNCH, startHost, stopHost } from '../e2e/host';

function nodeGenerationSeconds(): { seconds: number; rows: number } {
  const started = performance.now();
  let rows = 0;
  for (const chunk of generateDemo({ seed: 20261111, endDay: dayKeyOf(Date.now()) }))
    rows += chunk.rows.length;
  return { seconds: (performance.now() - started) / 1000, rows };
}

async function appGeneration(): Promise<{ seconds: number; longestTaskMs: number; longTasks: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sw-bench-demo-'));
  const host = await startHost(dataDir);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    // Long tasks with their start, and the moment the progress bar goes: what follows is the dashboard
    // opening, which bench:analytics measures, not generation.
    await page.addInitScript(() => {
      const w = window as unknown as {
        __longTasks: { start: number; duration: number }[];
        __progressGoneAt?: number;
      };
      w.__longTasks = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => w.__longTasks.push({ start: e.startTime, duration: e.duration })),
      ).observe({ type: 'longtask' });
      let seen = false;
      new MutationObserver(() => {
        const present = document.querySelector('[data-testid="demo-progress"]') !== null;
        if (present) seen = true;
        else if (seen && w.__progressGoneAt === undefined) w.__progressGoneAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(host.url);
    await page.getByTestId('start-demo').waitFor();
    await page.evaluate(() => (window as unknown as { __longTasks: unknown[] }).__longTasks.splice(0));
    const started = performance.now();
    await page.getByTestId('start-demo').click();
    await page.getByTestId('demo-progress').waitFor({ state: 'detached', timeout: 300_000 });
    const seconds = (performance.now() - started) / 1000;
    const tasks = await page.evaluate(() => {
      const w = window as unknown as {
        __longTasks: { start: number; duration: number }[];
        __progressGoneAt?: number;
      };
      return w.__longTasks.filter((t) => t.start < (w.__progressGoneAt ?? Infinity)).map((t) => t.duration);
    });
    return { seconds, longestTaskMs: Math.round(Math.max(0, ...tasks)), longTasks: tasks.length };
  } finally {
    await browser.close();
    await stopHost(host.child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const baseline = nodeGenerationSeconds();
  const app = await appGeneration();
  console.log(`demo rows: ${baseline.rows}`);
  console.log(`generation alone (Node): ${baseline.seconds.toFixed(2)} s`);
  console.log(
    `in the app (worker + IndexedDB): ${app.seconds.toFixed(1)} s, longest page task ${app.longestTaskMs} ms (${app.longTasks} tasks over 50 ms)`,
  );
  console.log(
    JSON.stringify({
      rows: baseline.rows,
      appSeconds: Number(app.seconds.toFixed(2)),
      generationOnlySeconds: Number(baseline.seconds.toFixed(2)),
      ratioToGenerationOnly: Number((app.seconds / baseline.seconds).toFixed(1)),
      longestTaskMs: app.longestTaskMs,
      longTasksOver50ms: app.longTasks,
    }),
  );
}

void main();
