import { describe, expect, it } from 'vitest';
import { BUYER_LANGUAGES } from '@shared/domain/types';
import { renderTemplate, templateVariables, type TemplateContext } from './render';

// Intl puts narrow / no-break spaces in some formats; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const FULL: TemplateContext = {
  buyer_name: 'Ana',
  order_id: '8123456789',
  tracking_number: 'LP00123456789CN',
  carrier: 'china-post',
  eta: Date.UTC(2025, 2, 5, 12),
  store_name: 'Bright Home',
  product_title: 'LED strip 5 m',
  rep_name: 'Lily',
  dispute_deadline: Date.UTC(2025, 2, 7, 14, 0),
  refund_amount: { amount: 1250, currency: 'USD' },
  extra: { coupon_code: 'SPRING5' },
};

describe('renderTemplate', () => {
  it('fills every variable', () => {
    const body =
      '{buyer_name}|{order_id}|{tracking_number}|{carrier}|{eta}|{store_name}|{product_title}|{rep_name}|{dispute_deadline}|{refund_amount}|{coupon_code}';
    const r = renderTemplate(body, FULL, 'en');
    expect(plain(r.text)).toBe(
      'Ana|8123456789|LP00123456789CN|China Post|March 5, 2025|Bright Home|LED strip 5 m|Lily|March 7, 2025 at 02:00 PM UTC|$12.50|SPRING5',
    );
    expect(r.missing).toEqual([]);
    expect(r.filled).toHaveLength(11);
  });

  it('leaves missing and unknown variables visible and reports each once', () => {
    const r = renderTemplate(
      'Hi {buyer_name}, order {order_id} ({order_id}) ships via {carrier}. {mystery}',
      { buyer_name: 'Ana', carrier: '  ' },
      'en',
    );
    expect(r.text).toBe('Hi Ana, order {order_id} ({order_id}) ships via {carrier}. {mystery}');
    expect(r.missing).toEqual(['order_id', 'carrier', 'mystery']);
  });

  it('inserts text as plain text and leaves non-placeholders alone', () => {
    const r = renderTemplate('{buyer_name} {} { x } {1abc}', { buyer_name: '<b>Ana</b> {order_id}' }, 'en');
    expect(r.text).toBe('<b>Ana</b> {order_id} {} { x } {1abc}');
    expect(r.missing).toEqual([]);
  });

  it('writes dates in each buyer language', () => {
    const expected = {
      en: 'March 5, 2025',
      ru: '5 марта 2025 г.',
      pt: '5 de março de 2025',
      es: '5 de marzo de 2025',
      fr: '5 mars 2025',
    } as const;
    for (const lang of BUYER_LANGUAGES) {
      const r = renderTemplate('{eta}|{dispute_deadline}|{refund_amount}', FULL, lang);
      const [eta, deadline, refund] = plain(r.text).split('|');
      expect(eta, lang).toBe(expected[lang]);
      // ICU versions differ in the joiner between date and time; the parts must be there.
      expect(deadline, lang).toContain(expected[lang].replace('5', '7'));
      expect(deadline, lang).toMatch(/14:00|02:00 PM/);
      expect(deadline, lang).toContain('UTC');
      expect(refund, lang).toMatch(/12[.,]50/);
    }
  });

  it('uses the given time zone for dates', () => {
    const lateUtc = Date.UTC(2025, 2, 5, 20);
    expect(plain(renderTemplate('{eta}', { eta: lateUtc, timeZone: 'Asia/Shanghai' }, 'en').text)).toBe(
      'March 6, 2025',
    );
  });

  it('lists a template’s variables', () => {
    expect(templateVariables('{a} {b_c} {a} {}')).toEqual(['a', 'b_c']);
  });
});
