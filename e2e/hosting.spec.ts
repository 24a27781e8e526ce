import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/** Hash routes: the app serves one index.html, so a view is a hash change (the token stays in the query). */
const open = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/** The inbox's "handled by platform" count, once the inbox is indexed and showing its queues. */
async function readPlatformHandled(page: Page): Promise<number> {
  const count = page.getByTestId('count-platform-handled');
  // "…" until the counters are read: wait for a figure.
  await expect(count).toHaveText(/\d/, { timeout: 60_000 });
  return Number((await count.innerText()).replace(/\D/g, ''));
}

async function platformHandledCount(page: Page): Promise<number> {
  await open(page, '#/inbox');
  return readPlatformHandled(page);
}

async function pickOption(page: Page, testId: string, name: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name, exact: true }).click();
}

test.use({ demoStore: true });

test('a seller moves a self-operated product to fully managed, sees every screen adapt, runs a what-if and switches back', async ({
  page,
  host,
  consoleErrors,
}) => {
  // The first spec of a run to ask for the demo store generates it: minutes on a busy 2-core machine.
  test.setTimeout(1_500_000);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible({ timeout: 60_000 });

  // The overview: store default, products per mode, the responsibility matrix.
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: 'Hosting modes', level: 2 })).toBeVisible();
  await expect(page.getByTestId('responsibility-matrix')).toContainText('Customer service');
  await page.getByTestId('hosting-tab-compare').click();
  const fullyNow = page.getByTestId('compare-products-fully-managed');
  // The demo store has fully managed products: wait for the loaded count, not the empty first render.
  await expect(fullyNow).toContainText(/[1-9]/);
  const fullyBefore = Number((await fullyNow.innerText()).replace(/\D/g, ''));
  const handledBefore = await platformHandledCount(page);

  // A self-operated product in the catalog, by its mode badge.
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: 'Products', level: 2 })).toBeVisible();
  const selfRow = page.getByRole('row').filter({ hasText: 'Self-operated' }).first();
  await expect(selfRow).toBeVisible();
  // The product's code (SBG-0001), wherever the list puts its column.
  const codeCell = selfRow.getByText(/^[A-Z]{2,5}-\d{4}$/);
  const code = (await codeCell.innerText()).trim();
  await codeCell.click();
  await expect(page.getByRole('heading', { name: 'Edit product', level: 2 })).toBeVisible();
  const editorHash = await page.evaluate(() => window.location.hash);

  // Switch it: the dialog says what changes before anything is written.
  await page.getByTestId('switch-mode-button').click();
  const dialog = page.getByTestId('switch-mode-dialog');
  await pickOption(page, 'switch-target', 'Fully managed');
  const preview = page.getByTestId('switch-preview');
  await expect(preview).toContainText('Customer service');
  await expect(preview).toContainText('Catalog asks for a supply price instead of a retail price.');
  await expect(preview).toContainText('Fulfilment becomes inbound shipments to the platform warehouse.');
  await expect(page.getByTestId('switch-money-delta')).toContainText(/\$/);
  // How many buyer conversations about this product the platform takes over.
  const movingConversations = page.getByTestId('switch-conversations');
  await expect(movingConversations).toContainText(/\d/);
  const handedOver = Number((await movingConversations.innerText()).replace(/\D/g, ''));
  await page.getByTestId('switch-confirm').click();
  await expect(page.getByText('1 product(s) switched to Fully managed.')).toBeVisible();
  await expect(dialog).toBeHidden();

  // The editor now asks for a supply price and stock to send to the warehouse.
  await expect(page.getByText(/Supply price \(/).first()).toBeVisible();
  await expect(page.getByText('Stock to send to warehouse').first()).toBeVisible();

  // The inbox: those conversations are now handled by the platform, shown read-only.
  // Its counters are live: right after the inbox opens they may show the previous figure for a moment.
  await open(page, '#/inbox');
  await expect.poll(() => readPlatformHandled(page), { timeout: 30_000 }).toBe(handledBefore + handedOver);
  await page.getByTestId('queue-platform-handled').click();
  await page.getByTestId('conversation-row').first().click();
  await expect(page.getByTestId('platform-handled')).toBeVisible();

  // The catalog shows the new badge.
  await open(page, '#/catalog');
  await page
    .getByPlaceholder(/Search/)
    .first()
    .fill(code);
  await expect(page.getByRole('row').filter({ hasText: code }).first()).toContainText('Fully managed');

  // Compare by mode: one more fully managed product, and the product's sales split at the switch.
  await open(page, '#/hosting?tab=compare');
  await expect(page.getByTestId('compare-products-fully-managed')).toHaveText(
    new RegExp(`\\D${fullyBefore + 1}$`),
  );
  const segments = page.getByTestId('before-after-segment');
  await expect(segments).toHaveCount(2);
  await expect(segments.first()).toHaveAttribute('data-mode', 'self-operated');
  await expect(segments.last()).toHaveAttribute('data-mode', 'fully-managed');

  // History: the switch with its date.
  await page.getByTestId('hosting-tab-history').click();
  const history = page.getByTestId('history-row');
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText(code);
  await expect(history.first()).toContainText('Self-operated');
  await expect(history.first()).toContainText('Product editor');
  await expect(history.first()).toContainText(new Date().getFullYear().toString());

  // What-if over a few SKUs: the change in monthly profit and in the work kept.
  await page.getByTestId('hosting-tab-profit').click();
  const boxes = page.getByTestId('sku-select');
  await expect(boxes.nth(3)).toBeVisible();
  for (const i of [0, 1, 2, 3]) await boxes.nth(i).check();
  await page.getByTestId('what-if').getByText('Semi-managed').click();
  await expect(page.getByTestId('what-if')).toContainText('4 SKU(s) selected');
  await expect(page.getByTestId('what-if-profit-change')).toContainText(/\$/);
  await expect(page.getByTestId('what-if-work-change')).toContainText(/\d/);
  await expect(page.getByTestId('what-if')).toContainText('Handed to the platform');

  // Fulfilment by mode and the rates with their sources.
  await page.getByTestId('hosting-tab-fulfilment').click();
  await expect(page.getByTestId('fulfilment-inbound')).toContainText(
    'Inbound shipments to the platform warehouse',
  );
  await expect(page.getByTestId('inbound-row').first()).toBeVisible();
  await page.getByTestId('hosting-tab-rates').click();
  await expect(page.getByTestId('rates-editor')).toContainText('Typical figure reported by sellers');

  // Switch back from the editor: every figure returns, the history keeps both entries.
  await open(page, editorHash);
  await expect(page.getByRole('heading', { name: 'Edit product', level: 2 })).toBeVisible();
  await page.getByTestId('switch-mode-button').click();
  await pickOption(page, 'switch-target', 'Self-operated');
  await expect(page.getByTestId('switch-preview')).toContainText(
    'You answer buyers for these products in the inbox again.',
  );
  await page.getByTestId('switch-confirm').click();
  await expect(page.getByText('1 product(s) switched to Self-operated.')).toBeVisible();
  await open(page, '#/hosting?tab=compare');
  await expect(page.getByTestId('compare-products-fully-managed')).toHaveText(
    new RegExp(`\\D${fullyBefore}$`),
  );
  await page.getByTestId('hosting-tab-history').click();
  await expect(page.getByTestId('history-row')).toHaveCount(2);
  // …and the rep answers those buyers again.
  await open(page, '#/inbox');
  await expect.poll(() => readPlatformHandled(page), { timeout: 30_000 }).toBe(handledBefore);
  expect(consoleErrors).toEqual([]);
});
