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
  expect(consoleErrors).toEqual([]);
});
