import { describe, expect, it, vi } from 'vitest';
import {
  decideWindowOpen,
  hardenWebContents,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
  secureWebPreferences,
} from './security';

describe('secureWebPreferences (Electron security checklist)', () => {
  const prefs = secureWebPreferences('/app/preload.mjs');
  it('isolates the context', () => expect(prefs.contextIsolation).toBe(true));
  it('sandboxes the renderer', () => expect(prefs.sandbox).toBe(true));
  it('gives the renderer no Node', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
  it('keeps web security on and insecure content off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });
  it('disables webview and experimental features', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });
  it('uses the given preload', () => expect(prefs.preload).toBe('/app/preload.mjs'));
});

describe('navigation', () => {
  it('stays inside the app', () => {
    expect(isNavigationAllowed('app://workstation/index.html#/settings')).toBe(true);
    expect(isNavigationAllowed('https://aliexpress.com/')).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd')).toBe(false);
  });
  it('allows the dev server only when one is running', () => {
    expect(isNavigationAllowed('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isNavigationAllowed('http://localhost:5173/x')).toBe(false);
    expect(isNavigationAllowed('http://localhost:5174/x', 'http://localhost:5173')).toBe(false);
  });
});

describe('window.open', () => {
  it('never opens a window, sends allow-listed links to the browser', () => {
    expect(decideWindowOpen('https://aliexpress.com/')).toEqual({
      action: 'deny',
      openExternally: 'https://aliexpress.com/',
    });
    expect(decideWindowOpen('https://evil.example/')).toEqual({ action: 'deny' });
  });
});

describe('permissions and senders', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('denies %s', (p) =>
    expect(isPermissionGranted(p)).toBe(false),
  );
  it('trusts only the app frame', () => {
    expect(isTrustedSender({ url: 'app://workstation/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'https://aliexpress.com/', parent: null })).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('prevents foreign navigation and webviews, and denies window.open', () => {
    const listeners: Record<string, (...args: never[]) => void> = {};
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
    const contents = {
      on: (event: string, listener: (...args: never[]) => void) => void (listeners[event] = listener),
      setWindowOpenHandler: (h: typeof openHandler) => void (openHandler = h),
    };
    const openExternal = vi.fn();
    hardenWebContents(contents as never, openExternal);

    const nav = { preventDefault: vi.fn() };
    (listeners['will-navigate'] as (e: typeof nav, url: string) => void)(nav, 'https://evil.example/');
    expect(nav.preventDefault).toHaveBeenCalled();
    const inApp = { preventDefault: vi.fn() };
    (listeners['will-navigate'] as (e: typeof inApp, url: string) => void)(
      inApp,
      'app://workstation/index.html',
    );
    expect(inApp.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    (listeners['will-attach-webview'] as (e: typeof webview) => void)(webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(openHandler?.({ url: 'https://aliexpress.com/item' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://aliexpress.com/item');
    expect(openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});
