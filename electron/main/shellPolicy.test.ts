import { describe, expect, it } from 'vitest';
import { CrashLoopGuard, devServerUrlFor, normalisedExternalUrl, safeSaveName } from './shellPolicy';
import { isTrustedSender } from './security';

describe('isTrustedSender', () => {
  it('requires the app URL and the main frame (no iframe, even of the app itself)', () => {
    expect(isTrustedSender({ url: 'app://workstation/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://workstation/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://aliexpress.com/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('normalisedExternalUrl', () => {
  it('hands the operating system the URL as parsed, never the raw text', () => {
    expect(normalisedExternalUrl('https://AliExpress.com/item/1?x=a b')).toBe(
      'https://aliexpress.com/item/1?x=a%20b',
    );
    expect(normalisedExternalUrl(' https://aliexpress.com/x')).toBe('https://aliexpress.com/x');
    expect(normalisedExternalUrl('https://evil.example/')).toBeUndefined();
    expect(normalisedExternalUrl('file:///etc/passwd')).toBeUndefined();
  });
});

describe('safeSaveName', () => {
  it('keeps a plain name with its extension, Chinese included', () => {
    expect(safeSaveName('订单 2026-01.csv', 'export.csv')).toBe('订单 2026-01.csv');
  });
  it('drops folders, separators, control and reserved characters', () => {
    expect(safeSaveName('../../Windows/System32/evil.dll', 'x.csv')).toBe('evil.dll');
    expect(safeSaveName('C:\\Users\\li\\a.csv', 'x.csv')).toBe('a.csv');
    expect(safeSaveName('a<b>:"|?*\u0000.csv', 'x.csv')).toBe('a_b_______.csv');
  });
  it('refuses names Windows reserves or that are empty, using the fallback', () => {
    expect(safeSaveName('CON.csv', 'export.csv')).toBe('_CON.csv');
    expect(safeSaveName('nul', 'export.csv')).toBe('_nul');
    expect(safeSaveName('...', 'export.csv')).toBe('export.csv');
    expect(safeSaveName('', 'export.csv')).toBe('export.csv');
  });
  it('keeps names within 200 characters', () => {
    expect(safeSaveName(`${'长'.repeat(400)}.csv`, 'x.csv').length).toBeLessThanOrEqual(200);
    expect(safeSaveName(`${'长'.repeat(400)}.csv`, 'x.csv').endsWith('.csv')).toBe(true);
  });
});

describe('CrashLoopGuard', () => {
  it('reloads after a crash, and stops after three crashes within a minute', () => {
    const guard = new CrashLoopGuard(3, 60_000);
    expect(guard.shouldReload(0)).toBe(true);
    expect(guard.shouldReload(10_000)).toBe(true);
    expect(guard.shouldReload(20_000)).toBe(true);
    expect(guard.shouldReload(30_000)).toBe(false);
  });
  it('forgets crashes older than the window', () => {
    const guard = new CrashLoopGuard(3, 60_000);
    for (const at of [0, 10_000, 20_000]) guard.shouldReload(at);
    expect(guard.shouldReload(200_000)).toBe(true);
  });
});

describe('devServerUrlFor', () => {
  it('honours ELECTRON_RENDERER_URL only in a development build', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(devServerUrlFor(env, { packaged: false, devBuild: true })).toBe('http://localhost:5173');
    expect(devServerUrlFor(env, { packaged: false, devBuild: false })).toBeUndefined();
    expect(devServerUrlFor(env, { packaged: true, devBuild: true })).toBeUndefined();
  });
  it('accepts only a loopback http URL', () => {
    const dev = { packaged: false, devBuild: true };
    expect(devServerUrlFor({ ELECTRON_RENDERER_URL: 'https://evil.example' }, dev)).toBeUndefined();
    expect(devServerUrlFor({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, dev)).toBe(
      'http://127.0.0.1:5173/',
    );
  });
});
