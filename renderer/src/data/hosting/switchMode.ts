/**
 * Switching the hosting mode of a store's default or of products, in ONE Dexie transaction: the store or
 * product rows, a history row per switch, and the platformHandled flag of every conversation about the
 * products whose effective mode changed (with the inbox's counters, through the inbox's own write helper).
 * Nothing else is touched: prices, supply prices, stock and orders stay as they are, so switching back
 * restores every figure.
 */
import type { HostingMode, Product, Store } from '@shared/domain/types';
import type { ModeChange, SwitchSource, WorkstationDb } from '../../db/db';
import { putConversationInTx } from '../conversations/writes';
import { currentRepId } from '../reps';
import { isPlatformHandled, newModeChangeId } from './modeChanges';

/** A product may also go back to following the store default. */
export type ProductModeTarget = HostingMode | 'store-default';

export interface SwitchMeta {
  at: number;
  via: SwitchSource;
}

export interface SwitchResult {
  changes: ModeChange[];
  /** Products whose effective mode changed (for a store switch: those following the default). */
  productIds: string[];
  conversationsUpdated: number;
}

const scope = (db: WorkstationDb) => [
  db.stores,
  db.products,
  db.modeChanges,
  db.orderLines,
  db.conversations,
  db.counters,
  db.settings,
  db.reps,
];

export const effectiveMode = (
  product: Pick<Product, 'hostingMode'>,
  store: Pick<Store, 'hostingMode'>,
): HostingMode => product.hostingMode ?? store.hostingMode;

/** Conversation ids about these products, through order lines ([storeId+productId] index) and conversations (orderId index). */
export async function conversationIdsForProducts(
  db: WorkstationDb,
  productIds: readonly string[],
): Promise<string[]> {
  if (productIds.length === 0) return [];
  const products = (await db.products.bulkGet([...productIds])).filter((p): p is Product => p !== undefined);
  if (products.length === 0) return [];
  const lines = await db.orderLines
    .where('[storeId+productId]')
    .anyOf(products.map((p) => [p.storeId, p.id]))
    .toArray();
  const orderIds = [...new Set(lines.map((l) => l.orderId))];
  if (orderIds.length === 0) return [];
  return (await db.conversations.where('orderId').anyOf(orderIds).primaryKeys()) as string[];
}

async function setPlatformHandled(
  db: WorkstationDb,
  productIds: readonly string[],
  mode: HostingMode,
): Promise<number> {
  const wanted = isPlatformHandled(mode);
  const ids = await conversationIdsForProducts(db, productIds);
  const rows = await db.conversations.bulkGet(ids);
  let updated = 0;
  for (const before of rows) {
    if (!before || before.platformHandled === wanted) continue;
    await putConversationInTx(db, before, { ...before, platformHandled: wanted });
    updated += 1;
  }
  return updated;
}

async function whoIsSwitching(db: WorkstationDb): Promise<string | undefined> {
  const repId = await currentRepId(db);
  if (!repId) return undefined;
  return (await db.reps.get(repId))?.name;
}

/** Changes the store's default mode; products with their own mode keep it. */
export async function switchStoreMode(
  db: WorkstationDb,
  storeId: string,
  to: HostingMode,
  meta: SwitchMeta,
): Promise<SwitchResult> {
  return db.transaction('rw', scope(db), async () => {
    const store = await db.stores.get(storeId);
    if (!store) throw new Error(`Store ${storeId} not found`);
    if (store.hostingMode === to) return { changes: [], productIds: [], conversationsUpdated: 0 };
    const followers = (await db.products
      .where('storeId')
      .equals(storeId)
      .filter((p) => p.hostingMode === undefined)
      .primaryKeys()) as string[];
    const by = await whoIsSwitching(db);
    const change: ModeChange = {
      id: newModeChangeId(),
      storeId,
      from: store.hostingMode,
      to,
      at: meta.at,
      via: meta.via,
      followers: followers.length,
      ...(by ? { by } : {}),
    };
    await db.stores.put({ ...store, hostingMode: to });
    await db.modeChanges.add(change);
    const conversationsUpdated = await setPlatformHandled(db, followers, to);
    return { changes: [change], productIds: followers, conversationsUpdated };
  });
}

/** Sets products' own mode (or back to the store default); a history row for each whose effective mode changes. */
export async function switchProductModes(
  db: WorkstationDb,
  storeId: string,
  productIds: readonly string[],
  target: ProductModeTarget,
  meta: SwitchMeta,
): Promise<SwitchResult> {
  return db.transaction('rw', scope(db), async () => {
    const store = await db.stores.get(storeId);
    if (!store) throw new Error(`Store ${storeId} not found`);
    const by = await whoIsSwitching(db);
    const products = (await db.products.bulkGet([...productIds])).filter(
      (p): p is Product => p?.storeId === storeId,
    );
    const changes: ModeChange[] = [];
    const moved = new Map<HostingMode, string[]>();
    for (const product of products) {
      const from = effectiveMode(product, store);
      const next: Product = { ...product, updatedAt: meta.at };
      if (target === 'store-default') delete next.hostingMode;
      else next.hostingMode = target;
      if (next.hostingMode === product.hostingMode) continue;
      await db.products.put(next);
      const to = effectiveMode(next, store);
      if (to === from) continue;
      const change: ModeChange = {
        id: newModeChangeId(),
        storeId,
        productId: product.id,
        from,
        to,
        at: meta.at,
        via: meta.via,
        ...(by ? { by } : {}),
      };
      changes.push(change);
      moved.set(to, [...(moved.get(to) ?? []), product.id]);
    }
    if (changes.length) await db.modeChanges.bulkAdd(changes);
    let conversationsUpdated = 0;
    for (const [mode, ids] of moved) conversationsUpdated += await setPlatformHandled(db, ids, mode);
    return { changes, productIds: changes.map((c) => c.productId!), conversationsUpdated };
  });
}
