/**
 * The domain of the whole workstation, shared by the renderer's Dexie store, the Node services and the CLI.
 * Conventions (ARCHITECTURE.md §10): money is an integer count of minor units plus an ISO 4217 code,
 * countries are ISO 3166-1 alpha-2, times are UTC epoch milliseconds, days are 'YYYY-MM-DD' in UTC.
 */

export type Id = string;
/** ISO 4217 code, upper case (USD, CNY, RUB, EUR…). */
export type CurrencyCode = string;
/** ISO 3166-1 alpha-2, upper case (RU, US, BR…). */
export type CountryCode = string;
/** UTC epoch milliseconds. */
export type EpochMs = number;
/** A UTC calendar day, 'YYYY-MM-DD'. */
export type DayKey = string;
/** Integer count of a currency's minor units (cents, kopecks, fen). */
export type MinorUnits = number;

export interface Money {
  amount: MinorUnits;
  currency: CurrencyCode;
}

export const HOSTING_MODES = ['fully-managed', 'semi-managed', 'self-operated'] as const;
export type HostingMode = (typeof HOSTING_MODES)[number];

export const BUYER_LANGUAGES = ['en', 'ru', 'pt', 'es', 'fr'] as const;
export type BuyerLanguage = (typeof BUYER_LANGUAGES)[number];

export const ORDER_STATUSES = [
  'awaiting-payment',
  'awaiting-shipment',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'refunded',
  'disputed',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const CATEGORIES = [
  'phone-accessories',
  'led-lighting',
  'womens-clothing',
  'kids-smart-watches',
  'kitchen-tools',
] as const;
export type CategoryId = (typeof CATEGORIES)[number];

export const CARRIERS = ['cainiao', 'china-post', 'ems', 'dhl', 'ups', 'yanwen', '4px'] as const;
export type CarrierId = (typeof CARRIERS)[number];

/** How carriers write their own names (the same in every language buyers read). */
export const CARRIER_NAMES: Readonly<Record<CarrierId, string>> = {
  cainiao: 'Cainiao',
  'china-post': 'China Post',
  ems: 'EMS',
  dhl: 'DHL',
  ups: 'UPS',
  yanwen: 'Yanwen',
  '4px': '4PX',
};

export interface Store {
  id: Id;
  name: string;
  /** The store's default; a product may override it. */
  hostingMode: HostingMode;
  /** Currency the seller centre reports this store's amounts in. */
  currency: CurrencyCode;
  createdAt: EpochMs;
  isDemo: boolean;
}

/** Title and description per buyer language; English is required by the listing check. */
export type Localized = Partial<Record<BuyerLanguage, string>>;

export interface Product {
  id: Id;
  storeId: Id;
  /** Seller's own reference (货号). */
  code: string;
  /** The shop's own Chinese/internal name (never uploaded): how the team calls the product. */
  internalName?: string;
  title: Localized;
  description: Localized;
  category: CategoryId | string;
  attributes: Record<string, string>;
  /** Undefined until the seller enters it: a blank weight is "missing", never 0 g. */
  weightGrams?: number;
  packageCm: { length: number; width: number; height: number };
  handlingDays: number;
  /** Undefined means "use the store's default". */
  hostingMode?: HostingMode;
  /** Media ids, in display order. */
  mainImageIds: Id[];
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export interface Sku {
  id: Id;
  productId: Id;
  storeId: Id;
  code: string;
  /** Variant options, e.g. { colour: 'Black', size: 'M' }. */
  options: Record<string, string>;
  /** Retail price for self-operated and semi-managed. */
  price: Money;
  /** What the platform pays the merchant in fully managed mode. */
  supplyPrice?: Money;
  /** Landed cost of goods to the merchant. */
  cost: Money;
  stock: number;
  imageId?: Id;
  /** Place in the product's SKU list as the seller arranged it (ids are random, so they cannot give the order). */
  position?: number;
}

export interface MediaItem {
  id: Id;
  storeId: Id;
  /** Content address (sha256 hex) of the file in the media library on disk. */
  sha256: string;
  fileName: string;
  width: number;
  height: number;
  bytes: number;
  format: 'jpeg' | 'png' | 'webp';
  /** Perceptual hash (hex) used to flag near-duplicates. */
  phash?: string;
  /** Colour signature (3×3 sRGB grid, hex): near-duplicates must also agree in colour. */
  colours?: string;
  preset?: string;
  sourceName?: string;
  productId?: Id;
  skuId?: Id;
  createdAt: EpochMs;
}

/** A buyer as the demo invents them. Not stored: orders and conversations carry the buyer's id, name and country. */
export interface Buyer {
  id: Id;
  storeId: Id;
  name: string;
  country: CountryCode;
  language: BuyerLanguage;
}

export interface Order {
  /** `${storeId}:${orderId}` so a re-import of the same export upserts instead of duplicating. */
  id: Id;
  storeId: Id;
  orderId: string;
  buyerId: Id;
  buyerName?: string;
  country: CountryCode;
  placedAt: EpochMs;
  /** UTC day of placedAt, indexed for rollups and paging. */
  day: DayKey;
  status: OrderStatus;
  /** Goods total, in the order's currency. */
  amount: MinorUnits;
  shippingFee: MinorUnits;
  refundAmount: MinorUnits;
  currency: CurrencyCode;
  itemCount: number;
  hostingMode: HostingMode;
  carrier?: CarrierId;
  trackingNumber?: string;
  shippedAt?: EpochMs;
  deliveredAt?: EpochMs;
  disputeDeadline?: EpochMs;
  /** Promo (coupon) code used on the order, as the export wrote it; read by influencer attribution. */
  promoCode?: string;
  importBatchId?: Id;
  /** When the buyer paid; the ship-by deadline counts from here. Imported orders without it count from placedAt. */
  paidAt?: EpochMs;
  /** The delivery address exactly as the buyer entered it (lines joined by "\n"); joint shipping compares it verbatim. */
  shipTo?: string;
  /** Cash on delivery: such orders are never shipped jointly. Absent means not COD. */
  cashOnDelivery?: boolean;
  /** EU VAT collected by the platform (IOSS): only orders of the same parent order may share a parcel. */
  vatCollected?: boolean;
  /** The buyer's checkout (parent order) this order was split from, when the platform reports it. */
  parentOrderId?: string;
  /** The longest handling time (days) of the order's products when it was placed; missing on imports. */
  handlingDays?: number;
  /** The parcel this order left in, when it was shipped jointly with others (see shared/logistics/joint.ts). */
  parcelId?: Id;
}

export interface OrderLine {
  id: Id;
  orderId: Id;
  storeId: Id;
  productId: Id;
  skuId?: Id;
  title: string;
  quantity: number;
  unitPrice: MinorUnits;
  currency: CurrencyCode;
}

export const CONVERSATION_STATUSES = ['open', 'pending', 'snoozed', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export interface Conversation {
  id: Id;
  storeId: Id;
  buyerId: Id;
  buyerName: string;
  country: CountryCode;
  language: BuyerLanguage;
  orderId?: Id;
  subject: string;
  status: ConversationStatus;
  assigneeId?: Id;
  labels: string[];
  lastMessageAt: EpochMs;
  /** Set while the last message is the buyer's and unanswered; the SLA timer runs from here. */
  awaitingReplySince?: EpochMs;
  snoozedUntil?: EpochMs;
  /** True for conversations about fully managed products, which the platform answers. */
  platformHandled: boolean;
  messageCount: number;
}

export interface Message {
  id: Id;
  conversationId: Id;
  storeId: Id;
  author: 'buyer' | 'seller' | 'platform' | 'note';
  body: string;
  sentAt: EpochMs;
  language?: BuyerLanguage;
  attachmentMediaIds?: Id[];
}

export interface ReplyTemplate {
  id: Id;
  name: string;
  language: BuyerLanguage;
  topic: string;
  body: string;
  attachmentMediaId?: Id;
  /** Order states the reply is true for; absent means the topic's own (shared/inbox/templateFit.ts). */
  orderStates?: OrderStatus[];
  builtIn: boolean;
  updatedAt: EpochMs;
}

export interface Competitor {
  id: Id;
  storeId: Id;
  /** The competitor's store name. */
  name: string;
  url: string;
  category: CategoryId | string;
  /** AliExpress item id of the watched listing (absent for a watched store). */
  itemId?: string;
  listingTitle?: string;
  /** Local copy of the main image in the media library. */
  imageId?: Id;
  tags?: string[];
  notes?: string;
  updatedAt?: EpochMs;
  updatedBy?: string;
  deletedAt?: EpochMs;
}

export interface CompetitorSnapshot {
  id: Id;
  competitorId: Id;
  takenAt: EpochMs;
  day: DayKey;
  listingTitle: string;
  price: Money;
  /** The sold count as the page shows it (the lower bound when rounded). */
  orders: number;
  rating: number;
  reviews: number;
  /** Top of a price range ("US $4.05 - 19.90"), minor units of price.currency. */
  priceMax?: number;
  originalPrice?: Money;
  /** Whether the page rounded the sold count ("10,000+"). */
  soldRounded?: boolean;
  /** Shipping fee; amount 0 for free shipping; absent when unknown. */
  shipping?: Money;
  source?: 'paste' | 'manual' | 'import' | 'demo';
  importBatchId?: Id;
}

export interface TrendPoint {
  id: Id;
  /** Keyword or category the series follows. */
  series: string;
  day: DayKey;
  value: number;
  /** Which figure of the series: search popularity (default), click rate, competition index… */
  metric?: string;
  /** Keyword or category; day or week rows. */
  kind?: 'keyword' | 'category';
  period?: 'day' | 'week';
  importBatchId?: Id;
}

export interface Influencer {
  id: Id;
  storeId: Id;
  handle: string;
  platform: 'aliexpress-live' | 'fan-zone' | 'youtube' | 'vk' | 'instagram' | 'tiktok';
  country: CountryCode;
  followers: number;
  commissionRate: number;
}

export interface Campaign {
  id: Id;
  storeId: Id;
  influencerId?: Id;
  name: string;
  kind: 'live' | 'fan-zone' | 'influencer-post' | 'platform-promotion';
  startsAt: EpochMs;
  endsAt: EpochMs;
  productIds: Id[];
  visitors: number;
  orders: number;
  gmv: Money;
  cost: Money;
}

export interface Shipment {
  id: Id;
  storeId: Id;
  /** Buyer parcels carry an order; inbound shipments to the platform warehouse (fully managed) do not. */
  kind: 'buyer-parcel' | 'warehouse-inbound';
  orderId?: Id;
  carrier: CarrierId;
  trackingNumber: string;
  country: CountryCode;
  createdAt: EpochMs;
  shippedAt?: EpochMs;
  deliveredAt?: EpochMs;
  cost: Money;
}

export interface CarrierRate {
  id: Id;
  carrier: CarrierId;
  country: CountryCode;
  /** Cost for the first 100 g and each further 100 g. */
  first100g: Money;
  per100g: Money;
  daysMin: number;
  daysMax: number;
}

/** Traffic for one product on one UTC day. */
export interface TrafficDay {
  id: Id;
  storeId: Id;
  productId: Id;
  day: DayKey;
  visitors: number;
  productViews: number;
  addToCarts: number;
  orders: number;
}

/** Daily rollup per store and hosting mode, maintained on every write of orders or traffic. */
export interface DailyStat {
  /** `${storeId}|${day}|${hostingMode}` */
  id: Id;
  storeId: Id;
  day: DayKey;
  hostingMode: HostingMode;
  currency: CurrencyCode;
  orders: number;
  units: number;
  gmv: MinorUnits;
  refunds: MinorUnits;
  refundedOrders: number;
  disputedOrders: number;
  newBuyers: number;
  visitors: number;
  productViews: number;
  addToCarts: number;
}

/** Daily rollup per store, day and dimension value (a country or a product). */
export interface DimensionDay {
  /** `${storeId}|${dimension}|${key}|${day}|${hostingMode}` */
  id: Id;
  storeId: Id;
  dimension: 'country' | 'product';
  key: string;
  day: DayKey;
  hostingMode: HostingMode;
  currency: CurrencyCode;
  orders: number;
  units: number;
  gmv: MinorUnits;
  refunds: MinorUnits;
}

/** orders, units, gmv, refunds of one day: a DimensionDay's figures, packed. */
export type DayFigures = [orders: number, units: number, gmv: MinorUnits, refunds: MinorUnits];

/**
 * A country's or product's month under one hosting mode: `day` is the month's first day, the figures are the
 * month's totals, and `days` holds each day that has figures ('01'…'31'). One row per key and month instead of
 * one per day keeps imports fast (each stored row costs about as much as an order) and a year's read small.
 */
export interface DimensionMonth extends DimensionDay {
  days: Record<string, DayFigures>;
}

export interface ImportBatch {
  id: Id;
  storeId: Id;
  kind: 'orders' | 'traffic' | 'conversations' | 'demo';
  fileName: string;
  importedAt: EpochMs;
  rows: number;
  status: 'running' | 'done' | 'undone';
}

export interface Setting {
  key: string;
  value: unknown;
}
