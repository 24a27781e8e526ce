import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pictureFromSavedFile } from './flows';

const HEADER =
  'Order ID,Order Time,Country,Product Name,Product ID,Order Amount,Currency,Order Status,Promo code';
/**
 * Times are China time (no zone in the file), the post is on 2025-11-10 20:00 China time, window 15 days.
 * 01: the code, on the post's product → the code campaign (rule 1 wins). 02: inside the post's window → post.
 * 03: inside the window but refunded → post's refunded. 04: another product → none. 05: after the window → none.
 * 06: the code in lower case, long before, another product → the code campaign.
 */
const CSV = [
  HEADER,
  '3200000000000001,2025-11-11 10:00:00,Russia,LED strip,1005001,12.30,USD,Finished,KATYA10',
  '3200000000000002,2025-11-12 10:00:00,Spain,LED strip,1005001,20.00,USD,Finished,',
  '3200000000000003,2025-11-13 10:00:00,France,LED strip,1005001,30.00,USD,Refunded,',
  '3200000000000004,2025-11-14 10:00:00,Brazil,Phone case,1005002,10.00,USD,Finished,',
  '3200000000000005,2025-12-20 10:00:00,Poland,LED strip,1005001,5.00,USD,Finished,',
  '3200000000000006,2025-10-01 10:00:00,Russia,Kitchen scale,1005009,40.00,USD,Finished,katya10',
].join('\n');

async function nav(page: Page, name: RegExp) {
  await page.getByRole('navigation').getByRole('link', { name }).click();
}

async function choose(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

function row(page: Page, name: string) {
  return page.getByTestId(`campaign-row-${name}`);
}

async function expectResults(page: Page, name: string, figures: string[]) {
  const cells = row(page, name).getByRole('cell');
  // Campaign, creator, type, status, start, then orders, GMV, refunded, cost, ROAS, margin.
  for (const [index, value] of figures.entries())
    await expect(cells.nth(5 + index)).toHaveText(value, { timeout: 20_000 });
}

test('creators: roster, promo-code and post campaigns counted from imported orders, Fan Zone limits, LIVE calendar', async ({
  page,
  host,
  consoleErrors,
}) => {
  test.setTimeout(600_000);
  await page.goto(host.url);
  await page.getByLabel('Store name').fill('My own shop');
  await page.getByRole('button', { name: 'Create store' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();

  // Alt+0 opens the desk; the empty store says it has no creators.
  await page.keyboard.press('Alt+0');
  await expect(page.getByRole('heading', { name: 'Creators and campaigns', level: 2 })).toBeVisible();
  await expect(page.getByText('No creators yet.')).toBeVisible();

  // Add a creator.
  await page.getByRole('button', { name: 'Add creator' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Handle').fill('katya_live');
  await choose(page, dialog, 'Platform', 'AliExpress LIVE');
  await dialog.getByLabel('Followers').fill('84000');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('table', { name: 'Creators' }).getByText('katya_live')).toBeVisible();
  // The same platform + handle again merges instead of doubling.
  await page.getByRole('button', { name: 'Add creator' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Handle').fill('@Katya_Live');
  await choose(page, dialog, 'Platform', 'AliExpress LIVE');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/already on the roster/)).toBeVisible();
  await expect(page.getByText('1 of 1 creators')).toBeVisible();

  // A roster file (GBK-free CSV here; the parser's unit tests cover GBK/XLSX): katya again, two new, one bad row.
  await page.getByTestId('roster-import').click();
  await page.locator('input[type=file][accept=".csv,.tsv,.txt,.xlsx"]').setInputFiles({
    name: 'agency-list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Handle,Platform,Country,Followers,Tags',
        '@KATYA_LIVE,AliExpress LIVE,Russia,85000,beauty',
        'lucia_mx,TikTok,Mexico,12.5K,home',
        'ivan_obzor,VK,RU,52000,tech',
        'ghost,MySpace,US,100,',
      ].join('\n'),
    ),
  });
  const report = page.getByTestId('roster-import-result');
  await expect(report).toContainText(
    'agency-list.csv: 2 creators added, 1 already on the roster updated, 1 rows left out',
  );
  await expect(report).toContainText('Row 5, column “Platform”: "MySpace" is not a platform');
  await expect(page.getByText('3 of 3 creators')).toBeVisible();
  // Importing the same list again doubles no one.
  await page.locator('input[type=file][accept=".csv,.tsv,.txt,.xlsx"]').setInputFiles({
    name: 'agency-list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Handle,Platform\nlucia_mx,TikTok\n'),
  });
  await expect(report).toContainText('0 creators added, 1 already on the roster updated');
  await expect(page.getByText('3 of 3 creators')).toBeVisible();
  // Back to the one creator the campaigns below are about.
  await page.getByPlaceholder('Search handle, tag, country…').fill('katya');
  await expect(page.getByText('1 of 3 creators')).toBeVisible();
  await page.getByPlaceholder('Search handle, tag, country…').fill('');

  // A promo-code campaign with a fixed fee of 10.00.
  await page.getByRole('tab', { name: 'Campaigns' }).click();
  await expect(page.getByText('No campaigns yet.')).toBeVisible();
  await page.getByRole('button', { name: 'New campaign' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Campaign name').fill('Katya code');
  await choose(page, dialog, 'Creator', 'katya_live · AliExpress LIVE');
  await dialog.getByLabel('Promo codes').fill('KATYA10');
  await dialog.getByLabel('Promo codes').press('Enter');
  await dialog.getByLabel('Fixed fee (USD)').fill('10');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Katya code', level: 3 })).toBeVisible();
  await page.getByRole('button', { name: '← Campaigns' }).click();

  // A post campaign on product 1005001: 10 % commission, fee 20.00, one post.
  await page.getByRole('button', { name: 'New campaign' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Campaign name').fill('Katya post');
  await choose(page, dialog, 'Type', 'Fixed fee');
  await choose(page, dialog, 'Creator', 'katya_live · AliExpress LIVE');
  await dialog.getByLabel('Commission').fill('10');
  await dialog.getByLabel('Fixed fee (USD)').fill('20');
  await dialog.getByLabel('Linked products').fill('1005001');
  await page.getByRole('option', { name: 'Add product ID “1005001”' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Katya post', level: 3 })).toBeVisible();
  await page.getByLabel('Time').fill('2025-11-10T20:00');
  await page.getByLabel('Link').fill('https://example.com/katya/post-1');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('link', { name: 'https://example.com/katya/post-1' })).toBeVisible();
  await expect(page.getByTestId('campaign-orders')).toHaveText('0', { timeout: 20_000 });
  await page.getByRole('button', { name: '← Campaigns' }).click();
  await expectResults(page, 'Katya code', ['0', '$0.00', '0', '$10.00', '0.00']);
  await expectResults(page, 'Katya post', ['0', '$0.00', '0', '$20.00', '0.00']);

  // Import the orders.
  await nav(page, /Import/);
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'orders-with-codes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-result')).toContainText('Imported 6 rows', { timeout: 30_000 });

  // Code: orders 01 and 06 = 52.30, cost 10.00, ROAS 5.23. Post: order 02 = 20.00, one refunded,
  // cost 20.00 + 10 % of 20.00 = 22.00, ROAS 0.91.
  await nav(page, /Creators/);
  await page.getByRole('tab', { name: 'Campaigns' }).click();
  // The imported products are not in the catalog, so the profit model has no cost for them: no margin.
  await expectResults(page, 'Katya code', ['2', '$52.30', '0', '$10.00', '5.23', '—']);
  await expectResults(page, 'Katya post', ['1', '$20.00', '1', '$22.00', '0.91', '—']);
  await expect(
    page.getByText('2 campaigns · 1 orders in their periods not attributed to any campaign'),
  ).toBeVisible();

  // Moving the post after order 02 takes it away from the campaign.
  await row(page, 'Katya post').getByRole('button', { name: 'Katya post' }).click();
  await expect(page.getByTestId('campaign-margin-note')).toContainText(
    'give the products a cost in the catalog',
  );
  await page.getByRole('button', { name: 'Remove' }).click();
  await page.getByLabel('Time').fill('2025-11-12T12:00');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('campaign-orders')).toHaveText('0', { timeout: 20_000 });
  await expect(page.getByTestId('campaign-refunded')).toHaveText('1');
  await expect(page.getByTestId('campaign-cost')).toHaveText('$20.00');

  // Fan Zone: 61 title characters are refused, 60 accepted.
  await page.getByRole('tab', { name: 'Fan Zone post' }).click();
  const title = page.getByLabel('Title');
  await title.fill('L'.repeat(61));
  await expect(page.getByText('The title has 61 characters; at most 60 are allowed.').first()).toBeVisible();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await title.fill('L'.repeat(60));
  await expect(page.getByText(/The title has \d+ characters/)).toHaveCount(0);
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('60 / 60 characters')).toBeVisible();
  // The banner is made right here: the studio opens on the Fan Zone banner preset (750×360 out of a 1600×900 photo).
  const bannerField = page.getByTestId('single-image');
  await pictureFromSavedFile(page, bannerField, 'Banner', {
    name: 'led-week.jpg',
    width: 1600,
    height: 900,
    colour: '#d9453b',
  });
  await expect(bannerField).toContainText('750×360 · JPEG');
  await expect(page.getByTestId('fanzone-status')).not.toContainText(/banner/i);

  // A LIVE session scheduled shows in the calendar.
  await page.getByRole('tab', { name: 'LIVE schedule' }).click();
  await page.getByRole('button', { name: 'Schedule a LIVE session' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Session title').fill('Store LIVE: LED week');
  await dialog.getByLabel('Time').fill('2026-12-18T20:00');
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByTestId('live-month')).toHaveText('December 2026');
  await expect(page.getByTestId('live-day-2026-12-18')).toContainText('Store LIVE: LED week');
  await expect(page.getByRole('table').getByText('Store LIVE: LED week')).toBeVisible();

  // The pipeline moves a card by keyboard.
  await page.getByRole('tab', { name: 'Pipeline' }).click();
  const card = page.getByRole('button', { name: 'Katya code, Prospect' });
  await card.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('pipeline-column-contacted').getByText('Katya code')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
