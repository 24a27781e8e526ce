/** Percent for a fraction, with up to one decimal: 0.125 → "12.5 %". */
export function percent(fraction: number | undefined, locale: string): string {
  if (fraction === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

export function count(value: number | undefined, locale: string): string {
  return value === undefined ? '—' : new Intl.NumberFormat(locale).format(value);
}

export function ratio(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value);
}

export function dateTime(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

export function date(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(ms);
}

/** Local wall time ↔ the value of an <input type="datetime-local">. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u.test(text)) return undefined;
  const ms = new Date(text).getTime();
  return Number.isFinite(ms) ? ms : undefined;
}

/** "12.50" → 1250 minor units (2 decimals); undefined when not a non-negative amount. */
export function toMinor(text: string, digits = 2): number | undefined {
  const clean = text.trim().replace(',', '.');
  if (clean === '') return 0;
  if (!/^\d+(\.\d+)?$/u.test(clean)) return undefined;
  return Math.round(Number(clean) * 10 ** digits);
}
