/**
 * Competitor writes and reads. Every snapshot write refreshes the competitor's summary row (latest price, sold,
 * velocity, sparkline points) from its latest snapshots by index, so the list reads one row per competitor and
 * never scans the snapshots.
 */
import type { Competitor, CompetitorSnapshot } from '@shared/domain/types';
import { latestVelocity } from '@shared/market/velocity';
import type { CompetitorLink, CompetitorSummary } from '@shared/market/types';
import type { WorkstationDb } from '../../../db/db';

/** Points in a list sparkline. */
export const SPARK_POINTS = 30;
/** Snapshots the summary reads back: enough for the sparkline and a velocity over at least a week. */
const SUMMARY_WINDOW = 60;

export const DEVICE = 'this-pc';

export async function refreshSummary(db: WorkstationDb, competitor: Competitor): Promise<CompetitorSummary> {
  const latest = await db.competitorSnapshots
    .where('[competitorId+takenAt]')
    .between([competitor.id, -Infinity], [competitor.id, Infinity])
    .reverse()
    .limit(SUMMARY_WINDOW)
    .toArray();
  const count = await db.competitorSnapshots
    .where('[competitorId+takenAt]')
    .between([competitor.id, -Infinity], [competitor.id, Infinity])
    .count();
  const chronological = latest.reverse();
  const last = chronological.at(-1);
  const velocity = latestVelocity(
    chronological.map((s) => ({
      at: s.takenAt,
      min: s.orders,
      rounded: s.soldRounded ?? false,
      reviews: s.reviews,
    })),
  );
  const summary: CompetitorSummary = {
    competitorId: competitor.id,
    storeId: competitor.storeId,
    snapshotCount: count,
    latestAt: last?.takenAt ?? null,
    latestPrice: last?.price.amount ?? null,
    latestTotal: last ? last.price.amount + (last.shipping?.amount ?? 0) : null,
    currency: last?.price.currency ?? 'USD',
    latestSold: last?.orders ?? null,
    latestSoldRounded: last?.soldRounded ?? false,
    latestRating: last?.rating ?? null,
    spark: chronological
      .slice(-SPARK_POINTS)
      .filter((s) => s.price.currency === (last?.price.currency ?? ''))
      .map((s) => s.price.amount),
    velocity: velocity ? { low: velocity.low, high: velocity.high, isRange: velocity.isRange } : null,
  };
  await db.competitorSummaries.put(summary);
  return summary;
}

/** Builds the summaries a store lacks (the demo writes snapshots without them), once per store. */
export async function ensureSummaries(db: WorkstationDb, storeId: string): Promise<void> {
  const competitors = await db.competitors.where('storeId').equals(storeId).toArray();
  const have = new Set(
    (await db.competitorSummaries.where('storeId').equals(storeId).primaryKeys()) as string[],
  );
  const missing = competitors.filter((c) => !have.has(c.id));
  if (missing.length === 0) return;
  await db.transaction('rw', db.competitorSnapshots, db.competitorSummaries, async () => {
    for (const competitor of missing) await refreshSummary(db, competitor);
  });
}

export interface CompetitorDraft {
  name: string;
  url: string;
  itemId?: string;
  listingTitle?: string;
  category: string;
  tags: string[];
  notes: string;
  productIds: string[];
}

export async function saveCompetitor(
  db: WorkstationDb,
  storeId: string,
  draft: CompetitorDraft,
  now: number,
  id: string = crypto.randomUUID(),
): Promise<Competitor> {
  return db.transaction(
    'rw',
    [db.competitors, db.competitorLinks, db.competitorSnapshots, db.competitorSummaries],
    async () => {
      const existing = await db.competitors.get(id);
      const competitor: Competitor = {
        ...existing,
        id,
        storeId,
        name: draft.name.trim(),
        url: draft.url.trim(),
        category: draft.category,
        tags: draft.tags,
        notes: draft.notes,
        updatedAt: now,
        updatedBy: DEVICE,
      };
      if (draft.itemId) competitor.itemId = draft.itemId;
      if (draft.listingTitle) competitor.listingTitle = draft.listingTitle;
      await db.competitors.put(competitor);
      await setLinks(db, competitor, draft.productIds, now);
      if (!existing) await refreshSummary(db, competitor);
      return competitor;
    },
  );
}

/** Keeps exactly `productIds` linked: new pairs get a row, dropped pairs a tombstone. */
async function setLinks(
  db: WorkstationDb,
  competitor: Competitor,
  productIds: readonly string[],
  now: number,
) {
  const current = await db.competitorLinks.where('competitorId').equals(competitor.id).toArray();
  const wanted = new Set(productIds);
  const rows: CompetitorLink[] = [];
  for (const link of current) {
    const keep = wanted.has(link.productId);
    if (keep && link.deletedAt !== undefined) {
      const { deletedAt: _dropped, ...alive } = link;
      void _dropped;
      rows.push({ ...alive, updatedAt: now, updatedBy: DEVICE });
    } else if (!keep && link.deletedAt === undefined)
      rows.push({ ...link, deletedAt: now, updatedAt: now, updatedBy: DEVICE });
    wanted.delete(link.productId);
  }
  for (const productId of wanted)
    rows.push({
      id: `${competitor.id}|${productId}`,
      storeId: competitor.storeId,
      competitorId: competitor.id,
      productId,
      updatedAt: now,
      updatedBy: DEVICE,
    });
  await db.competitorLinks.bulkPut(rows);
}

/** The competitor's picture: a local copy in the media library (or none), never a link to the live page's image. */
export async function setCompetitorImage(
  db: WorkstationDb,
  id: string,
  imageId: string | undefined,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.competitors, async () => {
    const competitor = await db.competitors.get(id);
    if (!competitor) throw new Error(`Competitor ${id} not found`);
    const { imageId: _previous, ...rest } = competitor;
    void _previous;
    await db.competitors.put({
      ...rest,
      ...(imageId ? { imageId } : {}),
      updatedAt: now,
      updatedBy: DEVICE,
    });
  });
}

export async function deleteCompetitor(db: WorkstationDb, id: string, now: number): Promise<void> {
  await db.competitors.update(id, { deletedAt: now, updatedAt: now, updatedBy: DEVICE });
}

export type SnapshotInput = Omit<CompetitorSnapshot, 'id' | 'competitorId'>;

/** Appends snapshots of one competitor and refreshes its summary, in one transaction. */
export async function addSnapshots(
  db: WorkstationDb,
  competitor: Competitor,
  inputs: readonly SnapshotInput[],
): Promise<void> {
  await db.transaction('rw', db.competitorSnapshots, db.competitorSummaries, async () => {
    await db.competitorSnapshots.bulkPut(
      inputs.map((input) => ({
        ...input,
        id: `${competitor.id}|${input.takenAt}`,
        competitorId: competitor.id,
      })),
    );
    await refreshSummary(db, competitor);
  });
}

export interface CompetitorRow {
  competitor: Competitor;
  summary: CompetitorSummary | undefined;
  productIds: string[];
}

/** The store's watch list with summaries and links: three indexed reads, one row per competitor. */
export async function loadCompetitorRows(db: WorkstationDb, storeId: string): Promise<CompetitorRow[]> {
  const [competitors, summaries, links] = await Promise.all([
    db.competitors.where('storeId').equals(storeId).toArray(),
    db.competitorSummaries.where('storeId').equals(storeId).toArray(),
    db.competitorLinks.where('storeId').equals(storeId).toArray(),
  ]);
  const byId = new Map(summaries.map((s) => [s.competitorId, s]));
  const linked = new Map<string, string[]>();
  for (const link of links)
    if (link.deletedAt === undefined)
      linked.set(link.competitorId, [...(linked.get(link.competitorId) ?? []), link.productId]);
  return competitors
    .filter((c) => c.deletedAt === undefined)
    .map((competitor) => ({
      competitor,
      summary: byId.get(competitor.id),
      productIds: linked.get(competitor.id) ?? [],
    }))
    .sort((a, b) => a.competitor.name.localeCompare(b.competitor.name));
}

/** One competitor's snapshots in time order (a daily series of two years is 730 rows). */
export async function loadSnapshots(db: WorkstationDb, competitorId: string): Promise<CompetitorSnapshot[]> {
  return db.competitorSnapshots
    .where('[competitorId+takenAt]')
    .between([competitorId, -Infinity], [competitorId, Infinity])
    .toArray();
}
