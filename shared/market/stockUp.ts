/**
 * The stock-up-by date of a product for an event: goods must be packed and handed over early enough to reach the
 * buyer (or the platform warehouse, for fully managed) by the sale start. Transit and warehouse inbound run on
 * calendar days; the seller's own handling runs on open days only, so the public holidays and own closed days in
 * between push the date earlier, and the date itself is always a day the shop is open.
 */
import type { DayKey } from '@shared/domain/types';
import { addDays } from '@shared/util/days';
import {
  closuresBetween,
  subtractOpenDays,
  type ClosureCalendar,
  type ClosureReason,
} from '@shared/calendar/closures';

export interface StockUpInput {
  saleStart: DayKey;
  handlingDays: number;
  transitDays: number;
  /** Inbound time into the platform warehouse; 0 unless the product is fully managed. */
  inboundDays: number;
}

export interface StockUpPlan {
  /** Have the stock ready by this day (an open day). */
  stockUpBy: DayKey;
  /** The day the goods must leave: sale start − transit − inbound. */
  handOverBy: DayKey;
  /** The closed days between stock-up and hand-over, which pushed the date earlier. */
  closures: { day: DayKey; reason: ClosureReason }[];
  /** Years in the span the holiday data does not cover: only weekends and own closures are known there. */
  uncoveredYears: number[];
}

export function stockUpPlan(input: StockUpInput, calendar: ClosureCalendar): StockUpPlan {
  const handOverBy = addDays(
    input.saleStart,
    -Math.max(0, input.transitDays) - Math.max(0, input.inboundDays),
  );
  // The hand-over day itself is the last handling day, so count back handlingDays open days from the day after.
  const stockUpBy = subtractOpenDays(calendar, addDays(handOverBy, 1), Math.max(1, input.handlingDays + 1));
  const closures = closuresBetween(calendar, stockUpBy, handOverBy);
  const years = new Set<number>();
  for (let year = Number(stockUpBy.slice(0, 4)); year <= Number(input.saleStart.slice(0, 4)); year++)
    years.add(year);
  return {
    stockUpBy,
    handOverBy,
    closures,
    uncoveredYears: [...years].filter((year) => !calendar.coversYear(year)),
  };
}
