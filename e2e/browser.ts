import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface FoundBrowser {
  path: string;
  source: 'setting' | 'system' | 'playwright';
}

/** Where the end-to-end tests look for Chromium, in order: an explicit setting, the system's, Playwright's own. */
export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  const setting = env.CHROMIUM_PATH ?? env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (setting) return existsSync(setting) ? { path: setting, source: 'setting' } : undefined;
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, source: 'playwright' };
  } catch {
    // Playwright has no browser of its own installed.
  }
  return undefined;
}
