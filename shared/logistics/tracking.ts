/**
 * Tracking numbers are checked before they are accepted: a false or mistyped number counts as false shipment on
 * the platform. Each carrier's format and check digit follow the rules in issue #13; Cainiao and YunExpress
 * numbers have no published check digit and are checked by pattern only. Pure: the app and the CLI share it.
 */
import { isIsoCountryCode } from './isoCountries';

export const TRACKING_CARRIERS = ['upu-s10', 'ups', 'fedex', 'dhl-express', 'cainiao', 'yunexpress'] as const;
export type TrackingCarrier = (typeof TRACKING_CARRIERS)[number];

/** Why a number is refused; the UI translates these, the CLI prints them as they are. */
export type TrackingReason = 'wrong check digit' | 'unknown country code' | 'not a tracking number';

export interface TrackingCheck {
  input: string;
  normalized: string;
  valid: boolean;
  /** The carrier the number belongs to; for a refused number, the carrier whose format it has (if any). */
  carrier: TrackingCarrier | null;
  /** Every carrier whose format and check digit fit. */
  candidates: TrackingCarrier[];
  /** The issuing post's country for a UPU S10 number. */
  country: string | null;
  reason: TrackingReason | null;
}

/** Upper case, without spaces, dashes or dots; full-width characters (typed with a Chinese IME) become ASCII. */
export function normalizeTrackingNumber(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.]/g, '');
}

/** One carrier's verdict: null when the format does not match, else whether the check passes. */
type FormatVerdict = { ok: true; country: string | null } | { ok: false; reason: TrackingReason } | null;

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** UPU S10 check digit of eight serial digits: 11 − (weighted sum mod 11), with 10 → 0 and 11 → 5. */
export function s10CheckDigit(serial: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial[i]) * (S10_WEIGHTS[i] ?? 0);
  const digit = 11 - (sum % 11);
  return digit === 10 ? 0 : digit === 11 ? 5 : digit;
}

function checkS10(n: string): FormatVerdict {
  const m = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/.exec(n);
  if (!m) return null;
  const [, , serial = '', check = '', country = ''] = m;
  if (s10CheckDigit(serial) !== Number(check)) return { ok: false, reason: 'wrong check digit' };
  if (!isIsoCountryCode(country)) return { ok: false, reason: 'unknown country code' };
  return { ok: true, country };
}

/** UPS value of one character: a digit is itself, a letter is (its ASCII code − 3) mod 10. */
function upsValue(ch: string): number {
  return ch >= '0' && ch <= '9' ? Number(ch) : (ch.charCodeAt(0) - 3) % 10;
}

/** UPS check digit over the 15 characters after `1Z`: odd positions once, even positions twice. */
export function upsCheckDigit(body15: string): number {
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += upsValue(body15[i] ?? '0') * (i % 2 === 0 ? 1 : 2);
  return (10 - (sum % 10)) % 10;
}

function checkUps(n: string): FormatVerdict {
  const m = /^1Z([0-9A-Z]{15})(\d)$/.exec(n);
  if (!m) return null;
  const [, body = '', check = ''] = m;
  return upsCheckDigit(body) === Number(check)
    ? { ok: true, country: null }
    : { ok: false, reason: 'wrong check digit' };
}

const FEDEX_WEIGHTS = [3, 1, 7];

/** FedEx 12-digit check digit: the first eleven weighted 3, 1, 7, 3, 1, 7… from the left, sum mod 11 mod 10. */
export function fedexCheckDigit(first11: string): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(first11[i]) * (FEDEX_WEIGHTS[i % 3] ?? 0);
  return (sum % 11) % 10;
}

function checkFedex(n: string): FormatVerdict {
  if (!/^\d{12}$/.test(n)) return null;
  return fedexCheckDigit(n.slice(0, 11)) === Number(n[11])
    ? { ok: true, country: null }
    : { ok: false, reason: 'wrong check digit' };
}

/** DHL Express 10-digit check digit: the first nine as a number, mod 7. */
export function dhlCheckDigit(first9: string): number {
  return Number(first9) % 7;
}

function checkDhl(n: string): FormatVerdict {
  if (!/^\d{10}$/.test(n)) return null;
  return dhlCheckDigit(n.slice(0, 9)) === Number(n[9])
    ? { ok: true, country: null }
    : { ok: false, reason: 'wrong check digit' };
}

/** Cainiao logistics numbers: `LP` and 10–20 digits (no published check digit). */
function checkCainiao(n: string): FormatVerdict {
  return /^LP\d{10,20}$/.test(n) ? { ok: true, country: null } : null;
}

/** YunExpress waybills: `YT` and 10–20 digits (no published check digit). */
function checkYunExpress(n: string): FormatVerdict {
  return /^YT\d{10,20}$/.test(n) ? { ok: true, country: null } : null;
}

const CHECKERS: Record<TrackingCarrier, (normalized: string) => FormatVerdict> = {
  'upu-s10': checkS10,
  ups: checkUps,
  fedex: checkFedex,
  'dhl-express': checkDhl,
  cainiao: checkCainiao,
  yunexpress: checkYunExpress,
};

/** Checks one number against every carrier's format and check digit. */
export function checkTrackingNumber(input: string): TrackingCheck {
  const normalized = normalizeTrackingNumber(input);
  const candidates: TrackingCarrier[] = [];
  let country: string | null = null;
  let refusal: { carrier: TrackingCarrier; reason: TrackingReason } | null = null;
  for (const carrier of TRACKING_CARRIERS) {
    const verdict = CHECKERS[carrier](normalized);
    if (verdict === null) continue;
    if (verdict.ok) {
      candidates.push(carrier);
      country ??= verdict.country;
    } else refusal ??= { carrier, reason: verdict.reason };
  }
  if (candidates.length > 0)
    return {
      input,
      normalized,
      valid: true,
      carrier: candidates[0] ?? null,
      candidates,
      country,
      reason: null,
    };
  return {
    input,
    normalized,
    valid: false,
    carrier: refusal?.carrier ?? null,
    candidates,
    country: null,
    reason: refusal?.reason ?? 'not a tracking number',
  };
}

/**
 * Checks a number as the carrier the user chose (overriding the detected one): valid only when it fits that
 * carrier's format and check digit.
 */
export function checkTrackingNumberAs(input: string, carrier: TrackingCarrier): TrackingCheck {
  const all = checkTrackingNumber(input);
  const verdict = CHECKERS[carrier](all.normalized);
  if (verdict?.ok) return { ...all, valid: true, carrier, country: verdict.country, reason: null };
  return {
    ...all,
    valid: false,
    carrier,
    country: null,
    reason: verdict === null ? 'not a tracking number' : verdict.reason,
  };
}
