/**
 * Date-time cells → wall-clock parts (and, for orders, UTC epoch ms).
 * Zone-less times are read in a caller-given fixed offset (default UTC+8, see ImportOptions).
 * Formats: ISO 8601 with or without Z/offset; Y-M-D and Y/M/D with optional time; D.M.Y; M/D/Y (US) or
 * D/M/Y when the column shows a first number above 12; "2025年11月11日 10:23"; "Nov 11, 2025"; Excel
 * serial numbers and date cells from .xlsx; Unix seconds or milliseconds.
 */
import { isRawNumber, type Cell } from './cells';
import { problem, type Problem } from './problems';
import { normalizeText } from './text';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Offset written in the cell (minutes east of UTC); undefined means "local to the export". */
  offsetMinutes?: number;
  /** Set when the cell was already an absolute instant (Unix time). */
  epochMs?: number;
}

/** Order of the two leading numbers in "11/12/2025": month first (US) or day first. */
export type DayMonthOrder = 'mdy' | 'dmy';

export type DateResult = { ok: true; value: WallClock } | { ok: false; problem: Problem };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([ap]\.?m\.?)?`;
const ZONE = String.raw`(z|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?|utc|gmt)?`;
const REST = new RegExp(String.raw`^(?:[t\s]*${TIME})?\s*${ZONE}$`, 'iu');
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(.*)$/u;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(.*)$/u;
const NUMERIC_DMY_OR_MDY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(.*)$/u;
const MONTH_NAME_FIRST = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(.*)$/iu;
const DAY_FIRST_NAME = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+,?(\d{4})(.*)$/iu;
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseZone(zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  const text = zone.toLowerCase().replace(/\s/gu, '');
  if (text === 'z' || text === 'utc' || text === 'gmt') return 0;
  const match = /([+-])(\d{1,2}):?(\d{2})?$/u.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function to24Hour(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

function withTime(year: number, month: number, day: number, rest: string): WallClock | null {
  const match = REST.exec(rest.trim());
  if (!match) return null;
  const [, hour = '0', minute = '0', second = '0', fraction = '', meridiem, zone] = match;
  const clock: WallClock = {
    year,
    month,
    day,
    hour: to24Hour(Number(hour), meridiem),
    minute: Number(minute),
    second: Number(second),
    millisecond: Number(fraction.padEnd(3, '0').slice(0, 3)),
  };
  const offsetMinutes = parseZone(zone);
  if (offsetMinutes !== undefined) clock.offsetMinutes = offsetMinutes;
  return isValidClock(clock) ? clock : null;
}

function isValidClock(clock: WallClock): boolean {
  const { year, month, day, hour, minute, second } = clock;
  return (
    year >= 1990 &&
    year <= 2100 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

function fromUtcMs(ms: number): WallClock {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
}

/**
 * A serial day fraction is a binary float and readers floor it (10:00:01 comes back as 10:00:00.999);
 * exports never carry sub-second times, so the nearest second is the intended one.
 */
function roundToSecond(ms: number): number {
  return Math.round(ms / 1000) * 1000;
}

/** Excel stores a date-time as days since 1899-12-30 with no zone: a wall-clock reading. */
function fromExcelSerial(serial: number): WallClock {
  return fromUtcMs(roundToSecond((serial - EXCEL_EPOCH_OFFSET_DAYS) * DAY_MS));
}

function fromNumberText(text: string): WallClock | null {
  if (/^\d{13}$/u.test(text)) return { ...fromUtcMs(Number(text)), offsetMinutes: 0, epochMs: Number(text) };
  if (/^\d{10}$/u.test(text))
    return { ...fromUtcMs(Number(text) * 1000), offsetMinutes: 0, epochMs: Number(text) * 1000 };
  const serial = Number(text);
  // 20000–80000 days covers 1954–2119; other numbers are not dates.
  if (/^\d+(\.\d+)?$/u.test(text) && serial > 20000 && serial < 80000) return fromExcelSerial(serial);
  return null;
}

function monthFromName(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index >= 0 ? index + 1 : undefined;
}

function orderShownBy(first: number, second: number): DayMonthOrder | undefined {
  if (first > 12) return 'dmy';
  return second > 12 ? 'mdy' : undefined;
}

function fromText(text: string, order: DayMonthOrder | undefined): WallClock | null {
  let match = YMD.exec(text) ?? CHINESE.exec(text);
  if (match) return withTime(Number(match[1]), Number(match[2]), Number(match[3]), match[4] ?? '');
  match = NUMERIC_DMY_OR_MDY.exec(text);
  if (match) {
    // Dots are a European/Russian habit (day first); slashes and dashes default to US month-first.
    const [first, second] = [Number(match[1]), Number(match[3])];
    const effective = order ?? orderShownBy(first, second) ?? (match[2] === '.' ? 'dmy' : 'mdy');
    const dayFirst = effective === 'dmy';
    return withTime(Number(match[4]), dayFirst ? second : first, dayFirst ? first : second, match[5] ?? '');
  }
  match = MONTH_NAME_FIRST.exec(text);
  const namedMonth = match ? monthFromName(match[1] ?? '') : undefined;
  if (match && namedMonth) return withTime(Number(match[3]), namedMonth, Number(match[2]), match[4] ?? '');
  match = DAY_FIRST_NAME.exec(text);
  const month = match ? monthFromName(match[2] ?? '') : undefined;
  if (match && month) return withTime(Number(match[3]), month, Number(match[1]), match[4] ?? '');
  return fromNumberText(text);
}

export function parseDateCell(cell: Cell, order?: DayMonthOrder): DateResult {
  if (cell instanceof Date) {
    // read-excel-file gives a Date whose UTC fields are the cell's wall-clock reading.
    if (!Number.isNaN(cell.getTime())) return { ok: true, value: fromUtcMs(roundToSecond(cell.getTime())) };
    return { ok: false, problem: problem('dateCellUnreadable') };
  }
  const text = isRawNumber(cell) ? cell.rawNumber : normalizeText(typeof cell === 'string' ? cell : '');
  const clock = fromText(text, order);
  return clock
    ? { ok: true, value: clock }
    : { ok: false, problem: problem('dateUnreadable', { value: text }) };
}

/** UTC epoch ms of a wall-clock reading; zone-less readings are taken at `defaultOffsetMinutes`. */
export function toEpochMs(clock: WallClock, defaultOffsetMinutes: number): number {
  if (clock.epochMs !== undefined) return clock.epochMs;
  const offset = clock.offsetMinutes ?? defaultOffsetMinutes;
  const asUtc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond,
  );
  return asUtc - offset * 60_000;
}

/** 'YYYY-MM-DD' of the reading as written (a reported day is a calendar day; no zone shift). */
export function toDayKey(clock: WallClock): string {
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** Day-first when any "a/b/yyyy" value has a > 12, month-first when any has b > 12; undefined if no evidence. */
export function inferDayMonthOrder(cells: Iterable<Cell>): DayMonthOrder | undefined {
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const match = NUMERIC_DMY_OR_MDY.exec(normalizeText(cell));
    if (!match) continue;
    const shown = orderShownBy(Number(match[1]), Number(match[3]));
    if (shown) return shown;
  }
  return undefined;
}
