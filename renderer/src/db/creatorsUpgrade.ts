import type { Transaction } from 'dexie';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  handleKeyOf,
  type CampaignRow,
  type CreatorRow,
  type TouchRow,
} from '@shared/creators/types';

type OldCreator = Partial<CreatorRow> & { id: string; handle: string };
type OldCampaign = Partial<Omit<CampaignRow, 'kind'>> & {
  id: string;
  storeId: string;
  kind: string;
  startsAt: number;
  endsAt: number;
  cost?: { amount: number; currency: string };
};

const KIND_OF_OLD: Record<string, CampaignRow['kind']> = {
  live: 'live',
  'fan-zone': 'fixed-fee',
  'influencer-post': 'fixed-fee',
  'platform-promotion': 'affiliate-cps',
};

/**
 * Before v13 the demo stored creators and campaigns with invented results (visitors, orders, GMV) and no
 * touches. The desk counts results from the orders instead, so those figures are dropped; each campaign gets
 * the fields the desk reads and one touch at its start, where the old demo said it began.
 */
export async function upgradeCreatorsV13(tx: Transaction): Promise<void> {
  const now = Date.now();
  await tx
    .table<OldCreator>('influencers')
    .toCollection()
    .modify((row) => {
      row.handleKey ??= handleKeyOf(row.handle);
      row.tags ??= [];
      row.createdAt ??= now;
      row.updatedAt ??= now;
      row.updatedBy ??= 'upgrade';
    });
  const touches: TouchRow[] = [];
  await tx
    .table<OldCampaign>('campaigns')
    .toCollection()
    .modify((row) => {
      if ((CAMPAIGN_KINDS as readonly string[]).includes(row.kind) && row.status) return;
      const old = row as OldCampaign & Record<string, unknown>;
      const currency = row.cost?.currency ?? 'USD';
      row.kind = KIND_OF_OLD[row.kind] ?? 'fixed-fee';
      row.status = row.endsAt < now ? 'done' : CAMPAIGN_STATUSES[2];
      row.commissionRate ??= 0;
      row.fixedFee ??= { amount: 0, currency };
      row.codes ??= [];
      row.windowDays ??= 15;
      row.createdAt ??= row.startsAt;
      row.updatedAt ??= now;
      row.updatedBy ??= 'upgrade';
      for (const key of ['visitors', 'orders', 'gmv', 'cost']) delete old[key];
      touches.push({
        id: `${row.id}:t0`,
        storeId: row.storeId,
        campaignId: row.id,
        kind: row.kind === 'live' ? 'live' : 'post',
        at: row.startsAt,
        createdAt: now,
        updatedAt: now,
        updatedBy: 'upgrade',
      });
    });
  await tx.table<TouchRow>('campaignTouches').bulkPut(touches);
}
