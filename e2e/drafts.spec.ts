import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { expect, test, watchConsole } from './fixtures';
import { CHROMIUM_LAUNCH } from './host';

/**
 * A Chromium of our own on a profile folder, driven over CDP, so the test can kill it like a crash or a power
 * cut does (SIGKILL: no unload, no flush) and start it again on the same profile.
 */
async function launchOnProfile(profile: string): Promise<{ browser: Browser; child: ChildProcess }> {
  const child = spawn(
    CHROMIUM_LAUNCH.executablePath!,
    [
      ...CHROMIUM_LAUNCH.args,
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/DevTools listening on (ws:\/\/\S+)/);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`chromium exited with ${code}: ${output}`)));
  });
  return { browser: await chromium.connectOverCDP(endpoint), child };
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

test('product editor: a browser killed 1 s after typing finds the new product restored', async ({ host }) => {
  test.setTimeout(600_000);
  const profile = await mkdtemp(join(tmpdir(), 'sw-profile-'));
  try {
    const first = await launchOnProfile(profile);
    const page = await first.browser.contexts()[0]!.newPage();
    const errors = watchConsole(page);
    await page.goto(host.url);
    await page.getByLabel('Store name').fill('Yiwu Phone Cases');
    await page.getByRole('button', { name: 'Create store' }).click();
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible({ timeout: 60_000 });
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /Products/ })
      .click();
    await page.getByTestId('new-product').click();
    await page.getByTestId('title-en').pressSequentially('Slim matte phone case');
    const sku = page.getByTestId('sku-row').first();
    await sku.getByLabel('SKU code').fill('CASE-15-BLK');
    // The scenario itself: the seller stops typing and one second later the browser dies (no unload, no blur).
    await page.waitForTimeout(1000);
    expect(errors).toEqual([]);
    await kill(first.child);

    const second = await launchOnProfile(profile);
    try {
      const again = await second.browser.contexts()[0]!.newPage();
      const errorsAgain = watchConsole(again);
      await again.goto(host.url);
      await again
        .getByRole('navigation')
        .getByRole('link', { name: /Products/ })
        .click();
      await again.getByTestId('new-product').click();
      await expect(again.getByTestId('draft-restored')).toBeVisible({ timeout: 30_000 });
      await expect(again.getByTestId('title-en')).toHaveValue('Slim matte phone case');
      await expect(again.getByTestId('sku-row').first().getByLabel('SKU code')).toHaveValue('CASE-15-BLK');

      // Saving makes it a product and clears the draft: a second "new product" starts empty.
      await again.getByTestId('save-product').click();
      await expect(again.getByTestId('draft-restored')).toBeHidden();
      await again.goto(host.url.replace(/\/\?.*$/, '/#/catalog/new'));
      await expect(again.getByTestId('title-en')).toHaveValue('', { timeout: 30_000 });
      await expect(again.getByTestId('draft-restored')).toBeHidden();
      expect(errorsAgain).toEqual([]);
    } finally {
      await kill(second.child);
    }
  } finally {
    // Chromium's helper processes may still be writing for a moment after the kill.
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
  }
});
