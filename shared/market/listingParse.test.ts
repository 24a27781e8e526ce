import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseListing } from './listingParse';

const page = (name: string) => readFileSync(join(__dirname, '__fixtures__', name), 'utf8');

describe('parseListing on pasted pages', () => {
  it('reads an English page: range price, rounded sold, struck-through original, fee', () => {
    const parsed = parseListing(page('en.txt'));
    expect(parsed.price).toEqual({ min: 4.05, max: 19.9, currency: 'USD' });
    expect(parsed.originalPrice).toEqual({ min: 8.1, max: 39.8, currency: 'USD' });
    expect(parsed.sold).toEqual({ min: 10000, rounded: true });
    expect(parsed.rating).toBe(4.8);
    expect(parsed.reviews).toBe(3411);
    expect(parsed.shipping).toEqual({ amount: 2.99, currency: 'USD' });
    expect(parsed.store).toBe('Lumina Tech Official Store');
    expect(parsed.title).toBe(
      '15W Magnetic Wireless Charger Pad for iPhone 15 14 13 Pro Max Fast Charging Stand Holder',
    );
  });

  it('reads a Russian page with space thousands and a coupon line', () => {
    const parsed = parseListing(page('ru.txt'));
    expect(parsed.price).toEqual({ min: 1084.15, max: 1084.15, currency: 'RUB' });
    expect(parsed.originalPrice).toEqual({ min: 2168.3, max: 2168.3, currency: 'RUB' });
    expect(parsed.sold).toEqual({ min: 2000, rounded: true });
    expect(parsed.rating).toBe(4.8);
    expect(parsed.reviews).toBe(3411);
    expect(parsed.shipping).toEqual({ free: true });
    expect(parsed.store).toBe('Lumina Tech Official Store');
    expect(parsed.title).toMatch(/^Магнитное беспроводное/u);
  });

  it('reads a Portuguese page with no-break spaces after R$', () => {
    const parsed = parseListing(page('pt.txt'));
    expect(parsed.price).toEqual({ min: 32.4, max: 32.4, currency: 'BRL' });
    expect(parsed.originalPrice?.min).toBe(64.8);
    expect(parsed.sold).toEqual({ min: 1000, rounded: true });
    expect(parsed.reviews).toBe(1250);
    expect(parsed.rating).toBe(4.7);
    expect(parsed.shipping).toEqual({ free: true });
    expect(parsed.store).toBe('Lumina Tech Store');
  });

  it('reads a Spanish page with K counts and a euro fee', () => {
    const parsed = parseListing(page('es.txt'));
    expect(parsed.price).toEqual({ min: 8.75, max: 8.75, currency: 'EUR' });
    expect(parsed.sold).toEqual({ min: 50000, rounded: true });
    expect(parsed.reviews).toBe(5000);
    expect(parsed.rating).toBe(4.6);
    expect(parsed.shipping).toEqual({ amount: 2.99, currency: 'EUR' });
    expect(parsed.store).toBe('Lumina Tech Store');
  });

  it('reads a French page with narrow no-break spaces', () => {
    const parsed = parseListing(page('fr.txt'));
    expect(parsed.price).toEqual({ min: 1234.56, max: 1234.56, currency: 'EUR' });
    expect(parsed.originalPrice?.min).toBe(2469.12);
    expect(parsed.sold).toEqual({ min: 1000, rounded: true });
    expect(parsed.reviews).toBe(1204);
    expect(parsed.rating).toBe(4.9);
    expect(parsed.shipping).toEqual({ free: true });
    expect(parsed.store).toBe('Lumina Tech Store');
  });

  it('reads a Chinese page: 万 counts, ¥ prices, a threshold coupon that is not the price', () => {
    const parsed = parseListing(page('zh.txt'));
    expect(parsed.price).toEqual({ min: 29.9, max: 29.9, currency: 'CNY' });
    expect(parsed.originalPrice?.min).toBe(59.8);
    expect(parsed.sold).toEqual({ min: 500, rounded: true });
    expect(parsed.reviews).toBe(12000);
    expect(parsed.rating).toBe(4.8);
    expect(parsed.shipping).toEqual({ free: true });
    expect(parsed.store).toBe('绿明科技官方旗舰店');
    expect(parsed.title).toMatch(/^15W磁吸无线充电器/u);
  });
});

describe('parseListing on short forms', () => {
  it.each([
    ['Sold 1,234', { min: 1234, rounded: false }],
    ['1234 sold', { min: 1234, rounded: false }],
    ['0 sold', { min: 0, rounded: false }],
    ['100K+ sold', { min: 100000, rounded: true }],
    ['1.5K+ sold', { min: 1500, rounded: true }],
    ['Продано 1 234', { min: 1234, rounded: false }],
    ['5 mil+ vendidos', { min: 5000, rounded: true }],
    ['已售 3000+', { min: 3000, rounded: true }],
    ['10 000+ заказов', { min: 10000, rounded: true }],
  ])('%s', (line, sold) => {
    expect(parseListing(`Some product title with many words here\nUS $1.00\n${line}`).sold).toEqual(sold);
  });

  it.each([
    ['£3.20', { min: 3.2, max: 3.2, currency: 'GBP' }],
    ['$12.99', { min: 12.99, max: 12.99, currency: 'USD' }],
    ['12,99 zł', { min: 12.99, max: 12.99, currency: 'PLN' }],
    ['₩15,000', { min: 15000, max: 15000, currency: 'KRW' }],
    ['￥1,299.00', { min: 1299, max: 1299, currency: 'CNY' }],
    ['499 руб.', { min: 499, max: 499, currency: 'RUB' }],
    ['1.299,90 €', { min: 1299.9, max: 1299.9, currency: 'EUR' }],
    ['R$ 1.032,40 - R$ 1.500,00', { min: 1032.4, max: 1500, currency: 'BRL' }],
    ['US $4.05 - US $19.90', { min: 4.05, max: 19.9, currency: 'USD' }],
    ['4,05 - 19,90 €', { min: 4.05, max: 19.9, currency: 'EUR' }],
    ['1\u202f084,15\u00a0₽', { min: 1084.15, max: 1084.15, currency: 'RUB' }],
  ])('price %s', (line, price) => {
    expect(parseListing(`A product title with enough words\n${line}`).price).toEqual(price);
  });

  it('reads ratings and reviews written in one line', () => {
    const parsed = parseListing(
      'Nice lamp for the bedroom with timer\n4.8 ★ | 5K+ Reviews | 1,000+ sold\n$5.00',
    );
    expect(parsed.rating).toBe(4.8);
    expect(parsed.reviews).toBe(5000);
    expect(parsed.sold).toEqual({ min: 1000, rounded: true });
  });

  it('does not read the store feedback percentage as a review count', () => {
    const parsed = parseListing('Lamp with many useful words\n9,99 €\nPositive feedback 98,2%\n12 avis');
    expect(parsed.reviews).toBe(12);
  });

  it('finds an item id in a link that came along', () => {
    const parsed = parseListing(
      'https://aliexpress.ru/item/1005006123456789.html\nTitle of the thing we sell\n100 ₽',
    );
    expect(parsed.itemId).toBe('1005006123456789');
  });

  it('answers price null with an error for text that is not a listing', () => {
    const parsed = parseListing('Dear diary,\ntoday I went for a walk and saw 3 dogs.');
    expect(parsed.price).toBeNull();
    expect(parsed.errors.length).toBeGreaterThan(0);
  });

  it('answers price null with an error for empty text', () => {
    const parsed = parseListing('  \n ');
    expect(parsed.price).toBeNull();
    expect(parsed.errors[0]?.field).toBe('text');
  });

  it('flags each field it could not read', () => {
    const parsed = parseListing('Some product title with many words\nUS $1.00');
    expect(parsed.errors.map((error) => error.field)).toEqual(
      expect.arrayContaining(['sold', 'rating', 'reviews', 'shipping', 'store']),
    );
  });
});

describe('parseListing on other layouts', () => {
  it('reads the newer layout: price above title, reviews split over lines, "Shipping: Free"', () => {
    const parsed = parseListing(page('en-new-layout.txt'));
    expect(parsed.price?.min).toBe(4.05);
    expect(parsed.originalPrice?.min).toBe(8.1);
    expect(parsed.title).toMatch(/^LED Night Light Motion Sensor/u);
    expect(parsed.rating).toBe(4.7);
    expect(parsed.reviews).toBe(1024);
    expect(parsed.shipping).toEqual({ free: true });
    expect(parsed.store).toBe('NightOwl Lighting Store');
  });

  it('reads Russian labels: руб., "Отзывы покупателей (…)", a fee in ₽, the seller on its own line', () => {
    const parsed = parseListing(page('ru-labels.txt'));
    expect(parsed.price).toEqual({ min: 349, max: 349, currency: 'RUB' });
    expect(parsed.reviews).toBe(1024);
    expect(parsed.sold).toEqual({ min: 1234, rounded: false });
    expect(parsed.shipping).toEqual({ amount: 199, currency: 'RUB' });
    expect(parsed.store).toBe('NightOwl Lighting');
  });

  it('reads a Portuguese summary line with dots between the figures', () => {
    const parsed = parseListing(page('pt-one-line.txt'));
    expect(parsed.price).toEqual({ min: 5.2, max: 5.2, currency: 'USD' });
    expect(parsed.rating).toBe(4.5);
    expect(parsed.reviews).toBe(830);
    expect(parsed.sold).toEqual({ min: 5000, rounded: true });
    expect(parsed.shipping).toEqual({ amount: 15.9, currency: 'BRL' });
    expect(parsed.store).toBe('NightOwl Lighting');
  });
});
