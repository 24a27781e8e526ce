/// <reference lib="dom" />
/**
 * `npm run bench:backup` (issue #15): backup and restore of a big store in the real app — the browser host and
 * Debian's Chromium, real IndexedDB, the app's own code paths driven through its UI.
 *   1. A store is created on the Welcome screen and filled by the bench's page helper (renderer/bench/backupBench.ts,
 *      built apart from the app and injected) with BENCH_BACKUP_ORDERS orders (default 200k, with their lines
 *      and dashboard rollups), BENCH_BACKUP_CONVERSATIONS conversations (50k) and BENCH_BACKUP_MESSAGES messages (250k).
 *   2. Settings → "Back up now": backupSeconds runs from the click until the backup is written and verified
 *      (runBackup done: the progress line gives way to the buttons again); backupDeliveredSeconds until the
 *      browser's download of it is handed over too ("Backup saved").
 *   3. dexie-export-import's exportDB over the same database in the same page: exportDbSeconds.
 *      backupRatio = exportDbSeconds / backupSeconds (the backup's throughput relative to exportDB's).
 *   4. A new browser context (an empty profile) on the same host: the Welcome screen's "Restore the latest backup",
 *      then Restore in the confirm dialog: restoreSeconds runs from that click until the app shows the dashboard again
 *      after the restore (restore screen, row writes and both reloads included).
 * peakHeapMb: the page's JS heap (CDP Runtime.getHeapUsage every 100 ms, after a GC) during backup and restore.
 * longestTaskMs: the page's longest task (PerformanceObserver 'longtask', in every document the restore loads) during
 * backup and restore. identical: every table's row count and content hash (computed by the page helper, apart from
 * the backup's manifest), and the dashboard's "Last 12 months" figures, equal before the backup and after the restore.
 * `--cpu-throttle <rate>` slows the page (and its workers) for steps 2–4. BENCH_STORAGE=disk keeps IndexedDB on disk
 * (persistent profiles) instead of Playwright's in-memory default. Prints the figures, then one JSON line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH, startHost, stopHost } from '../e2e/host';
import { cpuThrottleFromArgs, round1 } from './harness';
import { traceSpan } from './longTaskTrace';

const ROOT = join(import.meta.dirname, '..');
const HELPER = join(ROOT, 'out/bench/backupBench.js');
const count = (name: string, fallback: number) =>
  Math.max(0, Math.floor(Number(process.env[name] ?? fallback)));
const ORDERS = count('BENCH_BACKUP_ORDERS', 200_000);
const CONVERSATIONS = count('BENCH_BACKUP_CONVERSATIONS', 50_000);
const MESSAGES = count('BENCH_BACKUP_MESSAGES', 250_000);
const STORAGE = process.env.BENCH_STORAGE === 'disk' ? 'disk' : 'memory';
const CPU_THROTTLE = cpuThrottleFromArgs();
/** A wait that grows with the store: 5 ms a row, never under 2 minutes. */
const LONG = Math.max(120_000, (ORDERS * 2.5 + CONVERSATIONS + MESSAGES) * 5);
const CONTEXT_OPTIONS = { viewport: { width: 1440, height: 900 }, locale: 'en-US', bypassCSP: true };

type Hashes = Record<string, { rows: number; sha256: string }>;
interface BenchWindow {
  __backupBench: {
    seed(o: { orders: number; conversations: number; messages: number }): Promise<Record<string, number>>;
    hashes(): Promise<Hashes>;
    exportDb(): Promise<{ seconds: number; bytes: number }>;
  };
}

/**
 * What the bench watches on one page: its long tasks (reported from every document it loads, so a restore's reloads
 * lose none), its heap over CDP, and the CPU throttle, applied again after each load.
 */
class Probe {
  readonly tasks: { at: number; duration: number }[] = [];
  /** When the main frame navigated and when each document finished loading (Date.now()). */
  readonly navigations: number[] = [];
  readonly loads: number[] = [];
  private rate = 1;
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<Probe> {
    const probe = new Probe(page, await page.context().newCDPSession(page));
    await page.exposeBinding('__benchLongTask', (_source, at: number, duration: number) => {
      probe.tasks.push({ at, duration });
    });
    // tsx (esbuild keepNames) wraps named functions in __name(): give the page one.
    await page.addInitScript('window.__name = (fn) => fn;');
    await page.addInitScript(() => {
      const report = (window as unknown as { __benchLongTask(at: number, duration: number): void })
        .__benchLongTask;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          void report(performance.timeOrigin + entry.startTime, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    page.on('load', () => {
      probe.loads.push(Date.now());
      void probe.applyThrottle();
    });
    page.on('framenavigated', (frame) => frame === page.mainFrame() && probe.navigations.push(Date.now()));
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    if (process.env.BENCH_DEBUG) {
      page.on('console', (message) => console.error(`console ${message.type()}: ${message.text()}`));
      page.on('framenavigated', (frame) => frame === page.mainFrame() && console.error(`→ ${frame.url()}`));
    }
    return probe;
  }

  async throttle(rate: number): Promise<void> {
    this.rate = rate;
    await this.applyThrottle();
  }

  private async applyThrottle(): Promise<void> {
    await this.cdp.send('Emulation.setCPUThrottlingRate', { rate: this.rate }).catch(() => undefined);
  }

  async collectGarbage(): Promise<void> {
    await this.cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  }

  /** Samples the heap until the returned function is called; it answers the peak in MB. */
  sampleHeap(everyMs = 100): () => Promise<number> {
    let peak = 0;
    let running = true;
    const loop = (async () => {
      while (running) {
        const usage = await this.cdp.send('Runtime.getHeapUsage').catch(() => undefined);
        if (usage) peak = Math.max(peak, usage.usedSize);
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
    })();
    return async () => {
      running = false;
      await loop;
      return peak / 1024 / 1024;
    };
  }

  longestTaskBetween(from: number, to: number): number {
    return Math.max(0, ...this.tasks.filter((t) => t.at >= from && t.at <= to).map((t) => t.duration));
  }
}

async function openContext(browser: Browser | undefined, profile: string): Promise<BrowserContext> {
  if (STORAGE === 'disk')
    return chromium.launchPersistentContext(profile, { ...CHROMIUM_LAUNCH, ...CONTEXT_OPTIONS });
  return browser!.newContext(CONTEXT_OPTIONS);
}

async function goTo(page: Page, link: RegExp, heading: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link }).click();
  await page.getByRole('heading', { name: heading, level: 2 }).waitFor({ timeout: LONG });
}

/** The dashboard over "Last 12 months" as a user reads it: the text of its main area once it stops changing. */
async function dashboardFigures(page: Page): Promise<string> {
  await goTo(page, /Dashboard/, 'Dashboard');
  await page.getByText('Last 12 months', { exact: true }).click();
  await page.waitForFunction(
    () => /\d/.test(document.querySelector('[data-testid="kpi-gmv-value"]')?.textContent ?? ''),
    null,
    { timeout: LONG },
  );
  let text = '';
  for (let same = 0; same < 2;) {
    await page.waitForTimeout(700);
    const now = await page.getByRole('main').innerText();
    same = now === text ? same + 1 : 0;
    text = now;
  }
  return text;
}

async function injectHelper(page: Page): Promise<void> {
  await page.addScriptTag({ path: HELPER });
}

const hashesOf = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).__backupBench.hashes());

/** Settings → "Back up now", timed in the page: until the buttons are back (written) and until "Backup saved". */
async function backUpNow(page: Page): Promise<{ written: number; delivered: number }> {
  const button = page.getByRole('button', { name: 'Back up now' });
  await button.waitFor();
  const handle = await button.elementHandle();
  return page.evaluate(
    (el) =>
      new Promise<{ written: number; delivered: number }>((resolve, reject) => {
        const started = performance.now();
        let written: number | undefined;
        let wentAway = false;
        const check = () => {
          const buttons = [...document.querySelectorAll('button')];
          const present = buttons.some((b) => b.textContent?.trim() === 'Back up now');
          if (!present) wentAway = true;
          else if (wentAway && written === undefined) written = performance.now() - started;
          const failed = [...document.querySelectorAll('[role="alert"]')].find((a) =>
            a.textContent?.includes('The backup failed'),
          );
          if (failed) {
            observer.disconnect();
            reject(new Error(failed.textContent ?? 'The backup failed'));
          }
          if (document.querySelector('[data-testid="backup-done"]')) {
            observer.disconnect();
            const delivered = performance.now() - started;
            resolve({ written: written ?? delivered, delivered });
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        (el as HTMLElement).click();
        check();
      }),
    handle,
  );
}

function differences(before: Hashes, after: Hashes): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.filter(
    (name) => before[name]?.rows !== after[name]?.rows || before[name]?.sha256 !== after[name]?.sha256,
  );
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'out/renderer/index.html')))
    throw new Error('Build the app first: npm run build');
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/page.vite.config.ts'],
    // Its output goes to stderr: stdout carries only the result line.
    { cwd: ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, BENCH_PAGE: 'backupBench' } },
  );
  const work = await mkdtemp(join(tmpdir(), 'sw-bench-backup-'));
  const dataDir = join(work, 'data');
  const host = await startHost(dataDir);
  const browser = STORAGE === 'memory' ? await chromium.launch(CHROMIUM_LAUNCH) : undefined;
  const contexts: BrowserContext[] = [];
  try {
    // ── The store, seeded ────────────────────────────────────────────────────────────────────────────────────
    const source = await openContext(browser, join(work, 'profile-source'));
    contexts.push(source);
    const page = await source.newPage();
    const probe = await Probe.attach(page);
    await page.goto(host.url);
    await page.getByLabel('Store name').first().fill('Bench store');
    await page.getByRole('button', { name: 'Create store' }).first().click();
    await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
    await goTo(page, /Settings/, 'Settings');
    // No daily backup may start in the middle of the measurements (the first check runs 5 minutes after start).
    const daily = page.getByLabel('Back up once a day while the app runs');
    // The switch shows the stored setting: it turns off once the write is back through the live query.
    await daily.click({ force: true });
    for (let waited = 0; await daily.isChecked(); waited += 100) {
      if (waited > 30_000) throw new Error('the daily backup switch did not turn off');
      await page.waitForTimeout(100);
    }
    await injectHelper(page);
    const seedStarted = Date.now();
    const seeded = await page.evaluate((o) => (window as unknown as BenchWindow).__backupBench.seed(o), {
      orders: ORDERS,
      conversations: CONVERSATIONS,
      messages: MESSAGES,
    });
    const rows = Object.values(seeded).reduce((a, b) => a + b, 0);
    console.error(
      `seeded ${JSON.stringify(seeded)} (${rows} rows) in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`,
    );
    // A fresh start of the app on the seeded store, as the user would have it.
    await page.reload();
    const figuresBefore = await dashboardFigures(page);
    await injectHelper(page);
    const before = await hashesOf(page);

    // ── Back up now ──────────────────────────────────────────────────────────────────────────────────────────
    await goTo(page, /Settings/, 'Settings');
    await page.waitForTimeout(1000);
    await probe.collectGarbage();
    await probe.throttle(CPU_THROTTLE);
    const backupHeap = probe.sampleHeap();
    const stopBackupTrace = await traceSpan(browser ?? null, page, 'backup');
    const backupFrom = Date.now();
    const backup = await backUpNow(page);
    const backupTo = Date.now();
    await stopBackupTrace();
    const backupPeakHeapMb = await backupHeap();
    const backupLongestTaskMs = probe.longestTaskBetween(backupFrom, backupTo);
    const files = (await readdir(join(dataDir, 'backups'))).filter((n) => n.endsWith('.swbackup'));
    if (files.length !== 1)
      throw new Error(`expected one backup in the data folder, found ${files.join(', ')}`);
    const backupBytes = (await stat(join(dataDir, 'backups', files[0]!))).size;
    console.error(
      `backup ${files[0]} (${(backupBytes / 1e6).toFixed(1)} MB): written in ${(backup.written / 1000).toFixed(2)} s, delivered in ${(backup.delivered / 1000).toFixed(2)} s`,
    );

    // ── exportDB, same page, same data ───────────────────────────────────────────────────────────────────────
    await probe.throttle(1);
    await page.waitForTimeout(1000);
    await probe.collectGarbage();
    await probe.throttle(CPU_THROTTLE);
    const exportHeap = probe.sampleHeap();
    const exportFrom = Date.now();
    const exported = await page.evaluate(() => (window as unknown as BenchWindow).__backupBench.exportDb());
    const exportTo = Date.now();
    const exportDbPeakHeapMb = await exportHeap();
    const exportDbLongestTaskMs = probe.longestTaskBetween(exportFrom, exportTo);
    await probe.throttle(1);
    console.error(
      `exportDB: ${exported.seconds.toFixed(2)} s (${(exported.bytes / 1e6).toFixed(1)} MB of JSON), peak heap ${exportDbPeakHeapMb.toFixed(0)} MB, longest task ${exportDbLongestTaskMs.toFixed(0)} ms`,
    );
    if (STORAGE === 'disk') {
      await source.close();
      contexts.splice(contexts.indexOf(source), 1);
    }

    // ── Restore into an empty profile ────────────────────────────────────────────────────────────────────────
    const target = await openContext(browser, join(work, 'profile-target'));
    contexts.push(target);
    const fresh = await target.newPage();
    const restoreProbe = await Probe.attach(fresh);
    await restoreProbe.throttle(CPU_THROTTLE);
    await fresh.goto(host.url);
    await fresh.getByTestId('restore-offer').waitFor({ timeout: LONG });
    await fresh.getByRole('button', { name: 'Restore the latest backup' }).click();
    const dialog = fresh.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.getByText(/Restore the backup from/).waitFor({ timeout: LONG });
    await restoreProbe.collectGarbage();
    const restoreHeap = restoreProbe.sampleHeap();
    const stopRestoreTrace = await traceSpan(browser ?? null, fresh, 'restore');
    const restoreFrom = Date.now();
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await fresh.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor({ timeout: LONG });
    await fresh.getByText(`Restored from ${files[0]!}.`).waitFor({ timeout: LONG });
    const restoreTo = Date.now();
    await stopRestoreTrace();
    const restorePeakHeapMb = await restoreHeap();
    const restoreLongestTaskMs = restoreProbe.longestTaskBetween(restoreFrom, restoreTo);
    // The restore screen alone: from its document's load (the app's bundle evaluated) to the reload into the app.
    const screenLoaded = restoreProbe.loads.find((at) => at > restoreFrom);
    const screenLeft = restoreProbe.navigations.find((at) => at > (screenLoaded ?? Infinity));
    const restoreScreenLongestTaskMs =
      screenLoaded && screenLeft ? restoreProbe.longestTaskBetween(screenLoaded, screenLeft) : undefined;
    await restoreProbe.throttle(1);
    const restoreSeconds = (restoreTo - restoreFrom) / 1000;
    console.error(`restore: ${restoreSeconds.toFixed(2)} s`);

    const figuresAfter = await dashboardFigures(fresh);
    await injectHelper(fresh);
    const after = await hashesOf(fresh);
    const differing = differences(before, after);
    const integrityProblem = await fresh.getByText('The data check found a problem').count();
    const sameFigures = figuresBefore === figuresAfter;
    if (differing.length > 0) console.error(`tables that differ after the restore: ${differing.join(', ')}`);
    if (!sameFigures)
      console.error(`dashboard before:\n${figuresBefore}\n---\ndashboard after:\n${figuresAfter}`);
    if (integrityProblem > 0) console.error('the integrity check reported a problem after the restore');

    const backupSeconds = backup.written / 1000;
    const result = {
      cpuThrottle: CPU_THROTTLE,
      storage: STORAGE,
      orders: seeded.orders ?? 0,
      conversations: seeded.conversations ?? 0,
      messages: seeded.messages ?? 0,
      rows,
      backupSeconds: Number(backupSeconds.toFixed(2)),
      backupDeliveredSeconds: Number((backup.delivered / 1000).toFixed(2)),
      exportDbSeconds: Number(exported.seconds.toFixed(2)),
      backupRatio: Number((exported.seconds / backupSeconds).toFixed(2)),
      restoreSeconds: Number(restoreSeconds.toFixed(2)),
      restoreToBackup: Number((restoreSeconds / backupSeconds).toFixed(2)),
      peakHeapMb: round1(Math.max(backupPeakHeapMb, restorePeakHeapMb)),
      backupPeakHeapMb: round1(backupPeakHeapMb),
      restorePeakHeapMb: round1(restorePeakHeapMb),
      exportDbPeakHeapMb: round1(exportDbPeakHeapMb),
      longestTaskMs: round1(Math.max(backupLongestTaskMs, restoreLongestTaskMs)),
      backupLongestTaskMs: round1(backupLongestTaskMs),
      restoreLongestTaskMs: round1(restoreLongestTaskMs),
      ...(restoreScreenLongestTaskMs === undefined
        ? {}
        : { restoreScreenLongestTaskMs: round1(restoreScreenLongestTaskMs) }),
      exportDbLongestTaskMs: round1(exportDbLongestTaskMs),
      backupBytes,
      exportDbBytes: exported.bytes,
      identical: differing.length === 0 && sameFigures && integrityProblem === 0,
      ...(differing.length > 0 ? { differingTables: differing } : {}),
    };
    console.error(
      `targets: backupRatio ≥ 1.0 (${result.backupRatio}) · restore ≤ 2× backup (${result.restoreToBackup}×) · heap ≤ 400 MB (${result.peakHeapMb}) · no task > 50 ms (${result.longestTaskMs}) · identical (${result.identical})`,
    );
    console.log(JSON.stringify(result));
  } catch (error) {
    // What the pages showed when it went wrong, kept outside the work folder (which goes away).
    for (const [i, context] of contexts.entries())
      for (const [j, open] of context.pages().entries()) {
        const shot = join(tmpdir(), `sw-bench-backup-failure-${i}-${j}.png`);
        await open.screenshot({ path: shot }).catch(() => undefined);
        if (process.env.BENCH_DEBUG)
          console.error(
            await open
              .evaluate(async () => {
                const dbs = await indexedDB.databases();
                return JSON.stringify({ dbs, ls: { ...localStorage }, ss: { ...sessionStorage } });
              })
              .catch((e: unknown) => String(e)),
          );
        console.error(`screenshot of the page: ${shot}`);
      }
    throw error;
  } finally {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stopHost(host.child);
    await rm(work, { recursive: true, force: true });
  }
}

await main();
