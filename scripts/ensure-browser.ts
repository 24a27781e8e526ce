/**
 * The first step of `npm test`: make sure the end-to-end tests have a Chromium (and CJK fonts for Chinese
 * screens), installing one the way this machine allows, or stop with one line saying how.
 * Order: CHROMIUM_PATH (explicit) → the system's chromium → Playwright's own cache → `playwright install
 * chromium` (where it can download) → `apt-get install chromium fonts-noto-cjk` (Debian/Ubuntu, as root).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium } from '../e2e/browser';

const quiet = { stdio: 'ignore' as const, timeout: 10 * 60_000 };

function isDebianLike(): boolean {
  if (existsSync('/etc/debian_version')) return true;
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasCjkFonts = () => {
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return fonts.status !== 0 || fonts.stdout.trim().length > 0; // no fontconfig (Windows/macOS): the OS has them
};

function aptInstall(packages: string[]): boolean {
  process.stdout.write(`ensure-browser: installing ${packages.join(' ')} with apt-get…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (spawnSync('apt-get', ['update', '-qq'], { ...quiet, env }).status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { ...quiet, env }).status === 0;
}

export function ensureBrowser(): string | undefined {
  const explicit = process.env.CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  let found = findChromium();
  if (explicit && !found) {
    process.stderr.write(`ensure-browser: CHROMIUM_PATH=${explicit} does not exist; fix or unset it.\n`);
    return undefined;
  }
  if (!found) {
    process.stdout.write('ensure-browser: no Chromium found; trying `playwright install chromium`…\n');
    spawnSync('npx', ['playwright', 'install', 'chromium'], quiet);
    found = findChromium();
  }
  if (!found && isDebianLike() && isRoot()) {
    aptInstall(['chromium', 'fonts-noto-cjk']);
    found = findChromium();
  }
  if (found && !hasCjkFonts() && isDebianLike() && isRoot()) aptInstall(['fonts-noto-cjk']);
  return found?.path;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const path = ensureBrowser();
  if (!path && (process.env.CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH))
    process.exit(1);
  if (!path) {
    process.stderr.write(
      'ensure-browser: no Chromium for the end-to-end tests — install one (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-cjk`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chrome/Chromium executable, then run npm test again.\n',
    );
    process.exit(1);
  }
  process.stdout.write(`ensure-browser: end-to-end tests use ${path}\n`);
}
