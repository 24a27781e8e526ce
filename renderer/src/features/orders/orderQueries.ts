import Dexie from 'dexie';
import { orderIdOf } from '@shared/domain/ids';
import type { Order, OrderStatus } from '@shared/domain/types';
import type { WorkstationDb } from '../../db/db';

export interface OrderFilter {
  storeId: string;
  status?: OrderStatus;
  /** Order number or tracking number prefix. */
  search?: string;
  /** placedAt at or after this (epoch ms, the start of the first chosen day in the user's zone). */
  from?: number;
  /** placedAt before this (epoch ms, the start of the day after the last chosen day). */
  to?: number;
  /** ISO 3166 alpha-2. */
  country?: string;
  /** An order line's productId: orders with at least one line of this product. */
  productId?: string;
}

/** Whether an order passes the filter's criteria other than the index that found it. */
export function matchesOrderFilter(o: Order, filter: OrderFilter): boolean {
  return (
    o.storeId === filter.storeId &&
    (!filter.status || o.status === filter.status) &&
    (filter.from === undefined || o.placedAt >= filter.from) &&
    (filter.to === undefined || o.placedAt < filter.to) &&
    (!filter.country || o.country === filter.country)
  );
}

/**
 * One page of orders, newest first, read through an index: the table may hold millions of rows,
 * so nothing here loads more than `limit` of them from the order table. `before` is the placedAt of the
 * last row shown. A product narrows through its order lines ([storeId+productId]) first.
 */
export async function fetchOrdersPage(
  db: WorkstationDb,
  filter: OrderFilter,
  before: number | undefined,
  limit: number,
): Promise<Order[]> {
  const search = filter.search?.trim();
  const pass = (o: Order) => matchesOrderFilter(o, filter) && (before === undefined || o.placedAt < before);
  const newestFirst = (orders: Order[]) => orders.sort((a, b) => b.placedAt - a.placedAt);
  const ofProduct = filter.productId
    ? await orderIdsOfProduct(db, filter.storeId, filter.productId)
    : undefined;
  if (search) {
    const byId = db.orders.where(':id').startsWith(orderIdOf(filter.storeId, search));
    const byTracking = db.orders.where('trackingNumber').startsWithIgnoreCase(search);
    const matches = [...(await byId.limit(limit).toArray()), ...(await byTracking.limit(limit).toArray())];
    const unique = new Map(
      matches.filter((o) => pass(o) && (!ofProduct || ofProduct.has(o.id))).map((o) => [o.id, o]),
    );
    return newestFirst([...unique.values()]).slice(0, limit);
  }
  if (ofProduct) {
    const orders = await db.orders.bulkGet([...ofProduct]);
    return newestFirst(orders.filter((o): o is Order => o !== undefined && pass(o))).slice(0, limit);
  }
  const lower = filter.from ?? Dexie.minKey;
  const upper = Math.min(before ?? Infinity, filter.to ?? Infinity);
  const upperKey = upper === Infinity ? Dexie.maxKey : upper;
  const range = filter.status
    ? db.orders
        .where('[storeId+status+placedAt]')
        .between(
          [filter.storeId, filter.status, lower],
          [filter.storeId, filter.status, upperKey],
          true,
          false,
        )
    : db.orders
        .where('[storeId+placedAt]')
        .between([filter.storeId, lower], [filter.storeId, upperKey], true, false);
  const narrowed = filter.country ? range.filter((o) => o.country === filter.country) : range;
  return narrowed.reverse().limit(limit).toArray();
}

async function orderIdsOfProduct(
  db: WorkstationDb,
  storeId: string,
  productId: string,
): Promise<Set<string>> {
  const lines = await db.orderLines.where('[storeId+productId]').equals([storeId, productId]).toArray();
  return new Set(lines.map((l) => l.orderId));
}

/**
 * Every order the filter matches, newest first, a page at a time (for the export of the filtered list).
 * `onPage` reports the running count; the page gets a turn between pages.
 */
export async function fetchAllOrders(
  db: WorkstationDb,
  filter: OrderFilter,
  onPage?: (count: number) => void,
  page = 2_000,
): Promise<Order[]> {
  if (filter.search?.trim()) return fetchOrdersPage(db, filter, undefined, 10_000);
  const all: Order[] = [];
  let before: number | undefined;
  for (;;) {
    const rows = await fetchOrdersPage(db, filter, before, page);
    // Orders placed in the same millisecond would be skipped by a `before` cursor: take them all at once.
    const last = rows.at(-1)?.placedAt;
    all.push(...rows);
    onPage?.(all.length);
    if (rows.length < page || last === undefined) break;
    if (filter.productId) break;
    const sameMs = await fetchOrdersPage(db, { ...filter, from: last, to: last + 1 }, undefined, 100_000);
    const seen = new Set(rows.filter((o) => o.placedAt === last).map((o) => o.id));
    all.push(...sameMs.filter((o) => !seen.has(o.id)));
    before = last;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return all;
}

export interface ProductOption {
  value: string;
  label: string;
}

/**
 * The products the filter can offer: the catalog's (by title, Chinese name and code) and the products that
 * only imported order lines name (their rollup keys, labelled with a line's title), so an import without a
 * catalog can still be narrowed by product. Reads keys, not rows, for the rollups.
 */
export async function productOptions(db: WorkstationDb, storeId: string): Promise<ProductOption[]> {
  const [products, keys] = await Promise.all([
    db.products.where('storeId').equals(storeId).toArray(),
    rollupKeys(db, storeId, 'product'),
  ]);
  const options = new Map<string, string>();
  for (const p of products) {
    const name = p.title.en || Object.values(p.title).find(Boolean) || p.internalName || p.code || p.id;
    const extra = [p.internalName, p.code].filter((x) => x && x !== name);
    options.set(p.id, extra.length ? `${name} · ${extra.join(' · ')}` : name);
  }
  for (const key of keys) {
    if (options.has(key)) continue;
    const line = await db.orderLines.where('[storeId+productId]').equals([storeId, key]).first();
    options.set(key, line?.title && line.title !== key ? `${line.title} · ${key}` : key);
  }
  return [...options]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Countries the store has orders from: its country rollup keys. */
export function countryOptions(db: WorkstationDb, storeId: string): Promise<string[]> {
  return rollupKeys(db, storeId, 'country');
}

async function rollupKeys(
  db: WorkstationDb,
  storeId: string,
  dimension: 'country' | 'product',
): Promise<string[]> {
  const ids = (await db.dimensionMonths
    .where('[storeId+dimension+day]')
    .between([storeId, dimension, Dexie.minKey], [storeId, dimension, Dexie.maxKey])
    .primaryKeys()) as string[];
  // ids are store|dimension|key|month|mode; a key may itself hold '|', so cut the known parts off both ends.
  const prefix = `${storeId}|${dimension}|`;
  const keys = new Set<string>();
  for (const id of ids) {
    if (!id.startsWith(prefix)) continue;
    const rest = id.slice(prefix.length).split('|');
    keys.add(rest.slice(0, -2).join('|'));
  }
  return [...keys].filter(Boolean).sort();
}
