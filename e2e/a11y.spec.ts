import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every screen a user reaches from the sidebar, and the heading that says it has rendered. */
const SCREENS = [
  { link: /Dashboard/, heading: 'Dashboard' },
  { link: /Orders/, heading: 'Orders' },
  { link: /Products/, heading: 'Products' },
  { link: /Inbox/, heading: 'Inbox' },
  { link: /Import/, heading: 'Import' },
  { link: /Photo studio/, heading: 'Photo studio' },
  { link: /Hosting modes/, heading: 'Hosting modes' },
  { link: /Logistics/, heading: 'Logistics' },
  { link: /Market/, heading: 'Market' },
  { link: /Creators/, heading: 'Creators and campaigns' },
  { link: /Settings/, heading: 'Settings' },
];

/** Serious and critical violations on the page as it is now, one line each, so a failure reads as a list. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes
        .slice(0, 3)
        .map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    );
}

async function visitAll(page: Page, scheme: string): Promise<string[]> {
  const found: string[] = [];
  for (const screen of SCREENS) {
    await page.getByRole('navigation').getByRole('link', { name: screen.link }).click();
    await expect(page.getByRole('heading', { name: screen.heading, level: 2 })).toBeVisible();
    // Exactly one h1 and one main landmark on every screen.
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    for (const line of await seriousViolations(page)) found.push(`${scheme} ${screen.heading}: ${line}`);
  }
  return found;
}

test('every screen has no serious or critical axe-core violation, light and dark', async ({ page, host }) => {
  test.setTimeout(300_000);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Seller Workstation' })).toBeVisible();
  const welcome = (await seriousViolations(page)).map((line) => `welcome: ${line}`);
  await page.getByLabel('Store name').first().fill('Yiwu Phone Cases');
  await page.getByRole('button', { name: 'Create store' }).first().click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  const light = await visitAll(page, 'light');
  await page.getByTestId('theme-toggle').click();
  const dark = await visitAll(page, 'dark');
  expect([...welcome, ...light, ...dark]).toEqual([]);
});
