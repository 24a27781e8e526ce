import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/host';

export default defineConfig({
  testDir: 'e2e',
  // Reserves the folder and port of the run's one demo store (e2e/demoStore.ts).
  globalSetup: './e2e/global-setup.ts',
  // Tests that generate the demo store spend most of their time there; a busy 2-core machine needs minutes.
  timeout: 600_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    // A click on something that never appears fails within a minute instead of hanging to the test timeout.
    actionTimeout: 60_000,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    // Playwright cannot download its own browsers here: Debian's Chromium where it is installed.
    launchOptions: CHROMIUM_LAUNCH,
  },
});
