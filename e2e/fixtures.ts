import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export interface Host {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the host and starts it again on the same port (same origin, same IndexedDB), with a new token. */
  restart(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..');

function startHost(dataDir: string, port: number): Promise<{ child: ChildProcess; url: string; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron/browser-host/main.ts'), '--port', String(port), '--data-dir', dataDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:(\d+)\/\?token=[\w-]+/);
      if (match) resolve({ child, url: match[0], port: Number(match[1]) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => reject(new Error(`browser host exited with ${code}: ${output}`)));
  });
}

const stopHost = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

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
