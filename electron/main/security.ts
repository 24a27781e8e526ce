import type { WebPreferences } from 'electron';
import { isAllowedExternalUrl, isAppUrl } from '@shared/security/trustedUrl';

/**
 * Electron's security checklist in one place. Every decision here is a pure function so a unit test
 * fails the day one of them is loosened; `hardenWebContents` only wires them to Electron's events.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** The window may only ever show the app itself (and the dev server during `npm run dev`). */
export function isNavigationAllowed(url: string, devServerUrl?: string): boolean {
  if (isAppUrl(url)) return true;
  return devServerUrl !== undefined && sameOrigin(url, devServerUrl);
}

export type WindowOpenDecision = { action: 'deny'; openExternally?: string };

/** New windows are never created; an allow-listed https link goes to the user's browser instead. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return isAllowedExternalUrl(url) ? { action: 'deny', openExternally: url } : { action: 'deny' };
}

/** Camera, microphone, geolocation, notifications…: the workstation needs none of them. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/** What the check needs of Electron's `event.senderFrame`. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * Bridge calls are answered only for the main frame showing the app: not for an iframe (even one of the app's own
 * pages) and not for a page navigated elsewhere — VS Code's validated IPC checks the same.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, devServerUrl?: string): boolean {
  return !!frame && frame.parent === null && isNavigationAllowed(frame.url, devServerUrl);
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function hardenWebContents(
  contents: HardenableContents,
  openExternal: (url: string) => void,
  devServerUrl?: string,
): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!isNavigationAllowed(url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) openExternal(decision.openExternally);
    return { action: 'deny' };
  });
}
