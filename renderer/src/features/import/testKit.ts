/** Test helpers for the import write/undo logic: a store in a throwaway database and direct aggregations. */
import { daysOfMonths } from '@shared/analytics/monthly';
import {
  emptyRollup,
  mergeRollupsInto,
  rollupOrders,
  rollupTraffic,
  type Rollup,
} from '@shared/analytics/rollup';
import type { HostingMode } from '@shared/domain/types';
import { openWorkstationDb, type WorkstationDb } from '../../db/db';
import { ordersCsv, type CsvOrder } from './ordersCsv';
import { runImport, type RunImportOutcome } from './runImport';

export const STORE_ID = 'store_test';

let counter = 0;
export async function freshDb(mode: HostingMode = 'self-operated'): Promise<WorkstationDb> {
  counter += 1;
  const db = openWorkstationDb(`import-test-${counter}-${Math.random().toString(36).slice(2)}`);
  await db.stores.add({
    id: STORE_ID,
    name: 'Test',
    hostingMode: mode,
    currency: 'USD',
    createdAt: 0,
    isDemo: false,
  });
  return db;
}

export function csvBytes(orders: readonly CsvOrder[]): Uint8Array {
  return new TextEncoder().encode(ordersCsv(orders));
}

export function importOrders(
  db: WorkstationDb,
  orders: readonly CsvOrder[],
  options: { chunkSize?: number; cancelAfterChunks?: number } = {},
): Promise<RunImportOutcome> {
  let chunks = 0;
  return runImport(
    db,
    {
      storeId: STORE_ID,
      kind: 'orders',
      fileName: 'orders.csv',
      bytes: csvBytes(orders),
      chunkSize: options.chunkSize ?? 3,
    },
    {
      isCancelled: () => options.cancelAfterChunks !== undefined && chunks >= options.cancelAfterChunks,
      onProgress: () => (chunks += 1),
    },
  );
}

/** A rebuild from every stored order and traffic row: what the maintained rollups must always equal. */
export async function directRollup(db: WorkstationDb): Promise<Rollup> {
  const [orders, lines, traffic, store] = await Promise.all([
    db.orders.toArray(),
    db.orderLines.toArray(),
    db.trafficDays.toArray(),
    db.stores.get(STORE_ID),
  ]);
  const rollup = emptyRollup();
  mergeRollupsInto(rollup, rollupOrders(orders, lines), 1);
  const mode = store?.hostingMode ?? 'self-operated';
  mergeRollupsInto(rollup, rollupTraffic(traffic, { hostingModeOf: () => mode, currencyOf: () => 'USD' }), 1);
  return rollup;
}

export async function storedRollup(db: WorkstationDb): Promise<Rollup> {
  const [daily, months] = await Promise.all([db.dailyStats.toArray(), db.dimensionMonths.toArray()]);
  return {
    daily: new Map(daily.map((r) => [r.id, r])),
    dimensions: new Map(daysOfMonths(months).map((r) => [r.id, r])),
  };
}

/** The stored month rows' totals next to the sums of their own days: they must be equal. */
export async function monthsAgainstDays(db: WorkstationDb) {
  const months = await db.dimensionMonths.toArray();
  const totals = (rows: { id: string; orders: number; units: number; gmv: number; refunds: number }[]) =>
    rows.map(({ id, orders, units, gmv, refunds }) => ({ id, orders, units, gmv, refunds }));
  const summed = months.map((m) =>
    daysOfMonths([m]).reduce(
      (t, d) => ({
        ...t,
        orders: t.orders + d.orders,
        units: t.units + d.units,
        gmv: t.gmv + d.gmv,
        refunds: t.refunds + d.refunds,
      }),
      { id: m.id, orders: 0, units: 0, gmv: 0, refunds: 0 },
    ),
  );
  return { stored: sortedById(totals(months)), expected: sortedById(summed) };
}

const sortedById = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));

/** Every table an import writes, sorted, for exact before/after comparisons. */
export async function snapshot(db: WorkstationDb) {
  return {
    orders: sortedById(await db.orders.toArray()),
    orderLines: sortedById(await db.orderLines.toArray()),
    trafficDays: sortedById(await db.trafficDays.toArray()),
    dailyStats: sortedById(await db.dailyStats.toArray()),
    dimensionMonths: sortedById(await db.dimensionMonths.toArray()),
  };
}

export function csvOrder(n: number, overrides: Partial<CsvOrder> = {}): CsvOrder {
  return {
    orderId: `80000${String(n).padStart(5, '0')}`,
    time: `2025-0${1 + (n % 3)}-1${n % 10} 1${n % 10}:00:00`,
    country: ['US', 'RU', 'BR', 'FR'][n % 4] as string,
    product: `Product ${n % 5}`,
    productId: `10050${n % 5}`,
    quantity: 1 + (n % 3),
    amount: `${10 + n}.${String(n % 100).padStart(2, '0')}`,
    status: n % 7 === 0 ? 'cancelled' : n % 5 === 0 ? 'refunded' : 'completed',
    buyer: `Buyer ${n % 6}`,
    ...(n % 5 === 0 ? { refund: '3.00' } : {}),
    ...overrides,
  };
}
