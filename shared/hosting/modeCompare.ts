/**
 * "Compare by mode" figures: sales per hosting mode from the daily rollups, an estimated margin per mode from
 * the product rollups and the profit model, and a product's sales before and after a switch.
 *
 * The rollups carry the mode each order was placed in, so a product's history stays with the mode it sold in;
 * the margin is an estimate at today's prices and rates (units sold × the profit model's per-unit margin).
 */
import type { DayKey, DimensionDay, EpochMs, HostingMode, Id } from '@shared/domain/types';
import { HOSTING_MODES } from '@shared/domain/types';
import { DAY_MS, dayStartMs } from '@shared/util/days';

export interface ModeSales {
  mode: HostingMode;
  orders: number;
  units: number;
  /** In the caller's currency. */
  gmv: number;
  /** Estimated margin in the caller's currency; units without a profit model are left out (see unitsWithoutModel). */
  margin: number;
  /** Units of products the model could not price (deleted products, another currency without a rate…). */
  unitsWithoutModel: number;
  /** gmv ÷ all modes' gmv, 0..1. */
  gmvShare: number;
}

export interface SalesRow {
  day: DayKey;
  hostingMode: HostingMode;
  orders: number;
  units: number;
  /** Already converted into the caller's currency. */
  gmv: number;
}

export interface ProductUnitsRow {
  key: Id;
  day: DayKey;
  hostingMode: HostingMode;
  units: number;
}

/** Per-unit margin of a product in a mode, in the caller's currency; undefined when it cannot be priced. */
export type UnitMargin = (productId: Id, mode: HostingMode) => number | undefined;

export function salesByMode(
  daily: readonly SalesRow[],
  productRows: readonly ProductUnitsRow[],
  from: DayKey,
  to: DayKey,
  unitMargin: UnitMargin,
): ModeSales[] {
  const totals = new Map<HostingMode, ModeSales>(
    HOSTING_MODES.map((mode) => [
      mode,
      { mode, orders: 0, units: 0, gmv: 0, margin: 0, unitsWithoutModel: 0, gmvShare: 0 },
    ]),
  );
  for (const row of daily) {
    if (row.day < from || row.day > to) continue;
    const t = totals.get(row.hostingMode)!;
    t.orders += row.orders;
    t.units += row.units;
    t.gmv += row.gmv;
  }
  for (const row of productRows) {
    if (row.day < from || row.day > to || row.units === 0) continue;
    const t = totals.get(row.hostingMode)!;
    const margin = unitMargin(row.key, row.hostingMode);
    if (margin === undefined) t.unitsWithoutModel += row.units;
    else t.margin += margin * row.units;
  }
  const all = [...totals.values()];
  const grand = all.reduce((sum, t) => sum + t.gmv, 0);
  for (const t of all) t.gmvShare = grand > 0 ? t.gmv / grand : 0;
  return all;
}

/** Weighted per-unit figure of a product from its SKUs (weights: the monthly-units split, or 1 each). */
export function weightedPerUnit(values: readonly { value: number; weight: number }[]): number | undefined {
  if (values.length === 0) return undefined;
  const weightSum = values.reduce((sum, v) => sum + Math.max(0, v.weight), 0);
  if (weightSum === 0) return Math.round(values.reduce((sum, v) => sum + v.value, 0) / values.length);
  return Math.round(values.reduce((sum, v) => sum + v.value * Math.max(0, v.weight), 0) / weightSum);
}

export interface SegmentSales {
  start: EpochMs;
  end: EpochMs;
  mode: HostingMode;
  /** Length of the segment in days (fractional: a switch happens at a moment, not at midnight). */
  days: number;
  orders: number;
  units: number;
  gmv: number;
  /** Per day of the segment; null for segments shorter than a day (too short to compare). */
  unitsPerDay: number | null;
  gmvPerDay: number | null;
}

/** One day of one product's sales; gmv already in the caller's currency. */
export type DaySales = Pick<DimensionDay, 'day' | 'orders' | 'units' | 'gmv'>;

export interface Segment {
  start: EpochMs;
  end: EpochMs;
  mode: HostingMode;
}

/**
 * One product's sales per mode segment. Rollups are daily, so a whole day counts towards the segment that
 * contains the day's start (UTC midnight): the day of a switch belongs to "before".
 */
export function salesBySegment(rows: readonly DaySales[], segments: readonly Segment[]): SegmentSales[] {
  const out: SegmentSales[] = segments.map((s) => ({
    ...s,
    days: Math.round(((s.end - s.start) / DAY_MS) * 10) / 10,
    orders: 0,
    units: 0,
    gmv: 0,
    unitsPerDay: null,
    gmvPerDay: null,
  }));
  for (const row of rows) {
    const at = dayStartMs(row.day);
    const segment = out.find((s) => at >= s.start && at < s.end);
    if (!segment) continue;
    segment.orders += row.orders;
    segment.units += row.units;
    segment.gmv += row.gmv;
  }
  for (const s of out) {
    if (s.days < 1) continue;
    s.unitsPerDay = Math.round((s.units / s.days) * 100) / 100;
    s.gmvPerDay = Math.round(s.gmv / s.days);
  }
  return out;
}
