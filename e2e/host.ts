import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { findChromium } from './browser';

const ROOT = join(import.meta.dirname, '..');

export interface RunningHost {
  child: ChildProcess;
  /** The printed link, token included. */
  url: string;
  port: number;
}

/** Starts the browser host as a user would (`npm start` without Electron) and waits for its one line. */
export function startHost(dataDir: string, port = 0): Promise<RunningHost> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'electron/browser-host/main.ts'),
        '--port',
        String(port),
        '--data-dir',
        dataDir,
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:(\d+)\/\?token=[\w-]+/);
      if (match) resolve({ child, url: match[0], port: Number(match[1]) });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser host exited with ${code}: ${output}`)));
  });
}

export function stopHost(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * The Chromium `npm test` found (CHROMIUM_PATH, the system's, or Playwright's own — see scripts/ensure-browser.ts),
 * with the flags a closed network needs.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: findChromium()?.path,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
