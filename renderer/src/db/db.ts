import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type {
  Campaign,
  CarrierRate,
  Competitor,
  CompetitorSnapshot,
  Conversation,
  DailyStat,
  DimensionDay,
  DimensionMonth,
  HostingMode,
  ImportBatch,
  Influencer,
  MediaItem,
  Message,
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
import { monthsOfDays } from '@shared/analytics/monthly';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V12,
} from './schema';
import type { ParcelRecord, RateTableRecord, ShipByAlertRecord } from '@shared/logistics/records';

/** A maintained count, e.g. `${storeId}|conversations|status:open`; read instead of `count()` scans. */
export interface Counter {
  id: string;
  storeId: string;
  value: number;
}

/** A switch of hosting mode, of a store's default (productId undefined) or of one product. */
export interface ModeChange {
  id: string;
  storeId: string;
  productId?: string;
  from: HostingMode;
  to: HostingMode;
  at: number;
}

export interface Draft {
  conversationId: string;
  body: string;
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
  conversations: EntityTable<Conversation, 'id'>;
  messages: EntityTable<Message, 'id'>;
  replyTemplates: EntityTable<ReplyTemplate, 'id'>;
  competitors: EntityTable<Competitor, 'id'>;
  competitorSnapshots: EntityTable<CompetitorSnapshot, 'id'>;
  trendPoints: EntityTable<TrendPoint, 'id'>;
  influencers: EntityTable<Influencer, 'id'>;
  campaigns: EntityTable<Campaign, 'id'>;
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
  parcels: EntityTable<ParcelRecord, 'id'>;
  rateTables: EntityTable<RateTableRecord, 'id'>;
  shipByAlerts: EntityTable<ShipByAlertRecord, 'id'>;
};

export function openWorkstationDb(name = DB_NAME): WorkstationDb {
  const db = new Dexie(name) as WorkstationDb;
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
  db.version(12).stores(SCHEMA_V12);
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
