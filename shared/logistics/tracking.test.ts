import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISO_COUNTRY_CODES } from './isoCountries';
import {
  checkTrackingNumber,
  checkTrackingNumberAs,
  dhlCheckDigit,
  fedexCheckDigit,
  normalizeTrackingNumber,
  s10CheckDigit,
  upsCheckDigit,
} from './tracking';

describe('UPU S10', () => {
  it('accepts the published example RR123456785CH', () => {
    // 1·8 + 2·6 + 3·4 + 4·2 + 5·3 + 6·5 + 7·9 + 8·7 = 204; 204 mod 11 = 6; 11 − 6 = 5.
    expect(checkTrackingNumber('RR123456785CH')).toEqual({
      input: 'RR123456785CH',
      normalized: 'RR123456785CH',
      valid: true,
      carrier: 'upu-s10',
      candidates: ['upu-s10'],
      country: 'CH',
      reason: null,
    });
  });

  it('maps 10 to 0 and 11 to 5', () => {
    // 00000008: 8·7 = 56, 56 mod 11 = 1, 11 − 1 = 10 → 0.
    expect(s10CheckDigit('00000008')).toBe(0);
    expect(checkTrackingNumber('RR000000080CN').valid).toBe(true);
    // 00000000: sum 0, 11 − 0 = 11 → 5.
    expect(s10CheckDigit('00000000')).toBe(5);
    expect(checkTrackingNumber('LX000000005CN').valid).toBe(true);
    // 47312482: 32 + 42 + 12 + 2 + 6 + 20 + 72 + 14 = 200; 200 mod 11 = 2; 11 − 2 = 9.
    expect(checkTrackingNumber('RA473124829CN').country).toBe('CN');
  });

  it('refuses a wrong check digit and an unknown country with the reason', () => {
    const wrong = checkTrackingNumber('RR123456784CH');
    expect(wrong).toMatchObject({
      valid: false,
      reason: 'wrong check digit',
      carrier: 'upu-s10',
      candidates: [],
    });
    const country = checkTrackingNumber('RR123456785XX');
    expect(country).toMatchObject({ valid: false, reason: 'unknown country code', country: null });
    // UK is not an ISO code (the United Kingdom is GB).
    expect(checkTrackingNumber('RR123456785UK').reason).toBe('unknown country code');
    expect(checkTrackingNumber('RR123456785GB').valid).toBe(true);
  });

  it('normalises lower case, spaces and dashes', () => {
    const r = checkTrackingNumber(' rr 1234-5678 5 ch ');
    expect(r).toMatchObject({ normalized: 'RR123456785CH', valid: true, country: 'CH' });
    expect(checkTrackingNumber('ＲＲ１２３４５６７８５ＣＨ').valid).toBe(true);
  });
});

describe('UPS 1Z', () => {
  it('accepts the published example 1Z999AA10123456784', () => {
    expect(upsCheckDigit('999AA1012345678')).toBe(4);
    expect(checkTrackingNumber('1Z 999 AA1 01 2345 6784')).toMatchObject({
      normalized: '1Z999AA10123456784',
      valid: true,
      carrier: 'ups',
      candidates: ['ups'],
      country: null,
    });
    expect(checkTrackingNumber('1z999aa10123456784').valid).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(checkTrackingNumber('1Z999AA10123456785')).toMatchObject({
      valid: false,
      reason: 'wrong check digit',
    });
  });
});

describe('FedEx 12 digits', () => {
  it('checks weights 3 1 7 from the left, mod 11 mod 10', () => {
    // 3 + 2 + 21 + 12 + 5 + 42 + 21 + 8 + 63 + 0 + 1 = 178; 178 mod 11 = 2.
    expect(fedexCheckDigit('12345678901')).toBe(2);
    expect(checkTrackingNumber('1234-5678-9012')).toMatchObject({ valid: true, carrier: 'fedex' });
    // 9·3 + 9·1 + … over eleven nines = 9 · (3+1+7+3+1+7+3+1+7+3+1) = 9 · 37 = 333; 333 mod 11 = 3.
    expect(checkTrackingNumber('999999999993').valid).toBe(true);
    expect(checkTrackingNumber('123456789013')).toMatchObject({ valid: false, reason: 'wrong check digit' });
  });
});

describe('DHL Express 10 digits', () => {
  it('takes the first nine as a number mod 7', () => {
    // 123456789 = 7 · 17636684 + 1.
    expect(dhlCheckDigit('123456789')).toBe(1);
    expect(checkTrackingNumber('12 3456 7891')).toMatchObject({ valid: true, carrier: 'dhl-express' });
    expect(checkTrackingNumber('1234567892')).toMatchObject({ valid: false, reason: 'wrong check digit' });
    // 7, 8 and 9 can never be a mod-7 remainder.
    expect(checkTrackingNumber('1234567898').valid).toBe(false);
  });
});

describe('Cainiao and YunExpress by pattern', () => {
  it('accepts LP… and YT… numbers', () => {
    expect(checkTrackingNumber('lp00446612345678')).toMatchObject({ valid: true, carrier: 'cainiao' });
    expect(checkTrackingNumber('YT2101821266026063')).toMatchObject({ valid: true, carrier: 'yunexpress' });
    expect(checkTrackingNumber('LPABC').valid).toBe(false);
  });
});

describe('not a tracking number', () => {
  it('says so for anything without a carrier format', () => {
    for (const text of ['', 'hello', '12345', 'RR12345678CH', '1Z123'])
      expect(checkTrackingNumber(text)).toMatchObject({
        valid: false,
        carrier: null,
        reason: 'not a tracking number',
      });
  });
});

describe('carrier override', () => {
  it('checks against the chosen carrier only', () => {
    expect(checkTrackingNumberAs('RR123456785CH', 'ups')).toMatchObject({
      valid: false,
      carrier: 'ups',
      reason: 'not a tracking number',
    });
    expect(checkTrackingNumberAs('1234567891', 'dhl-express')).toMatchObject({
      valid: true,
      carrier: 'dhl-express',
    });
  });
});

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const letters = (n: number) =>
  fc
    .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: n, maxLength: n })
    .map((a) => a.join(''));
const countries = fc.constantFrom(...ISO_COUNTRY_CODES);

/** Spaces, dashes and lower case the way sellers paste numbers. */
function messUp(n: string, seed: number[]): string {
  let out = '';
  for (let i = 0; i < n.length; i++) {
    const s = seed[i % seed.length] ?? 0;
    const ch = n[i] ?? '';
    out += s % 3 === 0 ? ch.toLowerCase() : ch;
    if (s % 5 === 0) out += s % 2 ? ' ' : '-';
  }
  return out;
}

describe('properties', () => {
  it('every S10 built by the rule is valid, however it is typed, and any other check digit is refused', () => {
    fc.assert(
      fc.property(
        letters(2),
        digits(8),
        countries,
        fc.array(fc.nat(30), { minLength: 1 }),
        (svc, serial, cc, seed) => {
          const check = s10CheckDigit(serial);
          const n = `${svc}${serial}${check}${cc}`;
          const r = checkTrackingNumber(messUp(n, seed));
          expect(r).toMatchObject({ normalized: n, valid: true, carrier: 'upu-s10', country: cc });
          const other = (check + 1 + ((seed[0] ?? 0) % 9)) % 10;
          expect(checkTrackingNumber(`${svc}${serial}${other}${cc}`).reason).toBe('wrong check digit');
        },
      ),
    );
  });

  it('every UPS, FedEx and DHL number built by the rule is valid and any other last digit is refused', () => {
    const body = fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPRSTUVWXYZ'), {
      minLength: 15,
      maxLength: 15,
    });
    fc.assert(
      fc.property(body, digits(11), digits(9), fc.integer({ min: 1, max: 9 }), (b, f, d, shift) => {
        const ups = `1Z${b.join('')}`;
        const u = upsCheckDigit(b.join(''));
        expect(checkTrackingNumber(`${ups}${u}`).carrier).toBe('ups');
        expect(checkTrackingNumber(`${ups}${(u + shift) % 10}`).valid).toBe(false);
        const fx = fedexCheckDigit(f);
        expect(checkTrackingNumber(`${f}${fx}`).candidates).toContain('fedex');
        expect(checkTrackingNumber(`${f}${(fx + shift) % 10}`).valid).toBe(false);
        const dh = dhlCheckDigit(d);
        expect(checkTrackingNumber(`${d}${dh}`).candidates).toContain('dhl-express');
        expect(checkTrackingNumber(`${d}${(dh + shift) % 10}`).valid).toBe(false);
      }),
    );
  });

  it('normalising is idempotent and results are the same for the normalised text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normalizeTrackingNumber(s);
        expect(normalizeTrackingNumber(n)).toBe(n);
        const { input: _a, ...a } = checkTrackingNumber(s);
        const { input: _b, ...b } = checkTrackingNumber(n);
        expect(a).toEqual(b);
      }),
    );
  });
});
