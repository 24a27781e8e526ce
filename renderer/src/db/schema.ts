/**
 * Dexie schema versions, append-only: never edit a published version, add the next one with an
 * `.upgrade()` when data must change. Each string lists the primary key, then the indexes.
 */
export const SCHEMA_V1 = {
  settings: 'key',
  stores: 'id, name',
  products: 'id, storeId, [storeId+category], [storeId+updatedAt], code, hostingMode',
  skus: 'id, productId, storeId, code',
  media: 'id, storeId, sha256, productId, skuId, phash',
  buyers: 'id, storeId, country',
  orders: 'id, [storeId+placedAt], [storeId+day], [storeId+status], buyerId, importBatchId',
  orderLines: 'id, orderId, [storeId+productId], productId',
  conversations:
    'id, [storeId+lastMessageAt], [status+lastMessageAt], buyerId, orderId, assigneeId, language, *labels',
  messages: 'id, [conversationId+sentAt], storeId',
  replyTemplates: 'id, language, topic',
  competitors: 'id, storeId',
  competitorSnapshots: 'id, [competitorId+takenAt]',
  trendPoints: 'id, [series+day]',
  influencers: 'id, storeId',
  campaigns: 'id, storeId, startsAt, influencerId',
  shipments: 'id, storeId, orderId, [storeId+createdAt], kind',
  carrierRates: 'id, [carrier+country]',
  trafficDays: 'id, [storeId+day], [storeId+productId+day]',
  dailyStats: 'id, [storeId+day], [storeId+hostingMode+day]',
  dimensionDays: 'id, [storeId+dimension+day], [storeId+dimension+key+day]',
  importBatches: 'id, storeId, importedAt',
} as const;

/**
 * v2: orders get the indexes the order list pages by (status + time, order number, tracking number);
 * maintained counters (so filter badges never scan a table), the hosting-mode history, and
 * per-conversation drafts that survive a crash.
 */
export const SCHEMA_V2 = {
  orders:
    'id, [storeId+placedAt], [storeId+day], [storeId+status], buyerId, importBatchId, [storeId+status+placedAt], orderId, trackingNumber',
  counters: 'id, storeId',
  modeChanges: 'id, [storeId+at], productId',
  drafts: 'conversationId, updatedAt',
} as const;

/**
 * v3: the next features' tables (photo presets, import layouts, inbox outbox and reps…). Add keys here
 * while v3 is unreleased; once released, start SCHEMA_V4.
 */
export const SCHEMA_V3: Record<string, string> = {
  photoPresets: 'id, updatedAt',
  importUndo: 'id, batchId',
  importLayouts: 'fingerprint',
  conversations:
    'id, [storeId+lastMessageAt], [status+lastMessageAt], buyerId, orderId, assigneeId, language, *labels, [storeId+waitingSince], [storeId+status+lastMessageAt], [storeId+language+lastMessageAt], [storeId+country+lastMessageAt], [storeId+assigneeKey+lastMessageAt], [storeId+orderStatus+lastMessageAt]',
  messages: 'id, [conversationId+sentAt], storeId, *tokens',
  outbox: 'id, [storeId+state+createdAt], conversationId',
  reps: 'id, createdAt',
  // Hosting → Fulfilment pages a store's inbound shipments to the platform warehouse, newest first.
  shipments: 'id, storeId, orderId, [storeId+createdAt], kind, [storeId+kind+createdAt]',
};

/** v4: country and product rollups per month, so long dashboard periods read months, not days. */
export const SCHEMA_V4 = {
  dimensionMonths: 'id, [storeId+dimension+day], [storeId+dimension+key+day]',
} as const;

/**
 * v5: fewer indexes, because every index is one more write per row and an import writes hundreds of
 * thousands of rows. Dropped: order indexes nothing queries ([storeId+day], [storeId+status] — the
 * [storeId+status+placedAt] prefix serves it — and importBatchId, undo keeps its own records), order lines
 * by bare productId ([storeId+productId] serves it), buyers by country, and the rollups'
 * [storeId+dimension+key+day]: a rollup id starts with store|dimension|key|day, so one key's rows are a
 * primary-key range (see rollupQueries.ts). Month rows now carry their days (DimensionMonth): the upgrade
 * folds the day rows into them. Added: conversations by [storeId+snoozedUntil], so the inbox wakes the snoozes
 * that are due with one index range instead of reading every snoozed conversation (only snoozed rows carry
 * snoozedUntil; IndexedDB builds the index from the stored rows, so no upgrade function is needed).
 */
export const SCHEMA_V5 = {
  conversations:
    'id, [storeId+lastMessageAt], [status+lastMessageAt], buyerId, orderId, assigneeId, language, *labels, [storeId+waitingSince], [storeId+status+lastMessageAt], [storeId+language+lastMessageAt], [storeId+country+lastMessageAt], [storeId+assigneeKey+lastMessageAt], [storeId+orderStatus+lastMessageAt], [storeId+snoozedUntil]',
  orders: 'id, [storeId+placedAt], buyerId, [storeId+status+placedAt], orderId, trackingNumber',
  orderLines: 'id, orderId, [storeId+productId]',
  buyers: 'id, storeId',
  dimensionDays: 'id, [storeId+dimension+day]',
  dimensionMonths: 'id, [storeId+dimension+day]',
} as const;

/** v6: day rows of countries and products are gone, folded into their month rows by v5's upgrade. */
export const SCHEMA_V6 = {
  dimensionDays: null,
} as const;

/**
 * v7: orders lose their bare orderId index. An order's id is `${storeId}:${orderId}`, so a search by order
 * number is a primary-key prefix range — scoped to the store, which the bare index was not — and an import
 * writes one index entry fewer per order.
 */
export const SCHEMA_V7 = {
  orders: 'id, [storeId+placedAt], buyerId, [storeId+status+placedAt], trackingNumber',
} as const;

/**
 * v8: no buyers table. It was a cache derived from orders with one reader (the inbox's order count, which
 * the orders' buyerId index counts as well), and it cost an import one more row for every new buyer.
 */
export const SCHEMA_V8 = {
  buyers: null,
} as const;

/**
 * v9 (holes): product-editor drafts move from localStorage (flushed lazily, so a killed browser lost the last
 * seconds; a new product's draft was never found again) to IndexedDB, one row per product being edited, keyed
 * `<productId>` or `new:<storeId>` for the one unsaved new product of a store.
 */
export const SCHEMA_V9 = {
  productDrafts: 'key, storeId',
} as const;

/**
 * v11 (market): per-competitor summaries kept on write (the list never scans 730k snapshots), competitor ↔ own
 * product links, own SKU price events, the seller's promotion events and checklists; snapshots and trend points
 * by import batch (undo), trend series names by index, competitors by last change.
 */
export const SCHEMA_V11 = {
  competitors: 'id, storeId, [storeId+updatedAt]',
  competitorSnapshots: 'id, [competitorId+takenAt], importBatchId',
  competitorSummaries: 'competitorId, storeId',
  competitorLinks: 'id, storeId, competitorId, productId',
  priceEvents: 'id, [skuId+at], [storeId+at]',
  trendPoints: 'id, [series+day], series, importBatchId',
  promotionEvents: 'id, storeId',
  promotionChecklists: 'id, storeId',
} as const;

/**
 * v12 (logistics): parcels (one or several orders, one tracking number) by store and declaration time, by tracking
 * number for the duplicate check and by order; imported carrier rate tables; ship-by alerts already shown.
 */
export const SCHEMA_V12 = {
  parcels: 'id, storeId, [storeId+declaredAt], trackingNumber, *orderIds',
  rateTables: 'id, importedAt',
  shipByAlerts: 'id, storeId',
} as const;

/**
 * v13 (creators): creators are found by platform + handle (what an import merges duplicates by), campaigns
 * by pipeline status, touches (posts, LIVE sessions) by time for the LIVE calendar and by campaign, sample
 * shipments by campaign; orders that carry a promo code by that code (only those rows are in the index).
 */
export const SCHEMA_V13 = {
  influencers: 'id, storeId, [storeId+platform+handleKey]',
  campaigns: 'id, storeId, startsAt, influencerId, [storeId+status]',
  campaignTouches: 'id, campaignId, [storeId+at]',
  sampleShipments: 'id, campaignId, storeId',
  orders: 'id, [storeId+placedAt], buyerId, [storeId+status+placedAt], trackingNumber, [storeId+promoCode]',
} as const;

/**
 * v14 (warehouse stock): stock per SKU and place (id `${skuId}|${place}`), read per store; inbound shipments to a
 * warehouse, read per store.
 */
export const SCHEMA_V14 = {
  stockLevels: 'id, storeId, skuId',
  inboundShipments: 'id, storeId',
} as const;

/**
 * v15 (inbox intents): conversations by what the buyer asks for (the intent of their latest message that says
 * something, see shared/inbox/intents.ts), so the "all" queue narrowed to one intent is one index range. Only
 * conversations with an intent carry the field; the inbox's index step fills it for stored conversations.
 */
export const SCHEMA_V15 = {
  conversations: `${SCHEMA_V5.conversations}, [storeId+intent+lastMessageAt]`,
} as const;

/**
 * v16 (ship-by board): one maintained row per order awaiting shipment (see ShipQueueRow in rows.ts), so the board
 * reads a store's queue with one index range instead of the orders and an anyOf over their lines.
 */
export const SCHEMA_V16 = {
  shipQueue: 'id, storeId',
} as const;

/**
 * v17 (ship-by deadlines): each queue row carries its deadline, so the board reads a store's queue in deadline
 * order, the first screenful before the rest. The upgrade counts the stored rows' deadlines once.
 */
export const SCHEMA_V17 = {
  shipQueue: 'id, storeId, [storeId+deadlineAt]',
} as const;

/** The indexes in force today, table by table: what a fresh database with the app's layout needs. */
export const CURRENT_SCHEMA: Record<string, string> = Object.fromEntries(
  Object.entries<string | null>({
    ...SCHEMA_V1,
    ...SCHEMA_V2,
    ...SCHEMA_V3,
    ...SCHEMA_V4,
    ...SCHEMA_V5,
    ...SCHEMA_V6,
    ...SCHEMA_V7,
    ...SCHEMA_V8,
    ...SCHEMA_V9,
    ...SCHEMA_V11,
    ...SCHEMA_V12,
    ...SCHEMA_V13,
    ...SCHEMA_V14,
    ...SCHEMA_V15,
    ...SCHEMA_V16,
    ...SCHEMA_V17,
  }).filter((entry): entry is [string, string] => entry[1] !== null),
);
