/**
 * The generator's output: small chunks of rows for one table, each with progress, so a Web Worker can bulkPut
 * a chunk, post progress and let go of it before the next one is made.
 */
import type {
  CarrierRate,
  Competitor,
  CompetitorSnapshot,
  Conversation,
  DailyStat,
  DimensionDay,
  Message,
  Order,
  OrderLine,
  Product,
  Shipment,
  Sku,
  Store,
  TrafficDay,
  TrendPoint,
} from '@shared/domain/types';
import type { CampaignRow, CreatorRow, TouchRow } from '@shared/creators/types';

/** Row type per Dexie table name. */
export interface DemoRows {
  stores: Store;
  products: Product;
  skus: Sku;
  orders: Order;
  orderLines: OrderLine;
  shipments: Shipment;
  trafficDays: TrafficDay;
  conversations: Conversation;
  messages: Message;
  competitors: Competitor;
  competitorSnapshots: CompetitorSnapshot;
  trendPoints: TrendPoint;
  influencers: CreatorRow;
  campaigns: CampaignRow;
  campaignTouches: TouchRow;
  carrierRates: CarrierRate;
  dailyStats: DailyStat;
  dimensionDays: DimensionDay;
}

export type DemoTable = keyof DemoRows;

export const DEMO_TABLES: readonly DemoTable[] = [
  'stores',
  'products',
  'skus',
  'orders',
  'orderLines',
  'shipments',
  'trafficDays',
  'conversations',
  'messages',
  'competitors',
  'competitorSnapshots',
  'trendPoints',
  'influencers',
  'campaigns',
  'campaignTouches',
  'carrierRates',
  'dailyStats',
  'dimensionDays',
];

export interface DemoProgress {
  /** Units of work done and in total (days simulated plus fixed steps), not rows. */
  done: number;
  total: number;
  phase: string;
}

/** One chunk: `rows` all belong to `table`; narrow with `chunk.table === 'orders'`. */
export type DemoChunk = {
  [Table in DemoTable]: { table: Table; rows: DemoRows[Table][]; progress: DemoProgress };
}[DemoTable];

export const MAX_CHUNK_ROWS = 2000;

/**
 * Buffers rows per table and hands out chunks of at most MAX_CHUNK_ROWS. Buffers are flushed when full and at
 * the end of each phase, so big tables stream while small ones don't become thousands of tiny writes.
 */
export class ChunkBuffer {
  private readonly buffers = new Map<DemoTable, unknown[]>();
  private progress: DemoProgress;

  constructor(total: number) {
    this.progress = { done: 0, total, phase: 'catalog' };
  }

  setProgress(done: number, phase: string): void {
    this.progress = { done, total: this.progress.total, phase };
  }

  *add<Table extends DemoTable>(table: Table, rows: readonly DemoRows[Table][]): Generator<DemoChunk> {
    let buffer = this.buffers.get(table);
    if (!buffer) {
      buffer = [];
      this.buffers.set(table, buffer);
    }
    for (const row of rows) {
      buffer.push(row);
      if (buffer.length >= MAX_CHUNK_ROWS) {
        yield this.chunk(table, buffer);
        buffer = [];
        this.buffers.set(table, buffer);
      }
    }
  }

  *flush(): Generator<DemoChunk> {
    for (const [table, buffer] of this.buffers) {
      if (buffer.length > 0) yield this.chunk(table, buffer);
      this.buffers.set(table, []);
    }
  }

  private chunk(table: DemoTable, rows: unknown[]): DemoChunk {
    return { table, rows, progress: { ...this.progress } } as DemoChunk;
  }
}
