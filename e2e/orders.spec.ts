import type { Page } from '@playwright/test';
import { importOrdersCsv, newStoreForImport } from './flows';
import { expect, test } from './fixtures';

const HEADER =
  'Order ID,Order Time,Country,Product Name,Product ID,Quantity,Order Amount,Currency,Order Status,Buyer Name,Tracking Number,Carrier';

/** Four orders over three days and three countries; 4100000000000002 came without a buyer name. */
const ORDERS_CSV = [
  HEADER,
  '4100000000000001,2025-11-03 09:00:00,Russian Federation,Phone case,1005001,2,12.30,USD,Delivered,Ivan Petrov,RR123456785CN,China Post',
  '4100000000000002,2025-11-05 10:00:00,Brazil,LED strip,1005002,1,25.00,USD,Shipped,,LP00123456789012,Cainiao',
  '4100000000000003,2025-11-07 11:00:00,Brazil,Phone case,1005001,1,6.15,USD,Shipped,Maria Silva,,',
  '4100000000000004,2025-11-09 12:00:00,France,Kitchen scale,1005003,1,9.99,USD,Awaiting shipment,Claire Martin,,',
].join('\n');

const CONVERSATIONS = [
  {
    id: 'RU-1',
    buyerName: 'Иван Петров',
    country: 'RU',
    language: 'ru',
    orderId: '4100000000000001',
    subject: 'Посылка',
    messages: [
      {
        author: 'buyer',
        body: 'Здравствуйте! Посылку так и не получил, где она?',
        sentAt: '2025-11-20T08:00:00Z',
      },
    ],
  },
  {
    id: 'BR-1',
    buyerName: 'Joao Souza',
    country: 'BR',
    language: 'pt',
    orderId: '4100000000000002',
    subject: 'Pedido',
    messages: [
      {
        author: 'buyer',
        body: 'Ola, cade meu pedido? Ja faz 20 dias e nao chegou',
        sentAt: '2025-11-21T08:00:00Z',
      },
    ],
  },
];

async function newStoreWithOrders(page: Page, url: string) {
  await newStoreForImport(page, url, 'Yiwu shop');
  await importOrdersCsv(page, ORDERS_CSV, 4);

  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { name: 'Inbox', level: 2 })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const importDialog = page.getByTestId('import-dialog');
  await importDialog.locator('input[type=file]').setInputFiles({
    name: 'conversations.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(CONVERSATIONS)),
  });
  await importDialog.getByRole('button', { name: 'Import 2 conversations' }).click();
  await expect(importDialog.getByText('2 conversations imported.')).toBeVisible();
  await page.keyboard.press('Escape');
}

test.use({ actionTimeout: 20_000 });

test('a row opens the order: items, buyer, amounts, timeline, tracking, conversation; back keeps the filters', async ({
  page,
  host,
  consoleErrors,
}) => {
  await newStoreWithOrders(page, host.url);
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Orders/ })
    .click();
  const table = page.getByRole('table', { name: 'Orders' });
  await expect(page.getByText('4 orders')).toBeVisible();

  // Narrow to shipped orders, then open one by keyboard: focus the row, press Enter.
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Shipped' }).click();
  await expect(page.getByText('2 orders')).toBeVisible();
  const noName = table.getByRole('row').filter({ hasText: '4100000000000002' });
  await expect(noName).toContainText('—');
  await noName.focus();
  await page.keyboard.press('Enter');

  const detail = page.getByTestId('order-detail');
  await expect(page.getByRole('heading', { name: 'Order 4100000000000002', level: 2 })).toBeVisible();
  await expect(page).toHaveURL(/\/orders\/.+4100000000000002/);
  await expect(detail.getByTestId('order-buyer-name')).toHaveText('—');
  await expect(detail.getByTestId('order-line')).toHaveCount(1);
  await expect(detail.getByTestId('order-line')).toContainText('LED strip');
  // No photo in the media library for this product: a neutral box, not a broken image.
  await expect(detail.getByTestId('line-image-placeholder')).toBeVisible();
  await expect(detail.getByTestId('order-amounts')).toContainText('$25.00');
  await expect(detail.getByTestId('timeline-placed')).toBeVisible();
  await expect(detail.getByTestId('timeline-shipped')).toBeVisible();
  await expect(detail.getByTestId('order-tracking')).toHaveText('LP00123456789012');

  // Back returns to the list with its filter.
  await page.getByTestId('order-back').click();
  await expect(page.getByText('2 orders')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('Shipped');

  // The conversation about an order opens in the inbox.
  await table.getByRole('row').filter({ hasText: '4100000000000002' }).click();
  await detail.getByTestId('order-conversation-link').click();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 2 })).toBeVisible();
  await expect(page.getByTestId('message').first()).toContainText('cade meu pedido');

  expect(consoleErrors).toEqual([]);
});

test('the list filters by dates, country and product, exports what it shows, and dates follow the UI language', async ({
  page,
  host,
  consoleErrors,
}) => {
  await newStoreWithOrders(page, host.url);
  await page.keyboard.press('Alt+2');
  await expect(page.getByText('4 orders')).toBeVisible();

  await page.getByTestId('orders-from').fill('2025-11-04');
  await page.keyboard.press('Escape');
  await page.getByTestId('orders-to').fill('8 Nov 2025');
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { name: 'Orders', level: 2 }).click();
  await expect(page.getByText('2 orders')).toBeVisible();
  await expect(page.getByTestId('orders-from')).toHaveValue('4 Nov 2025');

  await page.getByTestId('orders-country').click();
  await page.getByRole('option', { name: /Brazil/ }).click();
  await expect(page.getByText('2 orders')).toBeVisible();
  await page.getByTestId('orders-product').click();
  await page.getByTestId('orders-product').fill('Phone');
  await page.getByRole('option', { name: /Phone case/ }).click();
  await expect(page.getByText('1 orders')).toBeVisible();
  const table = page.getByRole('table', { name: 'Orders' });
  await expect(table.getByRole('row').filter({ hasText: '4100000000000003' })).toBeVisible();

  // The export holds the filtered list: the one Brazilian phone-case order placed 4–8 Nov.
  await page.getByTestId('orders-export').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await download.createReadStream()).toArray();
  const text = Buffer.concat((await csv) as Buffer[]).toString('utf8');
  expect(text).toContain('4100000000000003');
  expect(text).not.toContain('4100000000000002');
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);

  await page.getByTestId('orders-export').click();
  const xlsx = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Excel/ }).click();
  expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);

  // In Chinese the same filter reads year-month-day.
  await page.getByTestId('language-switcher').click();
  await page.getByRole('option', { name: '简体中文' }).click();
  await expect(page.getByTestId('orders-from')).toHaveValue('2025-11-04');
  await expect(page.getByText('下单起始日期')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the owner reads the buyers: a gist of what each buyer wants, matched words marked, queues by intent', async ({
  page,
  host,
  consoleErrors,
}) => {
  await newStoreWithOrders(page, host.url);
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { name: 'Inbox', level: 2 })).toBeVisible();
  const rows = page.getByTestId('conversation-row');
  await expect(rows).toHaveCount(2);

  // The Portuguese buyer typed without accents: the gist still says what they want, with the words marked.
  await rows.filter({ hasText: 'Joao Souza' }).click();
  const gist = page.getByTestId('intent-gist').last();
  await expect(gist).toContainText('Buyer wants: Asks where the order is and when it will arrive');
  await expect(gist.getByTestId('intent-confidence')).toHaveText(/\d+% sure/);
  await expect(page.getByTestId('intent-mark').first()).toHaveText(/cade meu pedido/i);

  // The queue narrowed to one intent: only the Russian buyer whose parcel never came.
  await page.getByTestId('facet-intent').click();
  await page.getByRole('option', { name: /^Not received/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Иван Петров');
  await rows.first().click();
  await expect(page.getByTestId('intent-mark').first()).toHaveText(/не получил/);

  // Ivan's order was delivered: the picker never offers "уже в пути" (on its way) for it; it shows that reply as
  // not fitting, and offers what fits a delivered order.
  const composer = page.getByTestId('composer-input');
  await composer.click();
  await composer.pressSequentially('/');
  const picker = page.getByTestId('template-picker');
  await expect(picker).toBeVisible();
  await expect(
    picker.locator('[data-testid="template-option"][data-template-id="builtin:where-is-my-order:ru"]'),
  ).toHaveCount(0);
  const unfit = picker.locator(
    '[data-testid="template-unfit"][data-template-id="builtin:where-is-my-order:ru"]',
  );
  await expect(unfit).toContainText('Not for this order: it is Delivered');
  await expect(picker.getByTestId('template-option').first()).toHaveAttribute('data-template-id', /:ru$/);
  await page.keyboard.press('Escape');
  await composer.fill('');

  // Joao's order is on its way and he asks where it is: the "where is my order" replies come first, each saying
  // in the UI language what it tells the buyer.
  // Choosing the same intent again clears the filter.
  await page.getByTestId('facet-intent').click();
  await page.getByRole('option', { name: /^Not received/ }).click();
  await expect(rows).toHaveCount(2);
  await page.getByTestId('conversation-row').filter({ hasText: 'Joao Souza' }).click();
  await composer.click();
  await composer.pressSequentially('/');
  const first = picker.getByTestId('template-option').first();
  await expect(first).toHaveAttribute(
    'data-template-id',
    /^builtin:(where-is-my-order|shipped-notice|delay-apology):pt$/,
  );
  await expect(first.getByTestId('template-gist')).not.toBeEmpty();

  // In Chinese, the owner reads the gist, the template names and what they say in Chinese.
  await page.getByTestId('language-switcher').click();
  await page.getByRole('option', { name: '简体中文' }).click();
  await expect(page.getByTestId('intent-gist').last()).toContainText('买家诉求：询问订单在哪里');
  await expect(page.getByTestId('intent-confidence').last()).toHaveText(/置信度 \d+%/);
  await composer.click();
  await composer.fill('');
  await composer.pressSequentially('/');
  await expect(picker.getByTestId('template-name').first()).toHaveText(/[\u4e00-\u9fff]/);
  await expect(picker.getByTestId('template-gist').first()).toContainText(/[\u4e00-\u9fff]/);
  expect(consoleErrors).toEqual([]);
});
