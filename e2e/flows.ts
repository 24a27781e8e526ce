import { expect, type Page } from '@playwright/test';

/** From the first-run screen: "Import your own data", a new store by that name, then the Import screen. */
export async function newStoreForImport(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('start-import').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Store name').fill(name);
  await dialog.getByRole('button', { name: 'Create store' }).click();
  await expect(page.getByRole('heading', { name: 'Import', level: 2 })).toBeVisible();
}

/** On the Import screen: a CSV of orders picked, the good rows imported, and the result line read. */
export async function importOrdersCsv(page: Page, csv: string, rows: number): Promise<void> {
  await page
    .getByTestId('import-file-input')
    .setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-confirm').click({ timeout: 120_000 });
  await expect(page.getByTestId('import-result')).toContainText(`Imported ${rows} rows`);
}
