/**
 * What a switch would change, computed before anything is written: per-SKU money before and after (the same
 * pure profit model as everywhere), who-does-what per starting mode, and how many conversations change hands.
 */
import type { ExchangeRates } from '@shared/analytics/money';
import type { HostingMode, Store } from '@shared/domain/types';
import {
  profitForMode,
  switchImpact,
  type HostingRates,
  type ModeProfit,
  type SwitchImpact,
} from '@shared/hosting';
import type { WorkstationDb } from '../../../db/db';
import { isPlatformHandled } from '../../../data/hosting/modeChanges';
import { loadStoreSkus, type SkuContext } from '../../../data/hosting/profitInputs';
import { conversationIdsForProducts, type ProductModeTarget } from '../../../data/hosting/switchMode';

export type SwitchSubject = { kind: 'store' } | { kind: 'products'; productIds: string[] };

export interface SkuMoveRow {
  ctx: SkuContext;
  from: HostingMode;
  to: HostingMode;
  before?: ModeProfit;
  after?: ModeProfit;
}

export interface SwitchPreview {
  /** Products whose effective mode would change. */
  movingProductIds: string[];
  rows: SkuMoveRow[];
  impacts: SwitchImpact[];
  /** The mode the moving products end up in. */
  to: HostingMode;
  missingSupplyPrice: number;
  totals: { before: number; after: number };
  currency: string;
}

export async function loadSwitchPreview(
  db: WorkstationDb,
  store: Store,
  subject: SwitchSubject,
  target: HostingMode | ProductModeTarget,
  rates: HostingRates,
  fx: ExchangeRates,
  now: number,
): Promise<SwitchPreview> {
  const { rows: all } = await loadStoreSkus(db, store, rates.currency, fx, now);
  const wanted = subject.kind === 'products' ? new Set(subject.productIds) : undefined;
  const storeTo: HostingMode = target === 'store-default' ? store.hostingMode : target;
  const affected = all.filter((r) =>
    wanted ? wanted.has(r.product.id) : r.product.hostingMode === undefined,
  );
  const rows: SkuMoveRow[] = [];
  for (const ctx of affected) {
    const to = subject.kind === 'store' ? storeTo : target === 'store-default' ? store.hostingMode : target;
    if (to === ctx.mode) continue;
    let before: ModeProfit | undefined;
    let after: ModeProfit | undefined;
    try {
      if (ctx.input) {
        before = profitForMode(ctx.input, ctx.mode, rates);
        after = profitForMode(ctx.input, to, rates);
      }
    } catch {
      before = after = undefined;
    }
    rows.push({ ctx, from: ctx.mode, to, ...(before && after ? { before, after } : {}) });
  }
  const movingProductIds = [...new Set(rows.map((r) => r.ctx.product.id))];
  // Products without SKUs still move (and still have conversations): take their ids from the subject.
  if (subject.kind === 'products') {
    for (const id of subject.productIds) {
      const product = await db.products.get(id);
      if (product && !movingProductIds.includes(id) && (product.hostingMode ?? store.hostingMode) !== storeTo)
        movingProductIds.push(id);
    }
  }
  const fromModes = new Set(rows.map((r) => r.from));
  if (subject.kind === 'store' && store.hostingMode !== storeTo) fromModes.add(store.hostingMode);
  const impacts = [...fromModes].map((from) => switchImpact(from, storeTo));
  const totals = { before: 0, after: 0 };
  for (const r of rows) {
    totals.before += r.before?.perMonth.profit ?? 0;
    totals.after += r.after?.perMonth.profit ?? 0;
  }
  return {
    movingProductIds,
    rows,
    impacts,
    to: storeTo,
    missingSupplyPrice: rows.filter((r) => r.after?.supplyPriceEstimated).length,
    totals,
    currency: rates.currency,
  };
}

/**
 * Conversations whose platformHandled flag the switch would flip. Separate from the preview because a store
 * switch can reach tens of thousands of order lines: the money and work show first, this count follows.
 */
export async function countConversationsToFlip(
  db: WorkstationDb,
  productIds: readonly string[],
  to: HostingMode,
): Promise<number> {
  const ids = await conversationIdsForProducts(db, productIds);
  return (await db.conversations.bulkGet(ids)).filter((c) => c && c.platformHandled !== isPlatformHandled(to))
    .length;
}
