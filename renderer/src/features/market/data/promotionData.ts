/** The promotions calendar of a store: the shipped data with the seller's edits and own events, and checklists. */
import { DEFAULT_PROMOTIONS, type PromotionEvent } from '@shared/market/promotions';
import type { ChecklistItem, PromotionChecklist } from '@shared/market/types';
import type { WorkstationDb } from '../../../db/db';
import { DEVICE } from './competitors';

export async function loadPromotionEvents(db: WorkstationDb, storeId: string): Promise<PromotionEvent[]> {
  const rows = await db.promotionEvents.where('storeId').equals(storeId).toArray();
  const edited = new Map(rows.map((row) => [row.event.id, row]));
  const merged: PromotionEvent[] = DEFAULT_PROMOTIONS.filter((event) => !edited.has(event.id));
  for (const row of rows) if (row.deletedAt === undefined) merged.push(row.event);
  return merged;
}

export async function savePromotionEvent(
  db: WorkstationDb,
  storeId: string,
  event: PromotionEvent,
  now: number,
) {
  await db.promotionEvents.put({
    id: `${storeId}|${event.id}`,
    storeId,
    event,
    updatedAt: now,
    updatedBy: DEVICE,
  });
}

export async function loadChecklists(
  db: WorkstationDb,
  storeId: string,
): Promise<Map<string, PromotionChecklist>> {
  const rows = await db.promotionChecklists.where('storeId').equals(storeId).toArray();
  return new Map(rows.map((row) => [`${row.eventId}|${row.year}`, row]));
}

export async function setChecklistItem(
  db: WorkstationDb,
  storeId: string,
  eventId: string,
  year: string,
  item: ChecklistItem,
  done: boolean,
  now: number,
) {
  const id = `${storeId}|${eventId}|${year}`;
  await db.transaction('rw', db.promotionChecklists, async () => {
    const current = await db.promotionChecklists.get(id);
    await db.promotionChecklists.put({
      id,
      storeId,
      eventId,
      year,
      done: { ...current?.done, [item]: done },
      updatedAt: now,
      updatedBy: DEVICE,
    });
  });
}
