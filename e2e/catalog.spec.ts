import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { expect, test } from './fixtures';

/** Supplier-like photos made on the fly: a landscape JPEG and a square PNG with a Chinese name. */
async function makePhotos(dir: string): Promise<string[]> {
  const jpeg = join(dir, 'red-case.jpg');
  const png = join(dir, '蓝色 手机壳.png');
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#c0392b' } })
    .composite([
      {
        input: Buffer.from(
          '<svg width="600" height="600"><circle cx="300" cy="300" r="280" fill="#222"/></svg>',
        ),
        top: 300,
        left: 500,
      },
    ])
    .jpeg({ quality: 90 })
    .toFile(jpeg);
  await sharp({
    create: { width: 1100, height: 1100, channels: 4, background: { r: 40, g: 90, b: 200, alpha: 1 } },
  })
    .composite([
      {
        input: Buffer.from(
          '<svg width="500" height="300"><rect width="500" height="300" fill="#fff"/></svg>',
        ),
        top: 100,
        left: 300,
      },
    ])
    .png()
    .toFile(png);
  // A supplier's 120-px thumbnail: refused for a main image rather than blown up eight times.
  const tiny = join(dir, 'thumb.jpg');
  await sharp({ create: { width: 120, height: 120, channels: 3, background: '#2f6fd6' } })
    .jpeg()
    .toFile(tiny);
  return [jpeg, png, tiny];
}

test('catalog: a new product gets processed photos, passes the listing check and exports as an upload package', async ({
  page,
  host,
  consoleErrors,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'sw-photos-'));
  try {
    const photos = await makePhotos(dir);
    await page.goto(host.url);
    await page.getByLabel('Store name').fill('Yiwu Phone Cases');
    await page.getByRole('button', { name: 'Create store' }).click();
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();

    // A product with an English title and one SKU with price and stock.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /Products/ })
      .click();
    await page.getByTestId('new-product').click();
    const check = page.getByTestId('listing-check');
    // Chinese left in the English title, a Chinese colour, no weight and no description are each named.
    await page.getByTestId('title-en').fill('Slim matte phone case 手机壳 for iPhone 15');
    const sku = page.getByTestId('sku-row').first();
    await sku.getByLabel('SKU code').fill('CASE-15-BLK');
    await sku.getByLabel('Colour').fill('黑色');
    await sku.getByLabel('Retail price').fill('12.50');
    await sku.getByLabel('Stock').fill('40');
    await expect(check).toContainText('The en title contains Chinese ("手机壳")');
    await expect(check).toContainText('option colour is "黑色"');
    await expect(check).toContainText('Enter the package weight');
    await expect(check).toContainText('Add a description in English');
    await page.getByTestId('title-en').fill('Slim matte phone case for iPhone 15, shockproof');
    await sku.getByLabel('Colour').fill('Black');
    await page.getByLabel('Internal name (Chinese)').fill('磨砂手机壳 黑');
    await page.getByLabel(/^Description \(English/).fill('<p>Slim matte TPU case.</p>');
    await page.getByLabel('Weight (g)').fill('0');
    await page.getByLabel('Length (cm)').fill('18');
    await page.getByLabel('Width (cm)').fill('10');
    await page.getByLabel('Height (cm)').fill('2');
    await expect(check).toContainText('Enter the package weight');
    await page.getByLabel('Weight (g)').fill('85');
    await expect(check).not.toContainText('Enter the package weight');
    await expect(check).not.toContainText('Ready to upload');

    // Process two supplier photos in the studio (opened from the editor) and use them as main images.
    await page.getByTestId('process-new-photos').click();
    const studio = page.getByRole('dialog');
    await studio.getByTestId('photo-files-input').setInputFiles(photos);
    await expect(studio.getByTestId('photo-result')).toHaveCount(3);
    await studio.getByTestId('process-photos').click();
    await expect(studio.getByTestId('photo-summary')).toContainText(
      'Done: 2 ready, 0 with warnings, 1 failed',
      {
        timeout: 60_000,
      },
    );
    await expect(studio.getByTestId('photo-result').first()).toHaveAttribute('data-status', 'ok');
    const thumb = studio.getByTestId('photo-result').filter({ hasText: 'thumb.jpg' });
    await expect(thumb).toHaveAttribute('data-status', 'error');
    await expect(thumb).toContainText('The photo is only 120×120');
    // The results show where their canvas ends: white padding on a white card is framed.
    await expect(studio.getByRole('img', { name: 'Result' })).toHaveCount(2);
    await expect(studio.locator('img[data-framed]')).toHaveCount(2);
    await studio.getByTestId('use-as-main-images').click();
    await expect(page.getByTestId('main-image')).toHaveCount(2);
    await expect(page.getByTestId('main-images')).toContainText('1000×1000');

    await expect(page.getByTestId('listing-check')).toContainText('Ready to upload');
    await page.getByTestId('save-product').click();
    await expect(page.getByText('Product saved')).toBeVisible();

    // Export the product from the catalog list: a zip with products.csv and both images.
    await page.getByRole('link', { name: 'Back to products' }).click();
    await page.getByRole('checkbox', { name: /Slim matte phone case/ }).check();
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-package').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^upload-package-\d{8}-\d{6}\.zip$/);
    const zipPath = join(dir, 'package.zip');
    await download.saveAs(zipPath);
    const files = unzipSync(await readFile(zipPath));
    const names = Object.keys(files).sort();
    expect(names).toContain('products.csv');
    expect(names.filter((n) => n.startsWith('images/') && n.endsWith('.jpg'))).toHaveLength(2);
    const csv = files['products.csv'] as Uint8Array;
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(csv);
    expect(text).toContain('\r\n');
    expect(text).toContain('CASE-15-BLK');
    expect(text).toContain('"Slim matte phone case for iPhone 15, shockproof"');
    expect(text).toContain('12.50');
    // Everything entered travels: description, the platform's category path, weight and size, readable names.
    expect(text).toContain('<p>Slim matte TPU case.</p>');
    expect(text).toContain('Cellphones & Telecommunications > Mobile Phone Accessories');
    expect(text).toContain(',85,18,10,2,');
    expect(text).not.toContain('磨砂手机壳');
    expect(names.some((n) => /^images\/lan-se-shou-ji-ke-/.test(n))).toBe(true);
    expect(names.some((n) => /^images\/image-/.test(n))).toBe(false);
    await expect(page.getByText(/downloaded: 1 rows, 2 images/)).toBeVisible();
    expect(consoleErrors).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
