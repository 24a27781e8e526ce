/**
 * How a day is shown and read in a date input, by UI language (never the browser's locale): a Chinese UI shows
 * and reads 2025-11-03 (and accepts 2025年11月3日 or 2025/11/3), an English one shows 3 Nov 2025 (and accepts ISO
 * and "Nov 3, 2025" too). Used by every date field through components/DayInput.
 */
export const dateFormatFor = (language: string): string =>
  language.startsWith('zh') ? 'YYYY-MM-DD' : 'D MMM YYYY';

export const dayjsLocaleFor = (language: string): string => (language.startsWith('zh') ? 'zh-cn' : 'en');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const iso = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** What the user typed as a `YYYY-MM-DD` day, or null when it is not a real date in a format we read. */
export function parseUserDate(text: string): string | null {
  const value = text.trim().toLowerCase();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?,?[\s-]+(\d{4})$/.exec(value);
  if (m) {
    const month = MONTHS.indexOf(m[2]!);
    return month < 0 ? null : iso(Number(m[3]), month + 1, Number(m[1]));
  }
  m = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
  if (m) {
    const month = MONTHS.indexOf(m[1]!);
    return month < 0 ? null : iso(Number(m[3]), month + 1, Number(m[2]));
  }
  return null;
}
