/**
 * Rows the market view keeps (sync-ready, ARCHITECTURE §16): string ids that never collide, updatedAt/updatedBy on
 * rows the seller edits, deletedAt tombstones, append-only price events.
 */
import type { Money } from '@shared/domain/types';
import type { PriceChangeSource, PromotionPriceRule } from './priceHistory';
import type { PromotionEvent } from './promotions';

/** Which own product a competitor faces; many-to-many, one row per pair, id `${competitorId}|${productId}`. */
export interface CompetitorLink {
  id: string;
  storeId: string;
  competitorId: string;
  productId: string;
  updatedAt: number;
  updatedBy: string;
  deletedAt?: number;
}

/** A competitor's figures for the list, kept up to date on every snapshot write so the list never scans snapshots. */
export interface CompetitorSummary {
  competitorId: string;
  storeId: string;
  snapshotCount: number;
  latestAt: number | null;
  /** Latest price (lowest of the range) + shipping, minor units of `currency`. */
  latestPrice: number | null;
  latestTotal: number | null;
  currency: string;
  latestSold: number | null;
  latestSoldRounded: boolean;
  latestRating: number | null;
  /** Up to SPARK_POINTS latest prices, oldest first, for the sparkline. */
  spark: number[];
  /** Sold per day over the last week or more: at least `low`, at most `high` (null: no upper bound known). */
  velocity: { low: number; high: number | null; isRange: boolean } | null;
}

/** One own SKU price change (append-only): editor save, bulk edit, import. */
export interface PriceEvent {
  id: string;
  storeId: string;
  skuId: string;
  productId: string;
  at: number;
  price: Money;
  source: PriceChangeSource;
}

/** The seller's copy of a calendar event (edited dates) or an own event, per store. */
export interface PromotionEventRow {
  id: string;
  storeId: string;
  event: PromotionEvent;
  updatedAt: number;
  updatedBy: string;
  deletedAt?: number;
}

export const CHECKLIST_ITEMS = ['register', 'prices', 'photos', 'banner', 'stock'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** Checklist of one event occurrence, id `${storeId}|${eventId}|${year}`. */
export interface PromotionChecklist {
  id: string;
  storeId: string;
  eventId: string;
  year: string;
  done: Partial<Record<ChecklistItem, boolean>>;
  updatedAt: number;
  updatedBy: string;
}

/** The seller's market settings per store (settings row `market:<storeId>`). */
export interface MarketSettings {
  /** Undercut alert when a competitor is cheaper by more than this percentage of the own price. */
  undercutPercent: number;
  /** Per-product thresholds overriding the global one. */
  productUndercutPercent: Record<string, number>;
  /** Transit days from the seller to the buyer or platform warehouse, for stock-up dates. */
  transitDays: number;
  /** Inbound days at the platform warehouse for fully managed products. */
  inboundDays: number;
  /** The promotion entry-price rules, editable; defaults from PROMOTION_PRICE_RULES. */
  priceRules: PromotionPriceRule[];
}
