import { useLiveQuery } from 'dexie-react-hooks';
import Dexie from 'dexie';
import { useMemo } from 'react';
import { creatorRulesFrom, CREATOR_RULES_KEY, type CreatorRules } from '@shared/creators/rules';
import type { CampaignRow, CreatorRow, TouchRow } from '@shared/creators/types';
import { db } from '../../db/db';

/** The store's creators (not deleted). A roster is thousands at most, small rows: read once, filtered in memory. */
export function useCreators(storeId: string): CreatorRow[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.influencers.where('storeId').equals(storeId).toArray()).filter((row) => !row.deletedAt),
    [storeId],
  );
}

export function useCampaigns(storeId: string): CampaignRow[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.campaigns.where('storeId').equals(storeId).toArray())
        .filter((row) => !row.deletedAt)
        .sort((a, b) => b.startsAt - a.startsAt),
    [storeId],
  );
}

export function useTouches(storeId: string): TouchRow[] | undefined {
  return useLiveQuery(
    async () =>
      (
        await db.campaignTouches
          .where('[storeId+at]')
          .between([storeId, Dexie.minKey], [storeId, Dexie.maxKey])
          .toArray()
      ).filter((row) => !row.deletedAt),
    [storeId],
  );
}

export interface ProductOption {
  value: string;
  label: string;
}

/**
 * Products for pickers: the catalog's own by title with the seller's code, then product IDs that imported
 * orders name but the catalog does not have (read from the order lines' index keys only, not the rows).
 */
export function useProductOptions(storeId: string): ProductOption[] {
  const products = useLiveQuery(() => db.products.where('storeId').equals(storeId).toArray(), [storeId]);
  const ordered = useLiveQuery(
    async () =>
      (
        (await db.orderLines
          .where('[storeId+productId]')
          .between([storeId, Dexie.minKey], [storeId, Dexie.maxKey])
          .uniqueKeys()) as unknown as [string, string][]
      ).map((key) => key[1]),
    [storeId],
  );
  return useMemo(() => {
    const catalog = (products ?? [])
      .map((p) => ({
        value: p.id,
        label: `${p.title.en ?? Object.values(p.title)[0] ?? p.code}${p.code ? ` · ${p.code}` : ''}`,
      }))
      .sort((a, b) => a.label.localeCompare(b.label));
    const known = new Set(catalog.map((p) => p.value));
    const fromOrders = (ordered ?? []).filter((id) => !known.has(id)).map((id) => ({ value: id, label: id }));
    return [...catalog, ...fromOrders];
  }, [products, ordered]);
}

export function useCreatorRules(): CreatorRules {
  const stored = useLiveQuery(() => db.settings.get(CREATOR_RULES_KEY), []);
  return useMemo(() => creatorRulesFrom(stored?.value), [stored]);
}
