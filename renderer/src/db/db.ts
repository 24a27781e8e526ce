import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type {
  CarrierRate,
  Competitor,
  CompetitorSnapshot,
  DailyStat,
  DimensionDay,
  DimensionMonth,
  ImportBatch,
  MediaItem,
  Order,
  OrderLine,
  Product,
  ReplyTemplate,
  Setting,
  Shipment,
  Sku,
  Store,
  TrafficDay,
  TrendPoint,
} from '@shared/domain/types';
import type { CampaignRow, CreatorRow, SampleShipmentRow, TouchRow } from '@shared/creators/types';
import { monthsOfDays } from '@shared/analytics/monthly';
import { upgradeCreatorsV13 } from './creatorsUpgrade';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V9,
  SCHEMA_V11,
  SCHEMA_V12,
  SCHEMA_V13,
  SCHEMA_V14,
  SCHEMA_V15,
  SCHEMA_V16,
  SCHEMA_V17,
} from './schema';
import { fillShipQueueV16, upgradeShipQueueV17 } from './shipQueueUpgrade';
import type {
  Counter,
  Draft,
  ImportLayout,
  ImportUndoChunk,
  InboxConversation,
  InboxMessage,
  ModeChange,
  OutboxItem,
  Rep,
  ShipQueueRow,
  UserPresetRow,
} from './rows';
import type {
  CompetitorLink,
  CompetitorSummary,
  PriceEvent,
  PromotionChecklist,
  PromotionEventRow,
} from '@shared/market/types';
import type { ParcelRecord, RateTableRecord, ShipByAlertRecord } from '@shared/logistics/records';
import type { InboundShipmentRecord, StockLevelRecord } from '@shared/logistics/warehouse';

export * from './rows';

/** What the product editor holds while the user types (features/catalog/productDrafts.ts owns its shape). */
export interface ProductDraftRow {
  /** `<productId>` for a saved product, `new:<storeId>` for the store's one unsaved new product. */
  key: string;
  storeId: string;
  /** The product's id, stable for a new product too, so saving the restored draft creates one product. */
  productId: string;
  value: unknown;
  updatedAt: number;
}

export const DB_NAME = 'seller-workstation';

export type WorkstationDb = Dexie & {
  settings: EntityTable<Setting, 'key'>;
  stores: EntityTable<Store, 'id'>;
  products: EntityTable<Product, 'id'>;
  skus: EntityTable<Sku, 'id'>;
  media: EntityTable<MediaItem, 'id'>;
  orders: EntityTable<Order, 'id'>;
  orderLines: EntityTable<OrderLine, 'id'>;
  /** Conversations with the inbox's derived, indexed fields (see rows.ts). */
  conversations: EntityTable<InboxConversation, 'id'>;
  messages: EntityTable<InboxMessage, 'id'>;
  replyTemplates: EntityTable<ReplyTemplate, 'id'>;
  competitors: EntityTable<Competitor, 'id'>;
  competitorSnapshots: EntityTable<CompetitorSnapshot, 'id'>;
  trendPoints: EntityTable<TrendPoint, 'id'>;
  influencers: EntityTable<CreatorRow, 'id'>;
  campaigns: EntityTable<CampaignRow, 'id'>;
  campaignTouches: EntityTable<TouchRow, 'id'>;
  sampleShipments: EntityTable<SampleShipmentRow, 'id'>;
  shipments: EntityTable<Shipment, 'id'>;
  carrierRates: EntityTable<CarrierRate, 'id'>;
  trafficDays: EntityTable<TrafficDay, 'id'>;
  dailyStats: EntityTable<DailyStat, 'id'>;
  /** Country and product rollups, one row per key, month and mode with its days; see shared/analytics/monthly.ts. */
  dimensionMonths: EntityTable<DimensionMonth, 'id'>;
  importBatches: EntityTable<ImportBatch, 'id'>;
  counters: EntityTable<Counter, 'id'>;
  modeChanges: EntityTable<ModeChange, 'id'>;
  drafts: EntityTable<Draft, 'conversationId'>;
  photoPresets: EntityTable<UserPresetRow, 'id'>;
  importUndo: EntityTable<ImportUndoChunk, 'id'>;
  importLayouts: EntityTable<ImportLayout, 'fingerprint'>;
  outbox: EntityTable<OutboxItem, 'id'>;
  reps: EntityTable<Rep, 'id'>;
  competitorSummaries: EntityTable<CompetitorSummary, 'competitorId'>;
  competitorLinks: EntityTable<CompetitorLink, 'id'>;
  priceEvents: EntityTable<PriceEvent, 'id'>;
  promotionEvents: EntityTable<PromotionEventRow, 'id'>;
  promotionChecklists: EntityTable<PromotionChecklist, 'id'>;
  productDrafts: EntityTable<ProductDraftRow, 'key'>;
  parcels: EntityTable<ParcelRecord, 'id'>;
  rateTables: EntityTable<RateTableRecord, 'id'>;
  shipByAlerts: EntityTable<ShipByAlertRecord, 'id'>;
  stockLevels: EntityTable<StockLevelRecord, 'id'>;
  inboundShipments: EntityTable<InboundShipmentRecord, 'id'>;
  /** One row per order awaiting shipment, kept by the data layer (see ShipQueueRow). */
  shipQueue: EntityTable<ShipQueueRow, 'id'>;
};

/**
 * `upToVersion` declares only the versions up to it: a restore writes an older backup at the version it was
 * made with, and the next normal open upgrades it through the same `.upgrade()` path a user's PC takes.
 */
export function openWorkstationDb(name = DB_NAME, upToVersion = Infinity): WorkstationDb {
  const db = declareUpTo(new Dexie(name), upToVersion) as WorkstationDb;
  db.version(1).stores(SCHEMA_V1);
  // v2 needs no data change: the inbox counts a store's conversations itself the first time it opens it
  // (features/inbox/data/ensureInboxIndex.ts), with the same keys its writes keep up to date.
  db.version(2).stores(SCHEMA_V2);
  db.version(3).stores(SCHEMA_V3);
  // v4 filled its month rows from the day rows; v5 rebuilds them with their days, so v4 needs no upgrade of its own.
  db.version(4).stores(SCHEMA_V4);
  db.version(5).stores(SCHEMA_V5).upgrade(foldDayRowsIntoMonths);
  db.version(6).stores(SCHEMA_V6);
  db.version(7).stores(SCHEMA_V7);
  db.version(8).stores(SCHEMA_V8);
  // v9 adds a table only; the old localStorage drafts move when the editor first opens (localStorage is a page
  // API, and this database is also opened in workers).
  db.version(9).stores(SCHEMA_V9);
  // v11 needs no upgrade: the market view builds a store's competitor summaries the first time it opens it.
  db.version(11).stores(SCHEMA_V11);
  db.version(12).stores(SCHEMA_V12);
  // v13: creators and campaigns written before the influencer desk get the fields it reads, and a touch each.
  db.version(13).stores(SCHEMA_V13).upgrade(upgradeCreatorsV13);
  // v14 adds the warehouse tables only.
  db.version(14).stores(SCHEMA_V14);
  // v15 needs no upgrade: the inbox's index step (INBOX_INDEX_VERSION 2) gives stored conversations their intent.
  db.version(15).stores(SCHEMA_V15);
  // v16: the ship-by board's queue, filled once from the stored awaiting orders and their lines.
  db.version(16).stores(SCHEMA_V16).upgrade(fillShipQueueV16);
  // v17: each queue row gets its ship-by deadline (and its lines' quantities), counted once from the stored rule.
  db.version(17).stores(SCHEMA_V17).upgrade(upgradeShipQueueV17);
  return db;
}

/** Makes `db.version(n)` a no-op for n above the limit, so the version lines below stay one plain list. */
function declareUpTo(db: Dexie, upToVersion: number): Dexie {
  if (upToVersion === Infinity) return db;
  const declare = db.version.bind(db);
  const ignored = { stores: () => ignored, upgrade: () => ignored } as unknown as ReturnType<
    Dexie['version']
  >;
  db.version = (n: number) => (n <= upToVersion ? declare(n) : ignored);
  return db;
}

/** Until v5 a day of a key was a row of its own: fold them into month rows with their days, once. */
async function foldDayRowsIntoMonths(tx: Transaction): Promise<void> {
  const days: DimensionDay[] = [];
  await tx.table<DimensionDay>('dimensionDays').each((row) => void days.push(row));
  await tx.table('dimensionMonths').clear();
  await tx.table<DimensionMonth>('dimensionMonths').bulkPut([...monthsOfDays(days).values()]);
  await tx.table('dimensionDays').clear();
}

/** The app's single database; tests open their own with openWorkstationDb(uniqueName). */
export const db = openWorkstationDb();
