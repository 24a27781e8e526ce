/**
 * Warehouse stock: how many units of each SKU lie where (own warehouse, an overseas warehouse, the platform's
 * warehouse for fully managed SKUs), inbound shipments to a warehouse with their tracking and expected arrival,
 * received quantities reconciled against what was sent, and a reorder suggestion per SKU from its recent sales
 * velocity and lead time. Pure: the screens and renderer/src/data/warehouse.ts share it.
 */
import type { DayKey, EpochMs, Id } from '@shared/domain/types';

export const STOCK_PLACES = ['own', 'overseas', 'platform'] as const;
export type StockPlace = (typeof STOCK_PLACES)[number];

/** One SKU's stock at one place; the id is `${skuId}|${place}`. */
export interface StockLevelRecord {
  id: string;
  storeId: Id;
  skuId: Id;
  place: StockPlace;
  quantity: number;
  /** Shelf / bin in that warehouse (货位), printed on the pick list for the own warehouse. */
  bin?: string;
  /**
   * The seller's lead time for this SKU (order to shelf, whole days), on its own-warehouse row: the reorder
   * suggestion uses it before any learned or default lead time. Absent until the seller sets one.
   */
  leadTimeDays?: number;
  updatedAt: EpochMs;
  updatedBy: string;
}

export interface InboundLine {
  skuId: Id;
  /** Units sent. */
  quantity: number;
  /** Units counted on arrival; undefined until received. */
  received?: number;
}

export interface InboundShipmentRecord {
  id: Id;
  storeId: Id;
  place: StockPlace;
  carrierName?: string;
  trackingNumber?: string;
  expectedOn?: DayKey;
  lines: InboundLine[];
  status: 'in-transit' | 'received';
  /** When it was sent (lead time counts from here). */
  sentAt: EpochMs;
  receivedAt?: EpochMs;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  updatedBy: string;
  deletedAt?: EpochMs;
}

export const stockLevelId = (skuId: string, place: StockPlace): string => `${skuId}|${place}`;

export interface LineReconciliation {
  skuId: Id;
  sent: number;
  received: number;
  /** received − sent: negative is short, positive is over. */
  difference: number;
  verdict: 'ok' | 'short' | 'over';
}

/** What arrived against what was sent, line by line (lines of one SKU are added up first). */
export function reconcileInbound(lines: readonly InboundLine[]): LineReconciliation[] {
  const bySku = new Map<string, { sent: number; received: number }>();
  for (const line of lines) {
    const entry = bySku.get(line.skuId) ?? { sent: 0, received: 0 };
    entry.sent += line.quantity;
    entry.received += line.received ?? 0;
    bySku.set(line.skuId, entry);
  }
  return [...bySku].map(([skuId, { sent, received }]) => {
    const difference = received - sent;
    return {
      skuId,
      sent,
      received,
      difference,
      verdict: difference === 0 ? 'ok' : difference < 0 ? 'short' : 'over',
    };
  });
}

/** Units per place after receiving a shipment: each SKU's place grows by what was counted, never by what was sent. */
export function receivedIntoStock(
  shipment: Pick<InboundShipmentRecord, 'place' | 'lines'>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of shipment.lines)
    out.set(
      stockLevelId(line.skuId, shipment.place),
      (out.get(stockLevelId(line.skuId, shipment.place)) ?? 0) + (line.received ?? 0),
    );
  return out;
}

/** Days from sending to receiving, over the received shipments that carried the SKU; null when none did. */
export function observedLeadTimeDays(
  shipments: readonly Pick<
    InboundShipmentRecord,
    'status' | 'sentAt' | 'receivedAt' | 'lines' | 'deletedAt'
  >[],
  skuId: string,
): number | null {
  const days: number[] = [];
  for (const s of shipments) {
    if (s.deletedAt || s.status !== 'received' || s.receivedAt === undefined) continue;
    if (!s.lines.some((l) => l.skuId === skuId)) continue;
    days.push(Math.max(0, (s.receivedAt - s.sentAt) / 86_400_000));
  }
  if (days.length === 0) return null;
  return Math.ceil(days.reduce((a, b) => a + b, 0) / days.length);
}

export interface StockPolicy {
  /** Lead time when no received shipment shows one: order to shelf, in days. */
  leadTimeDays: number;
  /** Extra days of sales kept as safety stock. */
  safetyDays: number;
  /** Days of sales one reorder should cover beyond the lead time and safety. */
  coverDays: number;
}

export const DEFAULT_STOCK_POLICY: StockPolicy = { leadTimeDays: 15, safetyDays: 7, coverDays: 30 };

/** A lead time the seller may set: whole days from 1 to 365. */
export const LEAD_TIME_LIMITS = { min: 1, max: 365 } as const;

export function isValidLeadTime(days: number): boolean {
  return Number.isInteger(days) && days >= LEAD_TIME_LIMITS.min && days <= LEAD_TIME_LIMITS.max;
}

export type LeadTimeSource = 'set' | 'observed' | 'default';

/**
 * The lead time a SKU's reorder suggestion uses: the one the seller set for it, else the average of its received
 * inbound shipments, else the policy's default; with where it came from, for the screen.
 */
export function leadTimeOf(
  setDays: number | undefined,
  observed: number | null,
  policy: Pick<StockPolicy, 'leadTimeDays'>,
): { days: number; source: LeadTimeSource } {
  if (setDays !== undefined && isValidLeadTime(setDays)) return { days: setDays, source: 'set' };
  if (observed !== null) return { days: observed, source: 'observed' };
  return { days: policy.leadTimeDays, source: 'default' };
}

export interface ReorderInput {
  /** Units on hand at every place that sells this SKU. */
  onHand: number;
  /** Units on the way (inbound shipments not yet received). */
  inbound: number;
  /** Units sold in the last `windowDays`. */
  soldInWindow: number;
  windowDays: number;
  leadTimeDays: number;
}

export interface ReorderSuggestion {
  /** Units sold per day, recent. */
  velocity: number;
  /** Days the stock (on hand + inbound) lasts at that velocity; null when nothing sells. */
  daysOfCover: number | null;
  /** Below this (on hand + inbound) the SKU must be reordered: velocity × (lead time + safety), rounded up. */
  reorderPoint: number;
  /** Units to order now (0 when above the reorder point). */
  quantity: number;
}

/**
 * Reorder when on hand + inbound falls to the reorder point (sales during the lead time plus safety days); order
 * enough to reach the reorder point plus `coverDays` of sales.
 */
export function reorderSuggestion(input: ReorderInput, policy: StockPolicy): ReorderSuggestion {
  const velocity = input.windowDays > 0 ? Math.max(0, input.soldInWindow) / input.windowDays : 0;
  const available = Math.max(0, input.onHand) + Math.max(0, input.inbound);
  const reorderPoint = Math.max(0, Math.ceil(velocity * (input.leadTimeDays + policy.safetyDays) - 1e-9));
  const target = Math.ceil(velocity * (input.leadTimeDays + policy.safetyDays + policy.coverDays) - 1e-9);
  const quantity = velocity > 0 && available <= reorderPoint ? Math.max(0, target - available) : 0;
  return {
    velocity,
    daysOfCover: velocity > 0 ? Math.floor(available / velocity) : null,
    reorderPoint,
    quantity,
  };
}
