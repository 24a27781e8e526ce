import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type BrowserContext, type BrowserContextOptions } from '@playwright/test';
import { CHROMIUM_LAUNCH, startHost, stopHost } from './host';

/**
 * The demo store is ~240k IndexedDB rows and takes minutes to generate, so a run generates it once, through the
 * first-run screen as a user does, and every spec that needs it starts from a copy of that browser profile and
 * host data folder. IndexedDB belongs to an origin, so every copy is served on the same port.
 */
export interface DemoCopy {
  port: number;
  profileDir: string;
  dataDir: string;
}

const CACHE_ENV = 'SW_E2E_DEMO_CACHE';
const PORT_ENV = 'SW_E2E_DEMO_PORT';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Global setup: a folder and a port for this run's demo store (workers inherit the environment). */
export async function reserveDemoCache(): Promise<() => Promise<void>> {
  // A developer re-running one spec can keep a demo store between runs: set both variables to a folder and a port.
  if (process.env[CACHE_ENV] && process.env[PORT_ENV]) return async () => undefined;
  const dir = await mkdtemp(join(tmpdir(), 'sw-e2e-demo-'));
  process.env[CACHE_ENV] = dir;
  process.env[PORT_ENV] = String(await freePort());
  return () => rm(dir, { recursive: true, force: true });
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Generates the demo store once per run (a worker restarted after a failure finds it on disk). */
async function generateTemplate(dir: string, port: number, options: BrowserContextOptions): Promise<void> {
  const profileDir = join(dir, 'profile');
  const dataDir = join(dir, 'data');
  await rm(profileDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
  const running = await startHost(dataDir, port);
  const context = await chromium.launchPersistentContext(profileDir, { ...CHROMIUM_LAUNCH, ...options });
  const errors: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(running.url);
    await expect(page.getByRole('heading', { name: 'Welcome to Seller Workstation' })).toBeVisible();
    await page.getByTestId('start-demo').click();
    await expect(page.getByTestId('demo-progress')).toBeVisible();
    // A busy 2-core machine needs minutes.
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible({
      timeout: 900_000,
    });
    await expect(page.getByTestId('kpi-gmv')).not.toContainText('—', { timeout: 60_000 });
  } finally {
    await context.close();
    await stopHost(running.child);
  }
  expect(errors, 'console errors while the demo store was generated').toEqual([]);
  await writeFile(join(dir, 'ready'), '');
}

let pending: Promise<void> | undefined;

/** A fresh copy of the run's demo store: its own profile and data folder, served on the demo port. */
export async function copyDemoStore(options: BrowserContextOptions): Promise<DemoCopy> {
  const dir = process.env[CACHE_ENV];
  const port = Number(process.env[PORT_ENV]);
  if (!dir || !port) throw new Error('e2e/global-setup.ts did not run: no demo cache folder');
  if (!(await exists(join(dir, 'ready')))) {
    pending ??= generateTemplate(dir, port, options).finally(() => (pending = undefined));
    await pending;
  }
  const copy = await mkdtemp(join(tmpdir(), 'sw-e2e-copy-'));
  const profileDir = join(copy, 'profile');
  const dataDir = join(copy, 'data');
  await cp(join(dir, 'profile'), profileDir, { recursive: true });
  await cp(join(dir, 'data'), dataDir, { recursive: true });
  return { port, profileDir, dataDir };
}

export async function openDemoContext(
  copy: DemoCopy,
  options: BrowserContextOptions,
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(copy.profileDir, { ...CHROMIUM_LAUNCH, ...options });
}

export const removeDemoCopy = (copy: DemoCopy) =>
  rm(join(copy.profileDir, '..'), { recursive: true, force: true, maxRetries: 5 });
