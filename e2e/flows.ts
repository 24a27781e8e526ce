import { expect, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';

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

/**
 * In a single-picture field (a competitor's picture, a Fan Zone banner): "From a saved file…", a made-up photo of
 * that size processed in the studio dialog the field opens, then "Use this picture". Answers the dialog's locator.
 */
export async function pictureFromSavedFile(
  page: Page,
  field: Locator,
  dialogName: string,
  photo: { name: string; width: number; height: number; colour: string },
): Promise<Locator> {
  await field.getByRole('button', { name: 'From a saved file…' }).click();
  const studio = page.getByRole('dialog', { name: dialogName });
  const buffer = await sharp({
    create: { width: photo.width, height: photo.height, channels: 3, background: photo.colour },
  })
    .jpeg()
    .toBuffer();
  await studio
    .getByTestId('photo-files-input')
    .setInputFiles({ name: photo.name, mimeType: 'image/jpeg', buffer });
  await studio.getByTestId('process-photos').click();
  await studio.getByRole('button', { name: 'Use this picture' }).click({ timeout: 60_000 });
  await expect(studio).toBeHidden();
  return studio;
}
