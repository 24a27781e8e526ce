import { expect, test } from './fixtures';

test.use({ demoStore: true });

test('a rep works the overdue queue by keyboard, answers with a Russian template, keeps a draft across a reload and finds a Cyrillic word', async ({
  page,
  host,
  consoleErrors,
}) => {
  // The first spec of a run to ask for the demo store generates it: minutes on a busy 2-core machine.
  test.setTimeout(1_500_000);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible({ timeout: 60_000 });

  // Alt+4 opens the inbox; the demo store comes with its messages indexed and its conversations counted.
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { name: 'Inbox', level: 2 })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('conversation-row').first()).toBeVisible();

  // The command palette switches queues.
  await page.keyboard.press('Control+k');
  await page.getByPlaceholder('Type a command…').fill('Overdue');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('queue-overdue')).toHaveAttribute('data-active', 'true');
  // Every conversation, narrowed to buyers whose parcel has shipped: the "where is my order" reply says it is on
  // its way, so it is offered only then. (How many of those are overdue moves with today's date; all are many.)
  await page.getByTestId('queue-all').click();
  await expect(page.getByTestId('queue-all')).toHaveAttribute('data-active', 'true');
  const narrowToShipped = async () => {
    await page.getByTestId('facet-order-status').click();
    await page.getByRole('option', { name: /^Shipped/ }).click();
  };
  await narrowToShipped();
  const rows = page.getByTestId('conversation-row');
  await expect(rows.nth(1)).toBeVisible();

  // j/k move, Enter opens, r focuses the composer.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  const answered = await rows.first().getAttribute('data-conversation-id');
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  await expect(rows.first()).toHaveAttribute('data-order-status', 'shipped');
  const orderNumber =
    (
      await page.getByTestId('context-order').first().locator('.mantine-Text-root').first().textContent()
    )?.trim() ?? '';
  expect(orderNumber).toMatch(/\d{6,}/);
  await page.keyboard.press('r');
  await expect(page.getByTestId('composer-input')).toBeFocused();
  await page.keyboard.type('/Где мой');
  await expect(page.getByTestId('template-option').first()).toContainText('Где мой заказ');
  await page.keyboard.press('Enter');
  const composer = page.getByTestId('composer-input');
  await expect(composer).toHaveValue(
    new RegExp(`Здравствуйте, .+!\\n\\nСпасибо за сообщение. Ваш заказ ${orderNumber}`),
  );
  // Whatever the order cannot tell (a parcel not yet shipped has no tracking number) is highlighted for the rep.
  const missing = page.getByTestId('missing-variables');
  if (await missing.isVisible()) {
    for (const field of await missing.locator('input').all()) {
      await field.fill('—');
      await field
        .locator('xpath=ancestor::div[contains(@class,"mantine-Group-root")][1]')
        .getByRole('button')
        .click();
    }
  }
  await expect(missing).toBeHidden();
  await page.getByTestId('composer-submit').click();
  await expect(
    page
      .getByText('Not connected to AliExpress: copy the reply into the seller centre, then mark it sent.')
      .first(),
  ).toBeVisible();
  await page.getByTestId('outbox-mark-sent').click();
  await expect(page.getByTestId('message').last()).toContainText(orderNumber);

  // A draft in another conversation survives a reload.
  const other = page
    .locator(`[data-testid="conversation-row"]:not([data-conversation-id="${answered}"])`)
    .first();
  const drafted = await other.getAttribute('data-conversation-id');
  await other.click();
  await page.getByTestId('composer-input').fill('Черновик: проверю трек и вернусь');
  await page.waitForTimeout(1_200);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 2 })).toBeVisible({ timeout: 30_000 });
  await narrowToShipped();
  await page.locator(`[data-testid="conversation-row"][data-conversation-id="${drafted}"]`).click();
  await expect(page.getByTestId('composer-input')).toHaveValue('Черновик: проверю трек и вернусь');

  // Snooze by keyboard: s opens the choices, Enter picks the focused one (the inbox's own Enter used to win).
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('s');
  const firstChoice = page.getByRole('menuitem').first();
  await expect(firstChoice).toBeVisible();
  await firstChoice.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('snooze')).toContainText('Snoozed until');
  // Alt+number works from inside the reply box too.
  await page.getByTestId('composer-input').focus();
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { name: 'Inbox', level: 2 })).toBeVisible();

  // Full-text search finds a Russian word by its beginning and marks it.
  await page.getByTestId('inbox-search').fill('посылк');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await expect(page.getByTestId('search-mark').first()).toHaveText(/^посылк$/i);
  expect(consoleErrors).toEqual([]);
});
