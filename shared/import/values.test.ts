import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '../domain/types';
import { countryFromText } from './countries';
import { currencyFromText } from './currency';
import { parseDateCell, toEpochMs } from './dates';
import { decimalToMinor, decimalToNumber, parseAmountCell } from './numbers';
import { statusFromText } from './statuses';

function amount(text: string): [number, string] | string {
  const parsed = parseAmountCell(text);
  return parsed.ok ? [decimalToNumber(parsed.value), parsed.currencyText] : parsed.problem.message;
}

describe('numbers', () => {
  it.each([
    ['1,234.56', 1234.56, ''],
    ['1.234,56', 1234.56, ''],
    ['1 234,56', 1234.56, ''],
    ['1\u00a0234,56', 1234.56, ''],
    ["1'234.56", 1234.56, ''],
    ['(12.30)', -12.3, ''],
    ['US $12.30', 12.3, 'US $'],
    ['€5,00', 5, '€'],
    ['¥88', 88, '¥'],
    ['￥88', 88, '¥'],
    ['12.30 USD', 12.3, 'USD'],
    ['1 234,50 руб.', 1234.5, 'руб.'],
    ['R$ 10,5', 10.5, 'R$'],
    ['１２３．４５', 123.45, ''],
    ['1,234', 1234, ''],
    ['1.234.567', 1234567, ''],
  ])('%s', (text, value, currency) => {
    expect(amount(text)).toEqual([value, currency]);
  });

  it.each(['abc', '', '1,23,4', '12..3'])('rejects %j', (text) => {
    expect(typeof amount(text)).toBe('string');
  });

  it('rounds to minor units on the digits, not through floats', () => {
    const parsed = parseAmountCell('1.005', '.');
    expect(parsed.ok && decimalToMinor(parsed.value, 2)).toBe(101);
  });
});

describe('currencies', () => {
  it.each([
    ['$', 'USD'],
    ['US $', 'USD'],
    ['€', 'EUR'],
    ['¥', 'CNY'],
    ['元', 'CNY'],
    ['RMB', 'CNY'],
    ['₽', 'RUB'],
    ['руб', 'RUB'],
    ['R$', 'BRL'],
    ['zł', 'PLN'],
    ['₩', 'KRW'],
    ['美元', 'USD'],
    ['usd', 'USD'],
  ])('%s → %s', (text, code) => {
    expect(currencyFromText(text)).toBe(code);
  });

  it('resolves "$" and "¥" from context', () => {
    expect(currencyFromText('$', 'CAD')).toBe('CAD');
    expect(currencyFromText('¥', 'JPY')).toBe('JPY');
    expect(currencyFromText('$', 'EUR')).toBe('USD');
  });
});

describe('countries', () => {
  it.each([
    ['Russia', 'RU'],
    ['Russian Federation', 'RU'],
    ['俄罗斯', 'RU'],
    ['ru', 'RU'],
    ['USA', 'US'],
    ['美国', 'US'],
    ['Korea, Republic of', 'KR'],
    ['South Korea', 'KR'],
    ['韩国', 'KR'],
    ['Great Britain', 'GB'],
    ['UK', 'GB'],
    ['英国', 'GB'],
    ['Россия', 'RU'],
    ['Türkiye', 'TR'],
    ['United Arab Emirates', 'AE'],
    ['以色列', 'IL'],
    ['KAZ', 'KZ'],
  ])('%s → %s', (text, code) => {
    expect(countryFromText(text)).toBe(code);
  });
});

describe('statuses', () => {
  it.each([
    ['等待买家付款', 'awaiting-payment'],
    ['待发货', 'awaiting-shipment'],
    ['等待买家收货', 'shipped'],
    ['已收货', 'delivered'],
    ['已完成', 'completed'],
    ['交易关闭', 'cancelled'],
    ['退款成功', 'refunded'],
    ['纠纷', 'disputed'],
    ['Awaiting payment', 'awaiting-payment'],
    ['FINISHED', 'completed'],
    ['Cancelled', 'cancelled'],
    ['WAIT_SELLER_SEND_GOODS', 'awaiting-shipment'],
  ])('%s → %s', (text, status) => {
    expect(statusFromText(text)).toBe(status);
  });

  it('accepts every OrderStatus value itself', () => {
    for (const status of ORDER_STATUSES) expect(statusFromText(status)).toBe(status);
  });
});

describe('dates (zone-less read as UTC+8)', () => {
  const iso = (text: string): string | undefined => {
    const parsed = parseDateCell(text);
    return parsed.ok ? new Date(toEpochMs(parsed.value, 480)).toISOString() : undefined;
  };
  it.each([
    ['2025-11-11 10:23:45', '2025-11-11T02:23:45.000Z'],
    ['2025/11/11 10:23', '2025-11-11T02:23:00.000Z'],
    ['11/11/2025 10:23', '2025-11-11T02:23:00.000Z'],
    ['11.11.2025', '2025-11-10T16:00:00.000Z'],
    ['2025-11-11T10:23:45Z', '2025-11-11T10:23:45.000Z'],
    ['2025-11-11T10:23:45+03:00', '2025-11-11T07:23:45.000Z'],
    ['2025年11月11日 10:23', '2025-11-11T02:23:00.000Z'],
    ['Nov 11, 2025 10:23 PM', '2025-11-11T14:23:00.000Z'],
    ['45972.5', '2025-11-11T04:00:00.000Z'],
  ])('%s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each(['2025-02-30', '2025-11-11 25:00', 'yesterday', '1/2/3'])('rejects %j', (text) => {
    expect(iso(text)).toBeUndefined();
  });
});

/** Formats a non-negative amount with 2 decimals the way a given locale style writes it. */
function formatInStyle(cents: number, style: number, symbol: number): string {
  const [integer = '0', fraction = '00'] = (cents / 100).toFixed(2).split('.');
  const grouped = (separator: string): string => integer.replace(/\B(?=(\d{3})+$)/gu, separator);
  const bodies = [
    `${integer}.${fraction}`,
    `${grouped(',')}.${fraction}`,
    `${grouped('.')},${fraction}`,
    `${grouped('\u00a0')},${fraction}`,
    `${grouped("'")}.${fraction}`,
    `${integer},${fraction}`,
  ];
  const body = bodies[style % bodies.length] ?? '';
  const wrapped = [body, `US $${body}`, `${body} €`, `¥${body}`, `${body} USD`, `${body} руб`];
  return wrapped[symbol % wrapped.length] ?? body;
}

describe('properties', () => {
  it('an amount formatted in any locale style parses back to the same minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.nat(), fc.nat(), (cents, style, symbol) => {
        const parsed = parseAmountCell(formatInStyle(cents, style, symbol));
        expect(parsed.ok && decimalToMinor(parsed.value, 2)).toBe(cents);
      }),
    );
  });

  it('negative amounts in parentheses or with a minus sign parse back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.boolean(), (cents, parentheses) => {
        const body = formatInStyle(cents, 1, 0);
        const parsed = parseAmountCell(parentheses ? `(${body})` : `-${body}`);
        expect(parsed.ok && decimalToMinor(parsed.value, 2)).toBe(-cents);
      }),
    );
  });
});
