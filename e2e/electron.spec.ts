import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..');

/**
 * The Electron binary, when one is installed. Read from the package's path.txt rather than by requiring
 * `electron`: since Electron 42 that require starts a download of the runtime when it is missing.
 */
function electronBinary(): { path?: string; reason?: string } {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile))
    return {
      reason: `no Electron runtime downloaded (${pathFile} is missing; it is fetched at first start)`,
    };
  const path = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? { path } : { reason: `the Electron runtime ${path} does not exist` };
}

const binary = electronBinary();
// The list reporter does not print skip reasons: say it once, plainly.
if (!binary.path) process.stdout.write(`Electron smoke test SKIPPED: ${binary.reason ?? ''}\n`);

test.describe('desktop window (Electron)', () => {
  test.skip(
    !binary.path,
    `SKIPPED: ${binary.reason ?? ''}; runs where Electron can start (Windows/macOS dev machines)`,
  );

  let userData = '';
  const launch = (): Promise<ElectronApplication> =>
    electron.launch({
      executablePath: binary.path,
      args: [join(ROOT, 'out/main/index.js'), `--user-data-dir=${userData}`],
      cwd: ROOT,
    });

  test.beforeAll(async () => {
    userData = await mkdtemp(join(tmpdir(), 'sw-electron-'));
    expect(existsSync(join(ROOT, 'out/main/index.js')), 'run npm run build first').toBe(true);
  });
  test.afterAll(async () => {
    await rm(userData, { recursive: true, force: true });
  });

  test('opens on app://, answers app:info, sends its CSP, refuses other origins, and keeps data across a restart', async () => {
    let app = await launch();
    let page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^app:\/\//);

    const info = await page.evaluate(() =>
      (
        window as unknown as { sellerBridge: { invoke(c: string, a: object): Promise<unknown> } }
      ).sellerBridge.invoke('app:info', {}),
    );
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron' } });

    const csp = await page.evaluate(async () =>
      (await fetch(location.href)).headers.get('content-security-policy'),
    );
    expect(csp).toMatch(/default-src/);
    expect(csp).not.toMatch(/unsafe-eval/);

    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await expect.poll(() => page.url()).toMatch(/^app:\/\//);

    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('smoke', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('kv');
          request.onsuccess = () => {
            const tx = request.result.transaction('kv', 'readwrite');
            tx.objectStore('kv').put('kept', 'answer');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await app.close();

    app = await launch();
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const kept = await page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const request = indexedDB.open('smoke', 1);
          request.onsuccess = () => {
            const get = request.result.transaction('kv').objectStore('kv').get('answer');
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(get.error);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    expect(kept).toBe('kept');
    await app.close();
  });
});
