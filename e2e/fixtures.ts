import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';
import { copyDemoStore, openDemoContext, removeDemoCopy, type DemoCopy } from './demoStore';
import { startHost, stopHost } from './host';

export interface Host {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the host and starts it again on the same port (same origin, same IndexedDB), with a new token. */
  restart(): Promise<void>;
}

function contextOptions(
  viewport: BrowserContextOptions['viewport'],
  locale: string | undefined,
  timezoneId: string | undefined,
): BrowserContextOptions {
  const options: BrowserContextOptions = { viewport: viewport ?? null, acceptDownloads: true };
  if (locale) options.locale = locale;
  if (timezoneId) options.timezoneId = timezoneId;
  return options;
}

/** Console errors and uncaught exceptions fail the test that caused them. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export const test = base.extend<{
  /** `test.use({ demoStore: true })`: the test starts with the demo store, generated once per run. */
  demoStore: boolean;
  demoCopy: DemoCopy | undefined;
  host: Host;
  consoleErrors: string[];
}>({
  demoStore: [false, { option: true }],
  // Its own timeout: the first test to ask generates the store (minutes on a busy 2-core machine), and a
  // fixture shares the test's timeout before the test body can raise it.
  demoCopy: [
    async ({ demoStore, viewport, locale, timezoneId }, use) => {
      if (!demoStore) return use(undefined);
      const copy = await copyDemoStore(contextOptions(viewport, locale, timezoneId));
      await use(copy);
      await removeDemoCopy(copy);
    },
    { timeout: 1_200_000 },
  ],
  host: async ({ demoCopy }, use) => {
    const dataDir = demoCopy?.dataDir ?? (await mkdtemp(join(tmpdir(), 'sw-e2e-')));
    let running = await startHost(dataDir, demoCopy?.port ?? 0);
    const host: Host = {
      url: running.url,
      port: running.port,
      dataDir,
      restart: async () => {
        await stopHost(running.child);
        running = await startHost(dataDir, host.port);
        host.url = running.url;
      },
    };
    await use(host);
    await stopHost(running.child);
    if (!demoCopy) await rm(dataDir, { recursive: true, force: true });
  },
  // With the demo store, the browser opens the copied profile (its IndexedDB holds the store).
  context: async ({ demoCopy, context, viewport, locale, timezoneId }, use) => {
    if (!demoCopy) return use(context);
    const demoContext = await openDemoContext(demoCopy, contextOptions(viewport, locale, timezoneId));
    // Playwright traces this context like its own (the config's `trace` setting).
    await use(demoContext);
    await demoContext.close();
  },
  consoleErrors: async ({ page }, use) => {
    const errors = watchConsole(page);
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };
