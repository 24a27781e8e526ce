import type { Page } from '@playwright/test';
import { newStoreForImport } from './flows';
import { expect, test } from './fixtures';

const HEADER =
  'Order ID,Order Time,Country,Product Name,Product ID,Quantity,Order Amount,Currency,Order Status,Buyer Name';

/** Rows 2–6 and 10 are good; row 7 has an impossible date, row 8 an unknown country, row 9 no order id. */
const CSV = [
  HEADER,
  '3100000000000001,2025-11-11 00:05:09,Russian Federation,Phone case,1005001,2,12.30,USD,Finished,Ivan Petrov',
  '3100000000000002,2025-11-11 10:23:45,United States,LED strip,1005002,1,25.00,USD,Shipped,John Smith',
  '3100000000000003,2025-11-12 08:00:00,Brazil,Phone case,1005001,3,18.45,USD,Awaiting shipment,Maria Silva',
  '3100000000000004,2025-11-12 09:30:00,France,Kitchen scale,1005003,1,9.99,USD,Refunded,Claire Martin',
  '3100000000000005,2025-11-13 14:00:00,Spain,LED strip,1005002,2,50.00,USD,Finished,Ana Garcia',
  '3100000000000006,2025-13-45 25:61:00,Poland,Phone case,1005001,1,6.15,USD,Finished,Jan Kowalski',
  '3100000000000007,2025-11-14 11:00:00,Atlantis,Phone case,1005001,1,6.15,USD,Finished,Nemo',
  ',2025-11-14 12:00:00,Germany,Phone case,1005001,1,6.15,USD,Finished,Hans Muller',
  '3100000000000009,2025-11-15 16:45:00,United Kingdom,Kitchen scale,1005003,1,12.00,USD,Delivered,Tom Brown',
].join('\n');

const FILE = { name: 'orders-november.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) };

/** The six good rows: GMV 12.30 + 25.00 + 18.45 + 9.99 + 50.00 + 12.00 (a refunded order was paid, so it counts). */
const IMPORTED = { gmv: '$127.74', orders: '6' };
const NOTHING = { gmv: '$0.00', orders: '0' };

/** The dashboard over November 2025, the month the file covers (a custom period, as a user would pick it). */
async function openNovemberDashboard(page: Page) {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Dashboard/ })
    .click();
  await page.getByText('Custom', { exact: true }).click();
  await page.getByRole('textbox', { name: 'From', exact: true }).fill('2025-11-01');
  await page.getByRole('textbox', { name: 'To', exact: true }).fill('2025-11-30');
}

async function expectDashboard(page: Page, figures: { gmv: string; orders: string }) {
  await expect(page.getByTestId('kpi-gmv-value')).toHaveText(figures.gmv);
  await expect(page.getByTestId('kpi-orders-value')).toHaveText(figures.orders);
}

test('import orders from a CSV: problems by row, good rows imported, re-import does not double, undo removes them', async ({
  page,
  host,
  consoleErrors,
}) => {
  await newStoreForImport(page, host.url, 'My own shop');

  // Before anything is imported the store has no sales in November.
  await openNovemberDashboard(page);
  await expectDashboard(page, NOTHING);
  await expect(page.getByTestId('dashboard-empty')).toBeVisible();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Import/ })
    .click();

  await page.getByTestId('import-file-input').setInputFiles(FILE);
  await expect(page.getByTestId('import-problem-count')).toHaveText(/^3 problems/);
  await expect(page.getByTestId('detected-encoding')).toHaveText('UTF-8');
  await expect(page.getByTestId('detected-delimiter')).toHaveText('comma (,)');
  await expect(page.getByTestId('detected-header-row')).toHaveText('1');
  const problems = page.getByRole('table', { name: 'Problems' });
  const expected: [row: string, column: string][] = [
    ['7', 'Order Time'],
    ['8', 'Country'],
    ['9', 'Order ID'],
  ];
  for (const [row, column] of expected) {
    await expect(
      problems.getByRole('row').filter({ has: page.getByRole('cell', { name: row, exact: true }) }),
    ).toContainText(column);
  }
  await expect(page.getByTestId('import-sample')).toContainText('3100000000000001');
  await expect(page.getByTestId('import-sample')).toContainText('Completed');

  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-result')).toContainText('Imported 6 rows from orders-november.csv');
  await expect(page.getByTestId('import-history-row')).toHaveCount(1);

  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Orders/ })
    .click();
  await expect(page.getByText('6 orders')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '3100000000000009' })).toBeVisible();

  // The dashboard counts the six good orders.
  await openNovemberDashboard(page);
  await expectDashboard(page, IMPORTED);

  // Click a country: a chip says so and the cards show that country alone; figures the rollups keep for the
  // whole store only say they are not available per country.
  const countries = page.getByTestId('country-table');
  await countries.getByRole('row', { name: /Russia/ }).click();
  const chip = page.getByTestId('dashboard-filter-chip');
  await expect(chip).toHaveText('Country: Russia RU');
  await expectDashboard(page, { gmv: '$12.30', orders: '1' });
  await expect(page.getByTestId('kpi-buyers')).toContainText('Not available per country');
  await expect(page.getByTestId('kpi-visitors')).toContainText('Not available per country');
  await expect(page.getByTestId('funnel')).toContainText('Not available per country');
  // Esc shows the whole store again.
  await page.keyboard.press('Escape');
  await expect(chip).toHaveCount(0);
  await expectDashboard(page, IMPORTED);
  // From the keyboard: a focused row and Space; the chip's × clears.
  await countries.getByRole('row', { name: /United States/ }).focus();
  await page.keyboard.press('Space');
  await expect(chip).toHaveText('Country: United States US');
  await expectDashboard(page, { gmv: '$25.00', orders: '1' });
  await chip.getByRole('button', { name: 'Clear filter' }).click();
  await expectDashboard(page, IMPORTED);
  // Back brings the last filter back; forward clears it again.
  await page.goBack();
  await expect(chip).toHaveText('Country: United States US');
  await expectDashboard(page, { gmv: '$25.00', orders: '1' });
  await page.goForward();
  await expect(chip).toHaveCount(0);
  // A product from the table of all products (Enter on a focused row): two LED strips, 25.00 + 50.00.
  await page
    .getByRole('table', { name: 'Products in this period' })
    .getByRole('row', { name: /1005002/ })
    .press('Enter');
  await expect(chip).toHaveText('Product: 1005002');
  await expectDashboard(page, { gmv: '$75.00', orders: '2' });
  await page.keyboard.press('Escape');
  await expectDashboard(page, IMPORTED);

  // The same file again: every order is replaced, none is added.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Import/ })
    .click();
  await page.getByTestId('import-file-input').setInputFiles(FILE);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-result')).toContainText('Imported 6 rows');
  await expect(page.getByTestId('import-history-row')).toHaveCount(2);
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Orders/ })
    .click();
  await expect(page.getByText('6 orders')).toBeVisible();
  await openNovemberDashboard(page);
  await expectDashboard(page, IMPORTED);

  // Undo restores exactly the state before each import: the re-import first (orders as the first import
  // left them), then the first import (no orders at all).
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Import/ })
    .click();
  for (const remaining of ['6 orders', null]) {
    await page.getByTestId('import-history-row').getByRole('button', { name: 'Undo' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
    await expect(page.getByText('Import undone.')).toBeVisible();
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /Orders/ })
      .click();
    if (remaining) await expect(page.getByText(remaining)).toBeVisible();
    else await expect(page.getByText(/No orders match/)).toBeVisible();
    // The dashboard returns with the orders: as the first import left it, then as before any import.
    await openNovemberDashboard(page);
    await expectDashboard(page, remaining ? IMPORTED : NOTHING);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /Import/ })
      .click();
  }
  await expect(page.getByTestId('import-history-row').filter({ hasText: 'Undone' })).toHaveCount(2);
  expect(consoleErrors).toEqual([]);
});

test('a file whose header is not recognised: the user maps its own columns and imports it', async ({
  page,
  host,
  consoleErrors,
}) => {
  await newStoreForImport(page, host.url, 'Own columns');

  const csv = 'No,When,Where,Sum,Money,State\n5100000000000001,2025-11-11 08:00,FR,4.20,USD,Finished\n';
  await page
    .getByTestId('import-file-input')
    .setInputFiles({ name: 'own-columns.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('table', { name: 'Problems' })).toContainText('No orders header row found');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  // The file's own columns are offered for each field.
  for (const [field, column] of [
    ['orderId', 'No'],
    ['placedAt', 'When'],
    ['country', 'Where'],
    ['amount', 'Sum'],
    ['currency', 'Money'],
    ['status', 'State'],
  ]) {
    await page.getByTestId(`mapping-${field}`).click();
    await page.getByRole('option', { name: column, exact: true }).click();
  }
  await expect(page.getByTestId('import-problem-count')).toHaveText(/^No problems/);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-result')).toContainText('Imported 1 rows', { timeout: 30_000 });
  expect(consoleErrors).toEqual([]);
});

test('an import interrupted by a crash is undone at the next start, and the user is told which file', async ({
  page,
  host,
  consoleErrors,
}) => {
  await page.goto(host.url);
  await page.getByLabel('Store name').first().fill('Yiwu Phone Cases');
  await page.getByRole('button', { name: 'Create store' }).first().click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  // What a power cut mid-import leaves: a batch still marked running (its rows were never committed to rollups).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('seller-workstation');
        open.onsuccess = () => {
          const idb = open.result;
          const stores = idb.transaction('stores').objectStore('stores').getAll();
          stores.onsuccess = () => {
            const tx = idb.transaction('importBatches', 'readwrite');
            tx.objectStore('importBatches').put({
              id: 'import_crashed',
              storeId: (stores.result[0] as { id: string }).id,
              kind: 'orders',
              fileName: 'orders-december.csv',
              importedAt: Date.now(),
              rows: 0,
              status: 'running',
            });
            tx.oncomplete = () => (idb.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
  );
  await page.reload();
  await expect(page.getByText('An interrupted import was undone: "orders-december.csv"')).toBeVisible();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Import/ })
    .click();
  await expect(page.getByText('orders-december.csv')).toHaveCount(1); // only the notice: no history row is left
  expect(consoleErrors).toEqual([]);
});
