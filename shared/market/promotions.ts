/**
 * The platform's promotion calendar and the buyer-market peaks, as data the seller can see and edit
 * (ARCHITECTURE §17). Dates are the usual ones AliExpress announces to sellers; each year's dates must be
 * checked against the seller-centre announcement (registration usually opens 4–6 weeks before).
 * Other screens (the dashboard's sales chart) read this through promotionOccurrencesBetween().
 */
import type { DayKey } from '@shared/domain/types';

export interface PromotionDates {
  /** Last day to register products for the event in the seller centre. */
  registrationDeadline: DayKey;
  warmUpStart: DayKey;
  saleStart: DayKey;
  saleEnd: DayKey;
}

export interface PromotionEvent {
  id: string;
  name: { en: string; zh: string };
  kind: 'platform' | 'market-peak' | 'own';
  /** Buyer countries the peak is about (ISO 3166-1 alpha-2); empty for worldwide platform events. */
  markets: string[];
  years: Record<string, PromotionDates>;
  source: string;
  checkedOn: DayKey;
}

const PLATFORM = 'AliExpress seller centre campaign announcements (usual dates; confirm each year)';
const PEAK = 'Buyer demand peak before a public holiday in the market (typical weeks; adjust to your data)';
const CHECKED = '2026-11-20';

const event = (
  id: string,
  en: string,
  zh: string,
  kind: PromotionEvent['kind'],
  markets: string[],
  years: Record<string, [DayKey, DayKey, DayKey, DayKey]>,
): PromotionEvent => ({
  id,
  name: { en, zh },
  kind,
  markets,
  years: Object.fromEntries(
    Object.entries(years).map(([year, [registrationDeadline, warmUpStart, saleStart, saleEnd]]) => [
      year,
      { registrationDeadline, warmUpStart, saleStart, saleEnd },
    ]),
  ),
  source: kind === 'platform' ? PLATFORM : PEAK,
  checkedOn: CHECKED,
});

export const DEFAULT_PROMOTIONS: readonly PromotionEvent[] = [
  event('anniversary-328', '3.28 Anniversary Sale', '3.28 周年庆大促', 'platform', [], {
    2026: ['2026-02-27', '2026-03-20', '2026-03-25', '2026-03-31'],
    2027: ['2027-02-26', '2027-03-20', '2027-03-25', '2027-03-31'],
  }),
  event('mid-year-618', '6.18 Mid-Year Sale', '6.18 年中大促', 'platform', [], {
    2026: ['2026-05-22', '2026-06-12', '2026-06-16', '2026-06-20'],
    2027: ['2027-05-21', '2027-06-12', '2027-06-16', '2027-06-20'],
  }),
  event('summer-sale', 'Summer Sale', '夏季大促', 'platform', [], {
    2026: ['2026-06-12', '2026-07-02', '2026-07-06', '2026-07-10'],
    2027: ['2027-06-11', '2027-07-01', '2027-07-05', '2027-07-09'],
  }),
  event('double-11', '11.11 Global Shopping Festival', '双十一全球购物节', 'platform', [], {
    2026: ['2026-10-09', '2026-11-03', '2026-11-11', '2026-11-17'],
    2027: ['2027-10-08', '2027-11-03', '2027-11-11', '2027-11-17'],
  }),
  event('black-friday', 'Black Friday / Cyber Monday', '黑色星期五 / 网络星期一', 'platform', [], {
    2026: ['2026-10-30', '2026-11-20', '2026-11-23', '2026-11-30'],
    2027: ['2027-10-29', '2027-11-19', '2027-11-22', '2027-11-29'],
  }),
  event('double-12', '12.12 Sale', '双十二大促', 'platform', [], {
    2026: ['2026-11-13', '2026-12-07', '2026-12-10', '2026-12-14'],
    2027: ['2027-11-12', '2027-12-07', '2027-12-10', '2027-12-14'],
  }),
  event('new-year', 'New Year Sale', '新年大促', 'platform', [], {
    2026: ['2026-12-04', '2026-12-22', '2026-12-26', '2027-01-02'],
    2027: ['2027-12-03', '2027-12-22', '2027-12-26', '2028-01-02'],
  }),
  event('brazil-carnival', "Brazil's Carnival", '巴西狂欢节', 'market-peak', ['BR'], {
    2026: ['2026-01-05', '2026-01-19', '2026-01-26', '2026-02-17'],
    2027: ['2026-12-28', '2027-01-11', '2027-01-18', '2027-02-09'],
  }),
  event('russia-new-year', "Russia's New Year", '俄罗斯新年', 'market-peak', ['RU'], {
    2026: ['2026-11-02', '2026-11-23', '2026-12-01', '2026-12-28'],
    2027: ['2027-11-01', '2027-11-22', '2027-12-01', '2027-12-28'],
  }),
  event(
    'womens-day-8-march',
    '8 March (Women’s Day)',
    '三八妇女节（俄罗斯等）',
    'market-peak',
    ['RU', 'UA', 'KZ'],
    {
      2026: ['2026-01-30', '2026-02-16', '2026-02-23', '2026-03-07'],
      2027: ['2027-01-29', '2027-02-15', '2027-02-22', '2027-03-07'],
    },
  ),
];

export interface PromotionOccurrence extends PromotionDates {
  eventId: string;
  year: string;
  name: PromotionEvent['name'];
  kind: PromotionEvent['kind'];
}

/** Every occurrence of the events whose sale overlaps [from, to], by sale start: the calendar's public face. */
export function promotionOccurrencesBetween(
  from: DayKey,
  to: DayKey,
  events: readonly PromotionEvent[] = DEFAULT_PROMOTIONS,
): PromotionOccurrence[] {
  const out: PromotionOccurrence[] = [];
  for (const item of events)
    for (const [year, dates] of Object.entries(item.years))
      if (dates.saleEnd >= from && dates.saleStart <= to)
        out.push({ ...dates, eventId: item.id, year, name: item.name, kind: item.kind });
  return out.sort((a, b) => a.saleStart.localeCompare(b.saleStart));
}

/** The next occurrence of each event whose sale has not ended by `today`. */
export function upcomingOccurrences(
  today: DayKey,
  events: readonly PromotionEvent[] = DEFAULT_PROMOTIONS,
): PromotionOccurrence[] {
  const next = new Map<string, PromotionOccurrence>();
  for (const occurrence of promotionOccurrencesBetween(today, '9999-12-31', events))
    if (!next.has(occurrence.eventId)) next.set(occurrence.eventId, occurrence);
  return [...next.values()].sort((a, b) => a.saleStart.localeCompare(b.saleStart));
}
