import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startHost, stopHost } from './host';

export interface Host {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the host and starts it again on the same port (same origin, same IndexedDB), with a new token. */
  restart(): Promise<void>;
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

export const test = base.extend<{ host: Host; consoleErrors: string[] }>({
  // Playwright fixtures take their dependencies as a destructured first argument; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sw-e2e-'));
    let running = await startHost(dataDir, 0);
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
    await rm(dataDir, { recursive: true, force: true });
  },
  consoleErrors: async ({ page }, use) => {
    const errors = watchConsole(page);
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };
