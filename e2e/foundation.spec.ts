import { expect, test } from './fixtures';

/** Every module in the sidebar, and the heading its screen shows. */
const SIDEBAR = [
  { name: /Dashboard/, heading: 'Dashboard' },
  { name: /Orders/, heading: 'Orders' },
  { name: /Products/, heading: 'Products' },
  { name: /Inbox/, heading: 'Inbox' },
  { name: /Import/, heading: 'Import' },
  { name: /Photo studio/, heading: 'Photo studio' },
  { name: /Hosting modes/, heading: 'Hosting modes' },
  { name: /Logistics/, heading: 'Logistics' },
  { name: /Market/, heading: 'Market' },
  { name: /Creators/, heading: 'Creators and campaigns' },
  { name: /Settings/, heading: 'Settings' },
];

test.describe('with the demo store', () => {
  test.use({ demoStore: true });

  test('the demo store made on the first-run screen: every screen, both languages, data and settings survive a reload and a restart', async ({
    page,
    host,
    consoleErrors,
  }) => {
    // The demo store is made once per run from the first-run screen (e2e/demoStore.ts: welcome, "Try the demo
    // store", its progress, then the dashboard, without a console error); the first spec to ask for it waits minutes.
    test.setTimeout(1_500_000);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('kpi-gmv')).not.toContainText('—');
    // Any dashboard table downloads as CSV that Excel opens (UTF-8 with BOM).
    await page.getByTestId('export-top-products').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('top-products.csv');
    const csv = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFProduct,GMV (USD),Orders,Units\r\n')).toBe(true);
    // Every product of the period, sortable by any metric.
    const products = page.getByRole('table', { name: 'Products in this period' });
    await products.getByRole('button', { name: 'Units' }).click();
    await expect(products.getByRole('columnheader', { name: /Units/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await products.getByRole('button', { name: /Units/ }).click();
    await expect(products.getByRole('columnheader', { name: /Units/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    // …and any chart as a PNG picture.
    await page.getByTestId('export-gmv-and-orders').click();
    const [picture] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Download PNG' }).click(),
    ]);
    expect(picture.suggestedFilename()).toBe('gmv-and-orders.png');
    const png = await (await import('node:fs/promises')).readFile(await picture.path());
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.length).toBeGreaterThan(5000);

    // A year is drawn by week, not as 365 daily points, with the platform's promotions marked on the chart.
    await page.getByText('Last 12 months', { exact: true }).click();
    const salesCard = page.locator('[data-bucket]').filter({ has: page.getByTestId('sales-chart') });
    await expect(salesCard).toHaveAttribute('data-bucket', 'week');
    await expect(salesCard).toContainText('Each point is one week');
    await expect(salesCard.locator('.recharts-reference-line')).not.toHaveCount(0);
    // Any twelve months hold an 11.11; its name labels its line.
    await expect(salesCard.getByTestId('sales-chart')).toContainText('11.11');

    // The demo's products have drawn photos: a mix of ready listings, listings to fix and listings waiting for
    // photos, as a real catalogue is, not 260 "Blocked" ones.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /Products/ })
      .click();
    await page.getByTestId('readiness-filter').click();
    const countOf = async (status: string) =>
      Number(
        /\((\d[\d,]*)\)/
          .exec(await page.getByRole('option', { name: new RegExp(`^${status} \\(`) }).innerText())?.[1]
          ?.replace(/,/g, '') ?? 0,
      );
    const [ready, toFix, blocked] = [
      await countOf('Ready to upload'),
      await countOf('Needs fixes'),
      await countOf('Blocked'),
    ];
    expect(ready).toBeGreaterThan(blocked);
    expect(blocked).toBeGreaterThan(0);
    expect(toFix).toBeGreaterThan(0);
    await page.getByRole('option', { name: /^Ready to upload \(/ }).click();
    const catalog = page.getByRole('table', { name: 'Products' });
    await expect(page.getByText(`${ready.toLocaleString('en-US')} products`)).toBeVisible();
    const thumbnail = catalog.getByRole('row').nth(1).getByRole('img');
    await expect(thumbnail).toBeVisible();
    await expect
      .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);

    await expect(page.getByRole('navigation').getByRole('link')).toHaveCount(SIDEBAR.length);
    for (const entry of SIDEBAR) {
      await page.getByRole('navigation').getByRole('link', { name: entry.name }).click();
      await expect(page.getByRole('heading', { name: entry.heading, level: 2 })).toBeVisible();
    }
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /Orders/ })
      .click();
    await expect(page.getByRole('row').nth(5)).toBeVisible();

    await page.getByTestId('language-switcher').click();
    await page.getByRole('option', { name: '简体中文' }).click();
    await expect(page.getByRole('heading', { name: '订单', level: 2 })).toBeVisible();
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /数据概览/ })
      .click();
    await expect(page.getByRole('heading', { name: '数据概览', level: 2 })).toBeVisible();

    await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    const storeName = await page.getByTestId('store-switcher').inputValue();

    await page.reload();
    await expect(page.getByRole('heading', { name: '数据概览', level: 2 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expect(page.getByTestId('store-switcher')).toHaveValue(storeName);

    await page.getByTestId('language-switcher').click();
    await page.getByRole('option', { name: 'English' }).click();
    // Every screen re-renders in the new language: seconds on a loaded 2-core machine with a year of demo data.
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible({ timeout: 60_000 });

    // A second store from the switcher, then a restart of the service: same origin, same data.
    await page.getByTestId('store-switcher').click();
    const options = page.getByRole('option');
    await expect(options).toHaveCount(2);
    await options.filter({ hasNotText: storeName }).click();
    await expect(page.getByTestId('store-switcher')).not.toHaveValue(storeName);

    await host.restart();
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
    await expect(page.getByTestId('store-switcher')).not.toHaveValue(storeName);
    expect(consoleErrors).toEqual([]);
  });
});

test('empty store: create one, see honest empty screens', async ({ page, host, consoleErrors }) => {
  await page.goto(host.url);
  await page.getByLabel('Store name').fill('  ');
  await page.getByRole('button', { name: 'Create store' }).click();
  await expect(page.getByText('Enter a store name (1–80 characters)')).toBeVisible();

  await page.getByLabel('Store name').fill('义乌小铺 Yiwu Corner');
  await page.getByRole('button', { name: 'Create store' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  await expect(page.getByText('No sales in this period yet')).toBeVisible();
  await expect(page.getByTestId('store-switcher')).toHaveValue('义乌小铺 Yiwu Corner');

  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Orders/ })
    .click();
  await expect(page.getByText(/No orders match/)).toBeVisible();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Settings/ })
    .click();
  await expect(page.getByTestId('data-folder')).toHaveText(host.dataDir);
  await expect(page.getByTestId('app-version')).toContainText('browser mode');
  expect(consoleErrors).toEqual([]);
});

test('the service refuses calls without its token', async ({ request, host }) => {
  const base = `http://127.0.0.1:${host.port}`;
  expect((await request.post(`${base}/api/app:info`, { data: {} })).status()).toBe(401);
  // The page itself holds no secret and sets no cookie (cookies reach every server on 127.0.0.1, whatever the port).
  const page = await request.get(`${base}/?token=${new URL(host.url).searchParams.get('token')}`);
  expect(page.status()).toBe(200);
  expect(page.headers()['set-cookie']).toBeUndefined();
  const token = new URL(host.url).searchParams.get('token');
  const ok = await request.post(`${base}/api/app:info`, {
    data: {},
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(await ok.json()).toMatchObject({ ok: true, value: { name: 'Seller Workstation' } });
});
