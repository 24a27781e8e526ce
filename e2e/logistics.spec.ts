import { readFile } from 'node:fs/promises';
import { importOrdersCsv, newStoreForImport } from './flows';
import { expect, test } from './fixtures';

// Seller-centre time: the board shows deadlines in the user's zone, a Chinese seller's is Asia/Shanghai.
test.use({ timezoneId: 'Asia/Shanghai' });

/** Sat 14 Feb 2026, 07:00 in China: the demo's last orders were paid just before the Spring Festival (15–23 Feb). */
const NOW = new Date('2026-02-13T23:00:00Z');
const FESTIVAL = { from: '2026-02-15', to: '2026-02-23' };

const chinaDay = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

test.setTimeout(1_500_000);

test('ship-by board across the Spring Festival, ship with a checked number, merge, rates, packing slip', async ({
  page,
  host,
  consoleErrors,
}) => {
  await page.clock.install({ time: NOW });
  await page.goto(host.url);
  await page.getByTestId('start-demo').click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible({
    timeout: 1_200_000,
  });
  await expect(page.getByTestId('at-risk-count')).toBeVisible();

  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { name: 'Logistics', level: 2 })).toBeVisible();
  const board = page.getByRole('grid', { name: 'Orders awaiting shipment' });
  await expect(board.getByTestId('deadline').first()).toBeVisible({ timeout: 60_000 });

  // Working days (the default): no deadline falls inside the festival, some are pushed past it.
  const workingDays = await board
    .getByTestId('deadline')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-deadline') ?? ''));
  const working = workingDays.map(chinaDay);
  expect(working.length).toBeGreaterThan(3);
  expect(working.filter((d) => d >= FESTIVAL.from && d <= FESTIVAL.to)).toEqual([]);
  // Scroll to the end of the list: the later buckets hold the orders pushed past the festival.
  await board.focus();
  await page.keyboard.press('End');
  await board.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect
    .poll(async () =>
      (
        await board
          .getByTestId('deadline')
          .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-deadline') ?? ''))
      )
        .map((iso) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10))
        .some((d) => d >= '2026-02-24'),
    )
    .toBe(true);

  // Calendar days: the same orders now fall due during the festival.
  await page.getByRole('tab', { name: 'Deadline rules' }).click();
  await page.getByRole('radio', { name: /Calendar days/ }).check();
  await page.getByRole('tab', { name: 'Ship-by board' }).click();
  await expect
    .poll(async () =>
      (
        await board
          .getByTestId('deadline')
          .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-deadline') ?? ''))
      )
        .map((iso) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10))
        .some((d) => d >= '2026-02-15' && d <= '2026-02-23'),
    )
    .toBe(true);
  await page.getByRole('tab', { name: 'Deadline rules' }).click();
  await page.getByRole('radio', { name: /Working days/ }).check();
  await page.getByRole('tab', { name: 'Ship-by board' }).click();

  // Ship the first order: an invalid number is refused with its reason, a valid S10 number is accepted.
  await board.getByTestId('deadline').first().click();
  const firstRow = board
    .getByRole('row')
    .filter({ has: page.getByTestId('deadline') })
    .first();
  const orderNumber = (await firstRow.getByRole('gridcell').first().innerText()).trim();
  await board.focus();
  await page.keyboard.press('s');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const tracking = dialog.getByLabel('Tracking number', { exact: true });
  await tracking.fill('RR123456784CH');
  await expect(dialog.getByText('Wrong check digit')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Mark shipped' })).toBeDisabled();
  await tracking.fill('rr 123456785 ch');
  await expect(dialog.getByText('Valid Post (UPU S10) number')).toBeVisible();
  await dialog.getByRole('button', { name: 'Mark shipped' }).click();
  await expect(dialog).toBeHidden();
  await expect(board.getByText(orderNumber, { exact: true })).toHaveCount(0);

  // Joint shipping: two orders of one buyer, the saving from the rate tables, one parcel.
  await page.getByRole('tab', { name: 'Joint shipping' }).click();
  const group = page.locator('[aria-label^="Orders of "]').first();
  await expect(group).toBeVisible({ timeout: 30_000 });
  await expect(group.getByTestId('joint-saving')).toContainText('One parcel saves');
  await group.getByRole('button', { name: 'Merge into one parcel' }).click();
  await expect(page.getByText('Merged parcels not yet shipped')).toBeVisible();

  // Rates: import a table and see the cheapest and the fastest option change.
  await page.getByRole('tab', { name: 'Rates & quotes' }).click();
  await page.getByLabel('Weight (g)').fill('400');
  const cheapest = page.getByRole('row').filter({ has: page.getByTestId('cheapest') });
  const fastest = page.getByRole('row').filter({ has: page.getByTestId('fastest') });
  await expect(cheapest).toBeVisible();
  const cheapestBefore = await cheapest.first().innerText();
  const fastestBefore = await fastest.first().innerText();
  const csv = [
    'carrier,service,countries,min_weight_g,max_weight_g,first_weight_g,first_price,additional_step_g,additional_price,per_kg_price,registration_fee,min_charge_g,currency,volumetric_divisor,days_min,days_max,tracked',
    'Test Post,Bargain Tracked,US,0,2000,,,,,1,0.5,,CNY,,15,30,true',
    'Test Air,Rocket,US,0,2000,100,900,100,10,,,,CNY,,1,2,true',
    'Broken,Row,US,0,abc,,,,,,,,CNY,,1,2,true',
  ].join('\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import rate table…' }).click();
  await (await chooser).setFiles({ name: 'my-rates.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText('my-rates.csv: 2 rows imported')).toBeVisible();
  await expect(page.getByText('Row 4 [max_weight_g]')).toBeVisible();
  await expect(cheapest.first()).toContainText('Bargain Tracked');
  await expect(fastest.first()).toContainText('Rocket');
  expect(cheapestBefore).not.toContain('Bargain Tracked');
  expect(fastestBefore).not.toContain('Rocket');

  // Print a packing slip: the Chinese sheet is rendered and window.print is called.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('tab', { name: 'Ship-by board' }).click();
  await board.getByTestId('deadline').first().click();
  await board.focus();
  await page.keyboard.press('p');
  const printDialog = page.getByRole('dialog');
  await expect(printDialog.getByText(/拣货单/).first()).toBeVisible();
  await expect(printDialog.getByText(/装箱单/).first()).toBeVisible();
  await printDialog.getByRole('button', { name: 'Print', exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  // On paper only the sheet outside the app root shows: the shell and the modal are hidden by the print stylesheet.
  await expect(page.locator('body > div:visible', { has: page.getByTestId('print-sheet') })).toHaveCount(1);
  await page.emulateMedia({ media: 'screen' });
  await printDialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(printDialog).toBeHidden();

  // A second order: its first SKU from the pick list gets a bin and an inbound shipment under Warehouse stock.
  const singleRows = board
    .getByRole('row')
    .filter({ has: page.getByTestId('deadline') })
    .filter({ hasNotText: 'Merged parcel' });
  await singleRows.first().getByTestId('deadline').click();
  const second = (await singleRows.first().getByRole('gridcell').first().innerText()).trim();
  await board.focus();
  await page.keyboard.press('p');
  const skuCode = (
    await page.getByRole('dialog').getByTestId('pick-row').first().getByRole('cell').nth(2).innerText()
  ).trim();
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('tab', { name: 'Warehouse stock' }).click();
  await page.getByLabel('Find SKU').fill(skuCode);
  const bin = page.getByLabel(`Bin of ${skuCode}`, { exact: true });
  await bin.fill('A-01-1');
  await bin.blur();
  await expect(page.getByLabel(`Bin of ${skuCode}`, { exact: true })).toHaveValue('A-01-1');
  await page.getByLabel('Tracking number', { exact: true }).fill('SF1234567890');
  await page.getByLabel('Expected arrival', { exact: true }).fill('2026-03-01');
  await page.getByRole('combobox', { name: 'SKU 1', exact: true }).fill(skuCode);
  const escaped = skuCode.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('option', { name: new RegExp(`^${escaped} ·`) }).click();
  await page.getByLabel('Quantity 1', { exact: true }).fill('10');
  await page.getByRole('button', { name: 'Record inbound shipment' }).click();
  const inbound = page.locator('[aria-label="Inbound shipment SF1234567890"]');
  await expect(inbound.getByText('On the way')).toBeVisible();
  await inbound.getByLabel(`Units of ${skuCode} counted on arrival`).fill('8');
  await inbound.getByRole('button', { name: 'Receive with these counts' }).click();
  await expect(inbound.getByTestId('reconciliation')).toHaveText('2 short');
  await expect(page.getByLabel(`Overseas warehouse stock of ${skuCode}`, { exact: true })).toHaveValue('8');
  await expect(page.getByText(/SKU\(s\) to reorder/)).toBeVisible();

  // The SKU's own lead time: out of range is refused with the rule; a good one is saved and drives its suggestion.
  const stockRow = page
    .getByTestId('stock-row')
    .filter({ has: page.getByLabel(`Bin of ${skuCode}`, { exact: true }) });
  const lead = page.getByLabel(`Lead time of ${skuCode}`, { exact: true });
  await lead.fill('400');
  await lead.blur();
  await expect(stockRow.getByText('Whole days, 1 to 365')).toBeVisible();
  await lead.fill('120');
  await lead.blur();
  await expect(stockRow.getByRole('cell').nth(8)).toHaveAttribute('title', 'Your lead time for this SKU');
  const cells = stockRow.getByRole('cell');
  const sold = Number(await cells.nth(7).innerText());
  const inTransit = Number(await cells.nth(6).innerText());
  let onHand = 0;
  for (const place of ['Own warehouse', 'Overseas warehouse', 'Platform warehouse (fully managed)'])
    onHand += Number(await page.getByLabel(`${place} stock of ${skuCode}`, { exact: true }).inputValue());
  expect(sold).toBeGreaterThan(0);
  const velocity = sold / 30;
  const reorderPoint = Math.ceil(velocity * (120 + 7) - 1e-9);
  const want =
    onHand + inTransit <= reorderPoint ? Math.ceil(velocity * (120 + 37) - 1e-9) - onHand - inTransit : 0;
  await expect(cells.nth(10)).toHaveText(want > 0 ? `Order ${want}` : 'Enough');
  // Kept: away and back, the field still holds it.
  await page.getByRole('tab', { name: 'Rates & quotes' }).click();
  await page.getByRole('tab', { name: 'Warehouse stock' }).click();
  await page.getByLabel('Find SKU').fill(skuCode);
  await expect(page.getByLabel(`Lead time of ${skuCode}`, { exact: true })).toHaveValue('120');

  // Its pick list shows the bin; then it ships with the cost actually paid.
  await page.getByRole('tab', { name: 'Ship-by board' }).click();
  await singleRows.first().getByTestId('deadline').click();
  await expect(singleRows.first().getByRole('gridcell').first()).toHaveText(second);
  await board.focus();
  await page.keyboard.press('p');
  await expect(
    page
      .getByRole('dialog')
      .getByTestId('pick-row')
      .filter({ hasText: skuCode })
      .first()
      .getByTestId('pick-bin'),
  ).toHaveText('A-01-1');
  await expect(page.getByRole('dialog').getByRole('columnheader', { name: '图片' }).first()).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await board.focus();
  await page.keyboard.press('s');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/^Shipping cost/).fill('12.34');
  await dialog.getByLabel('Tracking number', { exact: true }).fill('lp0012-3456-7890-12');
  await expect(dialog.getByText('Valid Cainiao number')).toBeVisible();
  await dialog.getByRole('button', { name: 'Mark shipped' }).click();
  await expect(dialog).toBeHidden();
  await expect(board.getByText(second, { exact: true })).toHaveCount(0);
  await singleRows.first().getByTestId('deadline').click();
  const third = (await singleRows.first().getByRole('gridcell').first().innerText()).trim();

  // Shipped parcels: the declare-shipment CSV out and back in (idempotent), then a tracking export.
  await page.getByRole('tab', { name: 'Shipped parcels' }).click();
  await expect(page.getByTestId('parcel-row').filter({ hasText: 'RR123456785CH' })).toContainText(
    'In transit',
  );
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export declare-shipment CSV' }).click();
  const exported = await readFile((await (await download).path()) ?? '', 'utf8');
  expect(exported).toContain('order_id,carrier,service,tracking_number,ship_type,shipped_at');
  expect(exported).toContain(`${orderNumber},`);
  expect(exported).toContain('RR123456785CH');
  expect(exported).toContain(`${second},`);
  expect(exported).toContain('LP00123456789012');
  const declareChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import declare-shipment file…' }).click();
  await (
    await declareChooser
  ).setFiles({ name: 'declared.csv', mimeType: 'text/csv', buffer: Buffer.from(exported) });
  await expect(
    page.getByText(/^declared\.csv: 0 order\(s\) marked shipped, \d+ already shipped/),
  ).toBeVisible();
  const edited = [
    'Order ID,Carrier,Tracking number',
    `${third},YunExpress,yt 2233 4455 6677 88`,
    '999999999999,China Post,RR000000005GB',
    `${orderNumber},China Post,RR123456784CH`,
  ].join('\n');
  const editedChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import declare-shipment file…' }).click();
  await (
    await editedChooser
  ).setFiles({ name: 'edited.csv', mimeType: 'text/csv', buffer: Buffer.from(edited) });
  await expect(page.getByText(/^edited\.csv: 1 order\(s\) marked shipped, 0 already/)).toBeVisible();
  await expect(page.getByText('Row 3 [Order ID]: no such order in this store')).toBeVisible();
  await expect(page.getByText(/^Row 4 \[Tracking number\]: the tracking number is refused/)).toBeVisible();
  await expect(page.getByTestId('parcel-row').filter({ hasText: 'YT22334455667788' })).toContainText(third);

  const trackingCsv = [
    '运单号,包裹状态,揽收时间,最后更新时间,最新动态',
    'rr123456785ch,已签收,2026-02-14 18:00,2026-02-20 12:00,Delivered to the buyer',
    'LP00123456789012,Not found,,,',
    'RR000000005GB,In transit,,,',
  ].join('\n');
  const trackingChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import tracking export…' }).click();
  await (
    await trackingChooser
  ).setFiles({ name: 'tracking.csv', mimeType: 'text/csv', buffer: Buffer.from(trackingCsv) });
  await expect(page.getByText('tracking.csv: 1 parcel(s) updated, 1 unchanged')).toBeVisible();
  await expect(
    page.getByText('Row 4 [运单号]: no shipped parcel or order has this tracking number'),
  ).toBeVisible();
  await expect(page.getByTestId('parcel-row').filter({ hasText: 'RR123456785CH' })).toContainText(
    'Delivered',
  );
  await expect(page.getByText(/without a first carrier scan/)).toHaveCount(0);
  // Sixteen days later (the Spring Festival closes 15–23 Feb): the unscanned Cainiao parcel is warned about.
  await page.clock.fastForward(16 * 86_400_000);
  await expect(
    page.getByText(/parcel\(s\) without a first carrier scan within 5 working days/),
  ).toBeVisible();
  await expect(
    page.getByTestId('parcel-row').filter({ hasText: 'LP00123456789012' }).getByTestId('no-scan'),
  ).toBeVisible();
  await expect(
    page.getByTestId('parcel-row').filter({ hasText: 'RR123456785CH' }).getByTestId('no-scan'),
  ).toHaveCount(0);

  // The cost paid for the second parcel is in that SKU's profit model.
  await page.getByRole('heading', { name: 'Logistics', level: 2 }).click();
  await page.keyboard.press('Alt+7');
  await page.getByTestId('hosting-tab-profit').click();
  await page.getByLabel('Search product or SKU code').fill(skuCode);
  await page.getByText(skuCode, { exact: true }).first().click();
  await expect(page.getByTestId('logistics-from-parcels')).toContainText(/actual cost of \d+ shipped parcel/);
  expect(consoleErrors).toEqual([]);
});

/** An empty store with an imported export: two orders awaiting shipment, one of them without a buyer name. */
const IMPORT_HEADER =
  'Order ID,Order Time,Country,Product Name,Product ID,Quantity,Order Amount,Currency,Order Status,Buyer Name,Tracking Number,Carrier';
const IMPORTED_ORDERS = [
  IMPORT_HEADER,
  '4200000000000001,2026-02-12 09:00:00,France,Kitchen scale,1005003,1,9.99,USD,Awaiting shipment,Claire Martin,,',
  '4200000000000002,2026-02-12 10:00:00,Brazil,LED strip,1005002,1,25.00,USD,Awaiting shipment,,,',
  '4200000000000003,2026-02-10 11:00:00,Brazil,Phone case,1005001,1,6.15,USD,Shipped,Maria Silva,,',
].join('\n');

test('imported orders awaiting shipment are on the board at once, the buyer by name or a dash', async ({
  page,
  host,
  consoleErrors,
}) => {
  await page.clock.install({ time: NOW });
  await newStoreForImport(page, host.url, 'Yiwu shop');
  await importOrdersCsv(page, IMPORTED_ORDERS, 3);

  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { name: 'Logistics', level: 2 })).toBeVisible();
  const board = page.getByRole('grid', { name: 'Orders awaiting shipment' });
  // The import wrote the board's queue with the orders: the two awaiting orders, not the shipped one.
  await expect(board.getByTestId('deadline')).toHaveCount(2);
  await expect(board.getByRole('row').filter({ hasText: '4200000000000001' })).toContainText('Claire Martin');
  const noName = board.getByRole('row').filter({ hasText: '4200000000000002' });
  await expect(noName.getByRole('gridcell').nth(1)).toHaveText('—');
  await expect(board).not.toContainText('4200000000000003');
  expect(consoleErrors).toEqual([]);
});
