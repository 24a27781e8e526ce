/**
 * Screenshots of every screen, as a user sees them: English and Chinese, light and dark, demo store and empty
 * store, at 1440×900 and 1280×720 (VIEWPORTS=1440x900,1280x720 to choose). `npx tsx scripts/screenshots.ts
 * [outDir]` after `npm run build`. Prints how long the demo took.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH, startHost, stopHost } from '../e2e/host';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.argv[2] ?? join(ROOT, '.tmp', 'screens');
/** A screen may carry search params: `dashboard?country=RU` is the dashboard filtered to Russia. */
const SCREENS = [
  'dashboard',
  'dashboard?country=RU',
  'orders',
  'catalog',
  'photos',
  'import',
  'inbox',
  'hosting',
  'logistics',
  'market',
  'creators',
  'settings',
  ...(process.env.SCREENS?.split(',') ?? []),
];
const fileName = (screen: string) => screen.replace(/[?&=]/gu, '-');
const VIEWPORTS = (process.env.VIEWPORTS ?? '1440x900,1280x720').split(',').map((size) => {
  const [width, height] = size.split('x').map(Number);
  return { width: width ?? 1440, height: height ?? 900, name: size };
});

async function setLanguage(page: Page, label: 'English' | '简体中文') {
  await page.getByTestId('language-switcher').click();
  await page.getByRole('option', { name: label }).click();
  await page.keyboard.press('Escape');
}

/** The inbox is shot with a conversation open, as a rep works it: the thread and the buyer's context shown. */
async function openFirstConversation(page: Page) {
  await page.getByTestId('conversation-row').first().waitFor({ timeout: 60_000 });
  // The header's switchers keep focus after a language change; the inbox's keys must reach the inbox.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
}

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: process.env.FULL_PAGE === '1' });
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const host = await startHost(await mkdtemp(join(tmpdir(), 'sw-shots-')));
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  await page.goto(host.url);
  await shoot(page, 'welcome-en');
  const started = Date.now();
  await page.getByTestId('start-demo').click();
  await page.waitForTimeout(1500);
  await shoot(page, 'welcome-progress-en');
  await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor({ timeout: 1_200_000 });
  console.log(`demo store generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const themes = [
    ['en', 'light'],
    ['zh', 'light'],
    ['en', 'dark'],
    ['zh', 'dark'],
  ] as const;
  const setTheme = async (target: Page, lang: 'en' | 'zh', scheme: 'light' | 'dark') => {
    await setLanguage(target, lang === 'en' ? 'English' : '简体中文');
    const dark = (await target.locator('html').getAttribute('data-mantine-color-scheme')) === 'dark';
    if (dark !== (scheme === 'dark')) await target.getByTestId('theme-toggle').click();
  };
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const [lang, scheme] of themes) {
      await setTheme(page, lang, scheme);
      for (const screen of SCREENS) {
        await page.goto(`${new URL(host.url).origin}/#/${screen}`);
        if (screen === 'inbox') await openFirstConversation(page);
        await shoot(page, `${fileName(screen)}-${lang}-${scheme}-${viewport.name}`);
      }
    }
  }
  // Empty store: a second browser context is a fresh profile.
  const empty = await browser.newPage({ viewport: VIEWPORTS[0]! });
  await empty.goto(host.url);
  await empty.getByLabel('Store name').fill('义乌小铺');
  await empty.getByRole('button', { name: 'Create store' }).click();
  await empty.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
  for (const [lang, scheme] of [themes[0], themes[3]]) {
    await setTheme(empty, lang, scheme);
    for (const screen of SCREENS) {
      await empty.goto(`${new URL(host.url).origin}/#/${screen}`);
      await shoot(empty, `${fileName(screen)}-empty-${lang}-${scheme}`);
    }
  }
  await browser.close();
  await stopHost(host.child);
}

void main();
