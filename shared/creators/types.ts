/**
 * Influencer marketing domain: creators, campaigns with their touches (posts, LIVE sessions), sample
 * shipments. Stored rows follow ARCHITECTURE §16 (string ids, updatedAt/updatedBy, deletedAt tombstones).
 */
import type { CountryCode, EpochMs, Id, Money } from '@shared/domain/types';
import type { TrackingCarrier } from '@shared/logistics/tracking';

export const CREATOR_PLATFORMS = [
  'aliexpress-live',
  'fan-zone',
  'aliexpress-connect',
  'youtube',
  'instagram',
  'tiktok',
  'vk',
  'telegram',
  'other',
] as const;
export type CreatorPlatform = (typeof CREATOR_PLATFORMS)[number];

export const CAMPAIGN_KINDS = [
  'affiliate-cps',
  'connect-cps',
  'fixed-fee',
  'promo-code',
  'sample-review',
  'live',
] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** The pipeline, in order; a campaign moves along it on the board. */
export const CAMPAIGN_STATUSES = [
  'prospect',
  'contacted',
  'agreed',
  'sample-sent',
  'content-live',
  'paid',
  'done',
] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const TOUCH_KINDS = ['post', 'video', 'live', 'story', 'other'] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

/** Who changed a row: this PC's user (no accounts yet), or the demo generator. */
export type ChangedBy = string;

export interface CreatorRow {
  id: Id;
  storeId: Id;
  handle: string;
  /** Lower-cased, trimmed handle without a leading @: platform + handleKey is what makes two rows the same creator. */
  handleKey: string;
  platform: CreatorPlatform;
  profileUrl?: string;
  country?: CountryCode;
  /** BCP 47 language tag, e.g. ru, es, pt-BR. */
  language?: string;
  followers?: number;
  /** Engagement rate as a fraction (0.035 = 3.5 %). */
  engagementRate?: number;
  /** What the creator asks per post, when known. */
  rateCard?: Money;
  /** Usual commission the creator works for (fraction). */
  commissionRate?: number;
  contact?: string;
  tags: string[];
  notes?: string;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  updatedBy: ChangedBy;
  deletedAt?: EpochMs;
}

export interface CampaignRow {
  id: Id;
  storeId: Id;
  /** None for the store's own LIVE or a platform programme. */
  influencerId?: Id;
  name: string;
  kind: CampaignKind;
  status: CampaignStatus;
  startsAt: EpochMs;
  endsAt: EpochMs;
  /** Empty means every product (as the affiliate programme counts). */
  productIds: Id[];
  /** Fraction of GMV (0.1 = 10 %); 0 when the deal has no commission. */
  commissionRate: number;
  fixedFee: Money;
  /** Promo codes as the seller typed them; matched case-insensitively. */
  codes: string[];
  windowDays: number;
  notes?: string;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  updatedBy: ChangedBy;
  deletedAt?: EpochMs;
}

export interface LiveResult {
  viewers?: number;
  likes?: number;
  /** Orders the seller centre reported for the session (attribution counts its own). */
  reportedOrders?: number;
  notes?: string;
}

/** A post or LIVE session of a campaign: the moment attribution windows start from. */
export interface TouchRow {
  id: Id;
  storeId: Id;
  campaignId: Id;
  kind: TouchKind;
  at: EpochMs;
  url?: string;
  /** LIVE sessions: products shown (empty = the campaign's). */
  productIds?: Id[];
  /** LIVE sessions: remind this many minutes before `at`. */
  reminderMinutes?: number;
  result?: LiveResult;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  updatedBy: ChangedBy;
  deletedAt?: EpochMs;
}

/** A free sample sent to a creator; its cost counts in the campaign's cost. */
export interface SampleShipmentRow {
  id: Id;
  storeId: Id;
  campaignId: Id;
  carrier: TrackingCarrier | 'other';
  trackingNumber: string;
  /** Goods + postage. */
  cost: Money;
  sentAt: EpochMs;
  productIds: Id[];
  createdAt: EpochMs;
  updatedAt: EpochMs;
  updatedBy: ChangedBy;
  deletedAt?: EpochMs;
}

/** The key two creators are the same by (with the platform). */
export function handleKeyOf(handle: string): string {
  return handle.trim().replace(/^@+/u, '').toLowerCase();
}

export function normalizeCode(code: string): string {
  return code.trim().toLowerCase();
}
