import { describe, expect, it } from 'vitest';
import { parseAliExpressRef } from './itemId';

describe('parseAliExpressRef', () => {
  it.each([
    'https://www.aliexpress.com/item/1005006123456789.html',
    'https://aliexpress.ru/item/1005006123456789.html?sku_id=123',
    'pt.aliexpress.com/item/1005006123456789.html',
    'https://es.aliexpress.com/item/1005006123456789.html#nav',
    'https://m.aliexpress.com/item/1005006123456789.html',
    'https://www.aliexpress.us/item/3256806123456789.html'.replace('3256806123456789', '1005006123456789'),
    'https://fr.aliexpress.com/i/1005006123456789.html',
    'https://www.aliexpress.com/item/Some-Slug-Title/1005006123456789.html',
    'https://m.aliexpress.com/app/detail.html?productId=1005006123456789',
    '1005006123456789',
    '  1005006123456789 ',
  ])('%s', (input) => {
    const ref = parseAliExpressRef(input);
    expect(ref).toEqual({
      kind: 'item',
      itemId: '1005006123456789',
      url: 'https://www.aliexpress.com/item/1005006123456789.html',
    });
  });

  it('recognises a store link and a short link', () => {
    expect(parseAliExpressRef('https://www.aliexpress.com/store/1101234567').kind).toBe('store');
    expect(parseAliExpressRef('https://a.aliexpress.com/_mKxyz12').kind).toBe('short-link');
    expect(parseAliExpressRef('hello world').kind).toBe('invalid');
  });
});
