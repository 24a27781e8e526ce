import { expect, test } from './fixtures';
import { pictureFromSavedFile } from './flows';
import type { Page } from '@playwright/test';

/** A pasted English listing page (select all + copy), with the price and sold count given. */
function listingPage(price: string, sold: string): string {
  return [
    'AliExpress',
    'Sign in / Register',
    'Cart',
    '15W Magnetic Wireless Charger Pad for iPhone 15 14 13 Fast Charging Stand',
    '4.8',
    '3,411 Reviews',
    `${sold} sold`,
    price,
    'US $21.00',
    '-50%',
    'Shipping: free',
    'Lumina Tech Official Store',
    'Follow',
  ].join('\n');
}

async function openMarket(page: Page) {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Market/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Market', level: 2 })).toBeVisible();
}

async function setHandlingDays(page: Page, days: string) {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Products/ })
    .click();
  await page.getByText('Magnetic charger stand').click();
  await page.getByLabel('Handling time (days)').fill(days);
  await page.getByTestId('save-product').click();
  await expect(page.getByText('Product saved')).toBeVisible();
}

test('market: paste a competitor, a week later see history, velocity and an undercut alert; trends; stock-up for 11.11', async ({
  page,
  host,
  consoleErrors,
}) => {
  test.setTimeout(600_000);
  // Today is fixed so the promotions calendar has an upcoming 11.11 (2027).
  await page.clock.setFixedTime(new Date('2026-12-01T09:00:00Z'));
  await page.goto(host.url);
  await page.getByLabel('Store name').fill('Shenzhen Chargers');
  await page.getByRole('button', { name: 'Create store' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();

  // An own product at US $10.00 with 3 days of handling.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Products/ })
    .click();
  await page.getByTestId('new-product').click();
  await page.getByTestId('title-en').fill('Magnetic charger stand 15W for iPhone');
  const sku = page.getByTestId('sku-row').first();
  await sku.getByLabel('SKU code').fill('MAG-15');
  await sku.getByLabel('Retail price').fill('10.00');
  await sku.getByLabel('Stock').fill('50');
  await page.getByLabel('Handling time (days)').fill('3');
  await page.getByTestId('save-product').click();
  await expect(page.getByText('Product saved')).toBeVisible();

  // The empty market says so.
  await openMarket(page);
  await expect(page.getByText('No competitors watched yet')).toBeVisible();

  // Add a competitor by pasting its page; confirm what was read; link it to the own product.
  await page.getByRole('button', { name: 'Add competitor' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Item URL or id').fill('https://aliexpress.ru/item/1005006123456789.html');
  await dialog.getByLabel('Pasted page').fill(listingPage('US $10.50', '10,000+'));
  await dialog.getByRole('button', { name: 'Read the page' }).click();
  await expect(dialog.getByLabel('Store name')).toHaveValue('Lumina Tech Official Store');
  await expect(dialog.getByLabel('Price (lowest)')).toHaveValue('10.5');
  await expect(dialog.getByLabel('Sold count shown')).toHaveValue('10,000');
  await dialog.getByLabel('Date of the snapshot').fill('2026-11-20');
  await dialog.getByLabel('Competes with my products').click();
  await page.getByRole('option', { name: 'Magnetic charger stand 15W for iPhone' }).click();
  await dialog.getByRole('button', { name: 'Save competitor' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', { name: 'Watched competitors' });
  await expect(table).toContainText('Lumina Tech Official Store');
  await expect(table).toContainText('10,000+');

  // A week later the competitor is cheaper and has sold more: a second snapshot by pasting again.
  await table.getByText('Lumina Tech Official Store').click();
  const detail = page.getByRole('dialog');
  await detail.getByRole('button', { name: 'Add snapshot' }).click();
  await detail.getByLabel('Pasted page').fill(listingPage('US $8.00', '20,000+'));
  await detail.getByRole('button', { name: 'Read the page' }).click();
  await detail.getByLabel('Date of the snapshot').fill('2026-11-27');
  await detail.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(detail.getByText('Snapshot saved.')).toBeVisible();
  await expect(detail.getByText('2 snapshots')).toBeVisible();
  await expect(detail.getByRole('img', { name: 'Price history' })).toBeVisible();
  await expect(detail.getByTestId('velocity')).toContainText(/\d+(\.\d)?–\d+ \/ day/u);
  await expect(detail.getByText(/A range: the page rounds the sold count/u)).toBeVisible();

  // The listing's picture, saved from the browser, becomes a local copy through the photo studio.
  await pictureFromSavedFile(page, page.getByTestId('single-image'), 'Main image (a local copy)', {
    name: 'lumina-charger.jpg',
    width: 800,
    height: 800,
    colour: '#2f6fd6',
  });
  await expect(page.getByTestId('single-image')).toContainText('1000×1000');
  await page.keyboard.press('Escape');
  await expect(table.getByRole('img', { name: 'Lumina Tech Official Store' })).toBeVisible();

  // The competitor now undercuts the own US $10.00 by 20 %: an alert on the market screen and the dashboard.
  await page.getByRole('tab', { name: 'Price position' }).click();
  const alerts = page.getByRole('region', { name: 'Undercut alerts' });
  await expect(alerts).toContainText('Lumina Tech Official Store sells at $8.00, 20% below your $10.00');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Dashboard/ })
    .click();
  await expect(page.getByRole('region', { name: 'Undercut alerts' })).toContainText(
    'Lumina Tech Official Store',
  );

  // A trend export where "led strip" rises against its trailing average.
  await openMarket(page);
  await page.getByRole('tab', { name: 'Trends' }).click();
  const csv = [
    '关键词,统计周期,搜索人气,竞争指数',
    ...['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'].map((d) => `led strip,${d},1000,40`),
    'led strip,2026-11-02,1600,40',
    ...['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02'].map(
      (d) => `gan charger,${d},800,20`,
    ),
  ].join('\n');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'trends.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('status').filter({ hasText: 'trends.csv' })).toContainText(
    'values imported (weekly, keywords)',
  );
  const ledRow = page.getByRole('row', { name: /led strip/u });
  await expect(ledRow.getByText('Rising')).toBeVisible();
  await expect(page.getByRole('row', { name: /gan charger/u }).getByText('Rising')).toHaveCount(0);

  // The stock-up-by date for 11.11 moves earlier when the product's handling time grows.
  await page.getByRole('tab', { name: 'Promotions' }).click();
  const stockUp = page.getByTestId('stock-up-double-11-2027');
  await expect(stockUp).toContainText('Stock up by');
  const before = await stockUp.textContent();
  await expect(page.getByRole('article', { name: '11.11 Global Shopping Festival 2027' })).toContainText(
    'does not cover 2027',
  );
  await setHandlingDays(page, '10');
  await openMarket(page);
  await page.getByRole('tab', { name: 'Promotions' }).click();
  await expect(page.getByTestId('stock-up-double-11-2027')).toContainText('Stock up by');
  await expect(page.getByTestId('stock-up-double-11-2027')).not.toHaveText(before ?? '');

  // A closed day of the seller's own on that stock-up date (Logistics → Deadline rules) moves it earlier again.
  const shown = (await page.getByTestId('stock-up-double-11-2027').textContent()) ?? '';
  const stockUpDay = new Date(`${shown.replace(/^.*?:\s*/, '')} UTC`).toISOString().slice(0, 10);
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Logistics/ })
    .click();
  await page.getByRole('tab', { name: 'Deadline rules' }).click();
  await page.getByRole('combobox', { name: 'My own closed days' }).fill(stockUpDay);
  await page.keyboard.press('Enter');
  await expect(page.getByText(stockUpDay)).toBeVisible();
  await openMarket(page);
  await page.getByRole('tab', { name: 'Promotions' }).click();
  await expect(page.getByTestId('stock-up-own-closures').first()).toContainText('your own 1 closed days');
  await expect(page.getByTestId('stock-up-double-11-2027')).toContainText('Stock up by');
  await expect(page.getByTestId('stock-up-double-11-2027')).not.toHaveText(shown);
  expect(consoleErrors).toEqual([]);
});
