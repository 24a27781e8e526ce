/**
 * `npm run bench:market [-- --cpu-throttle 2]`: 1,000 competitors with two years of daily snapshots (730k rows) and
 * 200 weekly trend series of 104 weeks, written through the app's own data layer in the page; then the competitor
 * list's first paint (rows with sparklines), one competitor's history chart, and pasting + reading a listing page.
 * Seeding runs unthrottled; throttling starts before the measured steps. Scale with BENCH_COMPETITORS / BENCH_DAYS.
 * The seeder is the page helper renderer/bench/marketBench.ts, built apart from the app and injected (the shipped
 * bundle has no such hook). Ends with one JSON line.
 * Snapshot file import is not built yet, so snapshotImportRows/snapshotImportSeconds are reported as null.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startHost, stopHost } from '../e2e/host';
import {
  applyCpuThrottle,
  buildPageHelper,
  cpuThrottleFromArgs,
  launchBenchBrowser,
  longestTaskBetween,
  pageNow,
  recordLongTasks,
  round1,
} from './harness';

const COMPETITORS = Number(process.env.BENCH_COMPETITORS ?? 1000);
const DAYS = Number(process.env.BENCH_DAYS ?? 730);

/** Runs `act` in the page and resolves with the ms until `selector` is in the DOM. */
function timeUntil(page: Page, act: 'open-market' | 'open-first', selector: string): Promise<number> {
  return page.evaluate(
    ([action, sel]) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        if (action === 'open-market') location.hash = '#/market';
        else
          (document.querySelector('[aria-label="Watched competitors"] [role="row"] svg') as Element)
            .closest<HTMLElement>('[role="row"]')
            ?.click();
        const check = () =>
          document.querySelector(sel) ? resolve(performance.now() - t0) : requestAnimationFrame(check);
        check();
      }),
    [act, selector] as const,
  );
}

async function main() {
  const cpuThrottle = cpuThrottleFromArgs();
  const helper = buildPageHelper('marketBench');
  const dataDir = await mkdtemp(join(tmpdir(), 'sw-bench-market-'));
  const host = await startHost(dataDir);
  const browser = await launchBenchBrowser();
  try {
    // The helper goes in as a script tag the app's CSP would refuse: the bench lifts CSP for itself.
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      bypassCSP: true,
    });
    await page.addInitScript('window.__name = (fn) => fn;');
    await page.addInitScript(recordLongTasks);
    await page.goto(host.url);
    await page.getByLabel('Store name').fill('Bench store');
    await page.getByRole('button', { name: 'Create store' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
    await page.addScriptTag({ path: helper });
    const seedStart = Date.now();
    const seeded = await page.evaluate(
      ([n, d]) =>
        (
          window as unknown as {
            __marketBench: {
              seed(
                n: number,
                d: number,
                s: number,
                w: number,
              ): Promise<{ competitors: number; snapshots: number; trendPoints: number }>;
            };
          }
        ).__marketBench.seed(n, d, 200, 104),
      [COMPETITORS, DAYS] as const,
    );
    console.log(
      `seeded ${seeded.competitors} competitors, ${seeded.snapshots} snapshots, ${seeded.trendPoints} trend points in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    // A fresh page load, as when the app is opened on a full database.
    await page.reload();
    await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
    await applyCpuThrottle(page, cpuThrottle);

    const from = await pageNow(page);
    const listFirstPaintMs = await timeUntil(
      page,
      'open-market',
      '[aria-label="Watched competitors"] [role="row"] svg',
    );
    const historyChartMs = await timeUntil(
      page,
      'open-first',
      '[role="dialog"] [aria-label="Price history"] .recharts-line path',
    );
    const to = await pageNow(page);
    const longestTaskMs = await longestTaskBetween(page, from, to);
    await page.keyboard.press('Escape');

    // Paste + read: the page's text is in the box; the clock runs from the click to the filled-in store name.
    await page.getByRole('button', { name: 'Add competitor' }).click();
    const pasted = await readFile(join('shared', 'market', '__fixtures__', 'en.txt'), 'utf8');
    await page.getByLabel('Pasted page').fill(pasted);
    const pasteParseMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const button = [...document.querySelectorAll('button')].find(
            (b) => b.textContent === 'Read the page',
          ) as HTMLElement;
          const t0 = performance.now();
          button.click();
          const check = () => {
            const input = [...document.querySelectorAll('input')].find(
              (i) => i.value === 'Lumina Tech Official Store',
            );
            if (input) resolve(performance.now() - t0);
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    const { loadavg } = await import('node:os');
    console.log(
      `list first paint ${round1(listFirstPaintMs)} ms (≤ 300) · history chart ${round1(historyChartMs)} ms (≤ 100) · paste+parse ${round1(pasteParseMs)} ms (≤ 50) · longest task ${round1(longestTaskMs)} ms · load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(
      JSON.stringify({
        cpuThrottle,
        competitors: seeded.competitors,
        snapshots: seeded.snapshots,
        listFirstPaintMs: round1(listFirstPaintMs),
        historyChartMs: round1(historyChartMs),
        pasteParseMs: round1(pasteParseMs),
        snapshotImportRows: null,
        snapshotImportSeconds: null,
        longestTaskMs: round1(longestTaskMs),
        trendPoints: seeded.trendPoints,
      }),
    );
  } finally {
    await browser.close();
    await stopHost(host.child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
