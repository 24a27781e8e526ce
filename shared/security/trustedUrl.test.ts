import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl } from './trustedUrl';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://aliexpress.com/item/1.html',
    'https://gsp.aliexpress.com/',
    'https://global.cainiao.com/detail.htm?mailNoList=LP123',
    'https://www.17track.net/en/track?nums=RB1',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    ['plain http', 'http://aliexpress.com/'],
    ['lookalike host', 'https://aliexpress.com.evil.io/'],
    ['suffix without dot', 'https://evilaliexpress.com/'],
    ['credentials', 'https://user:pw@aliexpress.com/'],
    ['custom port', 'https://aliexpress.com:8443/'],
    ['file url', 'file:///etc/passwd'],
    ['javascript url', 'javascript:alert(1)'],
    ['app protocol', 'app://workstation/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_why, url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('isAppUrl', () => {
  it('accepts only the app origin', () => {
    expect(isAppUrl('app://workstation/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://workstation/')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
  });
});
