import { toMajor, toMinor } from '@shared/domain/money';
import type { RateFieldKind } from '@shared/hosting';

/** Rates are edited as percentages, money in major units of the rates' currency, time as entered. */
export function toDisplay(kind: RateFieldKind, value: number, currency: string): number {
  if (kind === 'rate') return Math.round(value * 100 * 10_000) / 10_000;
  if (kind === 'money') return toMajor(value, currency);
  return value;
}

export function fromDisplay(kind: RateFieldKind, shown: number, currency: string): number {
  if (kind === 'rate') return Math.round((shown / 100) * 1_000_000) / 1_000_000;
  if (kind === 'money') return toMinor(shown, currency);
  return shown;
}
