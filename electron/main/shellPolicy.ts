import { isAllowedExternalUrl } from '@shared/security/trustedUrl';

/**
 * Pure decisions of the Electron shell, unit-tested here because no Electron binary runs on the build machine.
 * window.ts, ipc.ts, index.ts and shellAdapter.ts only wire them to Electron.
 */

/** The URL as the URL parser sees it, when allow-listed: the OS browser gets exactly what was checked. */
export function normalisedExternalUrl(raw: string): string | undefined {
  const text = raw.trim();
  if (!isAllowedExternalUrl(text)) return undefined;
  return new URL(text).href;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_NAME = 200;

/**
 * A file name the renderer suggests for a save dialog, made safe as a single name in the user's Downloads
 * folder: no folders, no separators or characters Windows refuses, no reserved device names, a sane length.
 */
export function safeSaveName(suggested: string, fallback: string): string {
  const leaf = (suggested.normalize('NFC').split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (!leaf) return fallback;
  const named = WINDOWS_RESERVED.test(leaf) ? `_${leaf}` : leaf;
  if (named.length <= MAX_NAME) return named;
  const dot = named.lastIndexOf('.');
  const ext = dot > 0 && named.length - dot <= 10 ? named.slice(dot) : '';
  return named.slice(0, MAX_NAME - ext.length) + ext;
}

/**
 * A renderer that crashed reloads, because IndexedDB and the autosaved drafts bring the user back; one that
 * keeps crashing would reload forever. After `maxCrashes` within `windowMs` the shell stops and says so.
 */
export class CrashLoopGuard {
  private crashes: number[] = [];
  constructor(
    readonly maxCrashes = 3,
    readonly windowMs = 60_000,
  ) {}

  shouldReload(now = Date.now()): boolean {
    this.crashes = [...this.crashes.filter((at) => now - at < this.windowMs), now];
    return this.crashes.length <= this.maxCrashes;
  }
}

/** `ELECTRON_RENDERER_URL` (electron-vite's dev server) is trusted only in an unpackaged development build. */
export function devServerUrlFor(
  env: Readonly<Record<string, string | undefined>>,
  build: { packaged: boolean; devBuild: boolean },
): string | undefined {
  const raw = env.ELECTRON_RENDERER_URL;
  if (build.packaged || !build.devBuild || !raw) return undefined;
  try {
    const url = new URL(raw);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && loopback ? raw : undefined;
  } catch {
    return undefined;
  }
}
