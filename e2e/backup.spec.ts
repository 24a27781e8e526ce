import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test, watchConsole } from './fixtures';

/** What the screens show, read the way a user reads them: the text of each screen's main area. */
const SCREENS = [
  { link: /Dashboard/, heading: 'Dashboard' },
  { link: /Orders/, heading: 'Orders' },
  { link: /Products/, heading: 'Products' },
  { link: /Hosting modes/, heading: 'Hosting modes' },
];

async function figures(page: Page): Promise<Record<string, string>> {
  const seen: Record<string, string> = {};
  for (const screen of SCREENS) {
    await page.getByRole('navigation').getByRole('link', { name: screen.link }).click();
    await expect(page.getByRole('heading', { name: screen.heading, level: 2 })).toBeVisible();
    if (screen.heading === 'Dashboard') await expect(page.getByTestId('kpi-gmv-value')).not.toHaveText('—');
    if (screen.heading === 'Orders' || screen.heading === 'Products')
      await expect(page.getByRole('main').getByRole('row').nth(3)).toBeVisible();
    // Let live queries settle: the same text twice in a row.
    let text = '';
    await expect(async () => {
      const now = await page.getByRole('main').innerText();
      const same = now === text;
      text = now;
      expect(same).toBe(true);
    }).toPass({ timeout: 30_000, intervals: [500, 1000] });
    seen[screen.heading] = text;
  }
  return seen;
}

async function backupFiles(dataDir: string): Promise<string[]> {
  return (await readdir(join(dataDir, 'backups'))).filter((n) => n.endsWith('.swbackup'));
}

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Settings/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Backups', exact: true })).toBeVisible();
}

test.describe('with the demo store', () => {
  test.use({ demoStore: true });

  test('demo store → back up → fresh profile → restore shows the same figures; a corrupted copy is refused', async ({
    page,
    host,
    browser,
    consoleErrors,
  }) => {
    // The demo store is ~30,000 orders: generous on a busy machine (the first spec to ask for it generates it).
    test.setTimeout(1_500_000);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible({ timeout: 60_000 });
    const before = await figures(page);

    await openSettings(page);
    await expect(page.getByTestId('browser-data-note')).toContainText(new URL(host.url).origin);
    // ~240k rows: a minute on a quiet 2-core machine, several on a busy one.
    const download = page.waitForEvent('download', { timeout: 600_000 });
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByTestId('backup-done')).toBeVisible({ timeout: 600_000 });
    expect((await download).suggestedFilename()).toMatch(/^all-stores-\d{4}-\d{2}-\d{2}-\d{6}\.swbackup$/);
    const [made] = await backupFiles(host.dataDir);
    expect(made).toBeDefined();
    await expect(page.getByTestId('backup-list')).toContainText(made!);

    // A fresh browser profile on the same host: no data, but the data folder holds the backup.
    const fresh = await browser.newContext();
    const second = await fresh.newPage();
    const secondErrors = watchConsole(second);
    await second.goto(host.url);
    await expect(second.getByTestId('restore-offer')).toBeVisible();
    await second.getByRole('button', { name: 'Restore the latest backup' }).click();
    const dialog = second.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(dialog.getByText(/Restore the backup from/)).toBeVisible({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Restore' }).click();
    // Writing ~240k rows back takes minutes on a busy 2-core machine.
    await expect(second.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible({
      timeout: 600_000,
    });
    await expect(second.getByText(`Restored from ${made}.`)).toBeVisible();
    const after = await figures(second);
    expect(after).toEqual(before);

    // A damaged copy, brought in from a file: refused with the reason, and nothing changes.
    const bytes = Buffer.from(await readFile(join(host.dataDir, 'backups', made!)));
    for (let at = Math.floor(bytes.length / 4); at < bytes.length / 4 + 64; at++)
      bytes.writeUInt8(bytes.readUInt8(at) ^ 0x5a, at);
    const damaged = join(host.dataDir, 'damaged-copy.swbackup');
    await writeFile(damaged, bytes);
    await openSettings(second);
    await second.locator('input[type=file]').setInputFiles(damaged);
    const refusal = second.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(refusal.getByTestId('restore-refused')).toContainText(
      /damaged|cannot be decompressed|does not match/,
      {
        timeout: 60_000,
      },
    );
    await expect(refusal.getByRole('button', { name: 'Restore' })).toHaveCount(0);
    await refusal.getByRole('button', { name: 'Cancel' }).click();
    expect(await figures(second)).toEqual(before);
    expect(secondErrors).toEqual([]);
    await fresh.close();
    expect(consoleErrors).toEqual([]);
  });
});

test('a backup from an older schema restores through the upgrade path, with the automatic backup before the upgrade', async ({
  page,
  host,
  consoleErrors,
}) => {
  test.setTimeout(400_000);
  await page.goto(host.url);
  await page.getByLabel('Store name').first().fill('义乌小店');
  await page.getByRole('button', { name: 'Create store' }).first().click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  await openSettings(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backup-done')).toBeVisible({ timeout: 60_000 });
  const [made] = await backupFiles(host.dataDir);

  // Simulate an app update: the same data in a backup made by the previous database version (v7), restored;
  // the next start finds the database one version behind the app and must back it up before upgrading.
  // An older app had fewer tables: keep the tables that hold rows (stores, settings… — all there since v1–v3).
  const files = unzipSync(await readFile(join(host.dataDir, 'backups', made!)));
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
    schemaVersion: number;
    tables: Record<string, { rows: number }>;
  };
  const tables = Object.fromEntries(Object.entries(manifest.tables).filter(([, t]) => t.rows > 0));
  for (const name of Object.keys(files))
    if (name.startsWith('tables/') && !(name.slice(7, -6) in tables)) delete files[name];
  files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, tables, schemaVersion: 8 }));
  await writeFile(join(host.dataDir, 'backups', 'older-schema.swbackup'), zipSync(files));
  await copyFile(
    join(host.dataDir, 'backups', 'older-schema.swbackup'),
    join(host.dataDir, 'older.swbackup'),
  );

  await page.reload();
  await openSettings(page);
  await page.getByRole('button', { name: 'Restore… older-schema.swbackup' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog.getByText(/This replaces ALL current data — 义乌小店/)).toBeVisible({
    timeout: 60_000,
  });
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('Restored from older-schema.swbackup.')).toBeVisible({ timeout: 120_000 });

  const names = await backupFiles(host.dataDir);
  expect(names.filter((n) => n.endsWith('-pre-restore.swbackup'))).toHaveLength(1);
  expect(names.filter((n) => n.endsWith('-pre-upgrade.swbackup'))).toHaveLength(1);
  await openSettings(page);
  await expect(page.getByTestId('backup-list')).toContainText('Before upgrade');
  await expect(page.getByTestId('backup-list')).toContainText('Before restore');
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Store' })).toHaveValue('义乌小店');
  expect(consoleErrors).toEqual([]);
});
