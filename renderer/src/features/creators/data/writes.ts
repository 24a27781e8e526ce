/**
 * Every write of the influencer desk, so the invariants live in one place: a creator is one row per store,
 * platform and handle (adding or importing the same creator again updates it), every change stamps
 * updatedAt/updatedBy, and deletes are tombstones.
 */
import type { WorkstationDb } from '../../../db/db';
import {
  handleKeyOf,
  type CampaignRow,
  type CampaignStatus,
  type CreatorRow,
  type SampleShipmentRow,
  type TouchRow,
} from '@shared/creators/types';

/** No user accounts yet: changes are made by "this PC". */
export const LOCAL_USER = 'local';

/** Bumped by every write here, so the page re-runs attribution by reading one row instead of every campaign. */
export const revisionKey = (storeId: string) => `creatorsRevision:${storeId}`;

async function bump(db: WorkstationDb, storeId: string | undefined, now: number): Promise<void> {
  if (storeId) await db.settings.put({ key: revisionKey(storeId), value: now + Math.random() });
}

type DeskTable = 'campaigns' | 'campaignTouches' | 'sampleShipments';

async function storeOf(db: WorkstationDb, table: DeskTable, id: string) {
  return (await db[table].get(id))?.storeId;
}

/** A delete of the desk: the row stays as a tombstone (deletedAt), stamped like every change. */
async function tombstone(db: WorkstationDb, table: DeskTable, id: string, now: number): Promise<void> {
  await db[table].update(id, { deletedAt: now, updatedAt: now, updatedBy: LOCAL_USER });
  await bump(db, await storeOf(db, table, id), now);
}

export type CreatorInput = Omit<CreatorRow, 'id' | 'handleKey' | 'createdAt' | 'updatedAt' | 'updatedBy'>;

export async function findCreator(
  db: WorkstationDb,
  storeId: string,
  platform: CreatorRow['platform'],
  handle: string,
): Promise<CreatorRow | undefined> {
  const rows = await db.influencers
    .where('[storeId+platform+handleKey]')
    .equals([storeId, platform, handleKeyOf(handle)])
    .toArray();
  return rows.find((row) => !row.deletedAt);
}

/** Adds a creator, or merges into the one with the same platform + handle. Returns the id and whether it merged. */
export async function saveCreator(
  db: WorkstationDb,
  input: CreatorInput,
  now = Date.now(),
  id?: string,
): Promise<{ id: string; merged: boolean }> {
  return db.transaction('rw', db.influencers, async () => {
    const existing = id
      ? await db.influencers.get(id)
      : await findCreator(db, input.storeId, input.platform, input.handle);
    if (existing) {
      // A duplicate fills in and updates details but keeps the handle as first written; an edit may rename.
      const handle = id ? input.handle : existing.handle;
      const merged: CreatorRow = {
        ...existing,
        ...Object.fromEntries(
          Object.entries(input).filter(([, value]) => value !== undefined && value !== ''),
        ),
        handle,
        tags: [...new Set([...(id ? [] : existing.tags), ...input.tags])],
        handleKey: handleKeyOf(handle),
        updatedAt: now,
        updatedBy: LOCAL_USER,
      };
      await db.influencers.put(merged);
      return { id: existing.id, merged: !id };
    }
    const row: CreatorRow = {
      ...input,
      id: crypto.randomUUID(),
      handleKey: handleKeyOf(input.handle),
      createdAt: now,
      updatedAt: now,
      updatedBy: LOCAL_USER,
    };
    await db.influencers.add(row);
    return { id: row.id, merged: false };
  });
}

export async function deleteCreator(db: WorkstationDb, id: string, now = Date.now()): Promise<void> {
  await db.influencers.update(id, { deletedAt: now, updatedAt: now, updatedBy: LOCAL_USER });
}

export type CampaignInput = Omit<CampaignRow, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>;

export async function saveCampaign(db: WorkstationDb, input: CampaignInput, id?: string, now = Date.now()) {
  const existing = id ? await db.campaigns.get(id) : undefined;
  const row: CampaignRow = {
    ...input,
    codes: [...new Set(input.codes.map((code) => code.trim()).filter((code) => code !== ''))],
    id: existing?.id ?? crypto.randomUUID(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    updatedBy: LOCAL_USER,
  };
  if (!row.influencerId) delete row.influencerId;
  await db.campaigns.put(row);
  await bump(db, row.storeId, now);
  return row.id;
}

export async function setCampaignStatus(
  db: WorkstationDb,
  id: string,
  status: CampaignStatus,
  now = Date.now(),
) {
  await db.campaigns.update(id, { status, updatedAt: now, updatedBy: LOCAL_USER });
}

export const deleteCampaign = (db: WorkstationDb, id: string, now = Date.now()) =>
  tombstone(db, 'campaigns', id, now);

export type TouchInput = Omit<TouchRow, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>;

export async function saveTouch(db: WorkstationDb, input: TouchInput, id?: string, now = Date.now()) {
  const existing = id ? await db.campaignTouches.get(id) : undefined;
  const row: TouchRow = {
    ...existing,
    ...input,
    id: existing?.id ?? crypto.randomUUID(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    updatedBy: LOCAL_USER,
  };
  await db.campaignTouches.put(row);
  await bump(db, row.storeId, now);
  return row.id;
}

export const deleteTouch = (db: WorkstationDb, id: string, now = Date.now()) =>
  tombstone(db, 'campaignTouches', id, now);

export type SampleInput = Omit<SampleShipmentRow, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>;

export async function saveSample(db: WorkstationDb, input: SampleInput, now = Date.now()) {
  const row: SampleShipmentRow = {
    ...input,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    updatedBy: LOCAL_USER,
  };
  await db.sampleShipments.add(row);
  await bump(db, row.storeId, now);
  return row.id;
}

export const deleteSample = (db: WorkstationDb, id: string, now = Date.now()) =>
  tombstone(db, 'sampleShipments', id, now);

/**
 * A roster file's creators, each added or merged into the one with the same platform + handle (so importing
 * the same list twice, or an updated one, never doubles anyone). One transaction: all or nothing.
 */
export async function importRoster(
  db: WorkstationDb,
  storeId: string,
  entries: readonly Omit<CreatorInput, 'storeId'>[],
  now = Date.now(),
): Promise<{ added: number; merged: number }> {
  const counts = { added: 0, merged: 0 };
  await db.transaction('rw', db.influencers, db.settings, async () => {
    for (const entry of entries) {
      const { merged } = await saveCreator(db, { ...entry, storeId }, now);
      counts[merged ? 'merged' : 'added'] += 1;
    }
    await bump(db, storeId, now);
  });
  return counts;
}
