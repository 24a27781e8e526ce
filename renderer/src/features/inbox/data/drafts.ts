import type { Draft, WorkstationDb } from '../../../db/db';

/** Saves what the rep typed; an empty composer removes the draft instead of storing ''. */
export async function saveDraft(
  db: WorkstationDb,
  conversationId: string,
  body: string,
  now = Date.now(),
): Promise<void> {
  if (body.trim() === '') await db.drafts.delete(conversationId);
  else await db.drafts.put({ conversationId, body, updatedAt: now });
}

export async function loadDraft(db: WorkstationDb, conversationId: string): Promise<Draft | undefined> {
  return db.drafts.get(conversationId);
}
