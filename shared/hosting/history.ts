/**
 * Which hosting mode a product was in at a given time, from the log of mode changes — so analytics can split
 * figures before and after a switch.
 *
 * Rules: a record takes effect at `at` (inclusive); records with equal `at` apply in list order. A product
 * follows the store default until its first product-level record, then keeps its own mode. Before the first
 * store-level record the store was in that record's `from` mode; with no store records at all the caller's
 * current store mode is used.
 */
import type { EpochMs, HostingMode, Id } from '@shared/domain/types';

export interface ModeChangeRecord {
  /** null: the store default changed. */
  productId: Id | null;
  from: HostingMode;
  to: HostingMode;
  at: EpochMs;
}

function sortedFor(records: readonly ModeChangeRecord[], productId: Id | null): ModeChangeRecord[] {
  // Array.prototype.sort is stable, so equal times keep list order.
  return records.filter((r) => r.productId === productId).sort((a, b) => a.at - b.at);
}

function modeAt(sorted: readonly ModeChangeRecord[], at: EpochMs): HostingMode | undefined {
  let mode: HostingMode | undefined;
  for (const r of sorted) {
    if (r.at > at) break;
    mode = r.to;
  }
  return mode;
}

export function storeModeAt(
  records: readonly ModeChangeRecord[],
  at: EpochMs,
  currentStoreMode: HostingMode,
): HostingMode {
  const store = sortedFor(records, null);
  return modeAt(store, at) ?? store[0]?.from ?? currentStoreMode;
}

export function effectiveModeAt(
  records: readonly ModeChangeRecord[],
  productId: Id,
  at: EpochMs,
  currentStoreMode: HostingMode,
): HostingMode {
  return modeAt(sortedFor(records, productId), at) ?? storeModeAt(records, at, currentStoreMode);
}

export interface ModeSegment {
  /** Inclusive start. */
  start: EpochMs;
  /** Exclusive end. */
  end: EpochMs;
  mode: HostingMode;
}

/** The product's modes over [start, end), merged into runs of one mode (for before/after charts). */
export function modeSegments(
  records: readonly ModeChangeRecord[],
  productId: Id,
  start: EpochMs,
  end: EpochMs,
  currentStoreMode: HostingMode,
): ModeSegment[] {
  if (end <= start) return [];
  const boundaries = new Set<EpochMs>([start]);
  for (const r of records) {
    if ((r.productId === null || r.productId === productId) && r.at > start && r.at < end)
      boundaries.add(r.at);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const segments: ModeSegment[] = [];
  points.forEach((point, i) => {
    const mode = effectiveModeAt(records, productId, point, currentStoreMode);
    const segEnd = points[i + 1] ?? end;
    const last = segments[segments.length - 1];
    if (last && last.mode === mode) last.end = segEnd;
    else segments.push({ start: point, end: segEnd, mode });
  });
  return segments;
}
