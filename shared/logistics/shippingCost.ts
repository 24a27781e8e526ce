/**
 * What shipping actually cost per SKU: each shipped parcel's cost (the quote chosen when it shipped, or what the
 * seller entered) shared over the units in it, by weight when every line's weight is known, else by quantity.
 * Shares are whole minor units that add up exactly to the parcel's cost (largest remainder). The hosting profit
 * model uses the per-unit figure for self-operated SKUs instead of its flat own-carrier tariff.
 */
import type { MinorUnits } from '@shared/domain/types';

export interface CostedParcel {
  orderIds: readonly string[];
  /** In the target currency's minor units. */
  costMinor: MinorUnits;
}

export interface ParcelLine {
  orderId: string;
  /** The SKU, or the product when the line has no SKU. */
  key: string;
  quantity: number;
  /** Weight of one unit, when the catalog has it. */
  unitWeightG?: number;
}

export interface SkuShippingCost {
  costMinor: MinorUnits;
  units: number;
  parcels: number;
}

/** Splits `total` over `weights` in whole units that sum to `total` exactly (largest remainder, ties by order). */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

export function shippingCostBySku(
  parcels: readonly CostedParcel[],
  lines: readonly ParcelLine[],
): Map<string, SkuShippingCost> {
  const linesByOrder = new Map<string, ParcelLine[]>();
  for (const line of lines) {
    if (line.quantity <= 0) continue;
    const list = linesByOrder.get(line.orderId) ?? [];
    list.push(line);
    linesByOrder.set(line.orderId, list);
  }
  const out = new Map<string, SkuShippingCost>();
  for (const parcel of parcels) {
    const inParcel = parcel.orderIds.flatMap((id) => linesByOrder.get(id) ?? []);
    if (inParcel.length === 0) continue;
    const byWeight = inParcel.every((l) => (l.unitWeightG ?? 0) > 0);
    const weights = inParcel.map((l) => l.quantity * (byWeight ? (l.unitWeightG ?? 0) : 1));
    const shares = splitByWeights(parcel.costMinor, weights);
    const seen = new Set<string>();
    inParcel.forEach((line, i) => {
      const entry = out.get(line.key) ?? { costMinor: 0, units: 0, parcels: 0 };
      entry.costMinor += shares[i] ?? 0;
      entry.units += line.quantity;
      if (!seen.has(line.key)) entry.parcels += 1;
      seen.add(line.key);
      out.set(line.key, entry);
    });
  }
  return out;
}

/** Cost per unit, rounded half up; undefined when no unit shipped. */
export function perUnitCost(entry: SkuShippingCost | undefined): MinorUnits | undefined {
  if (!entry || entry.units === 0) return undefined;
  return Math.floor((entry.costMinor * 2 + entry.units) / (entry.units * 2));
}
