import type { ReplyTemplate } from '@shared/domain/types';
import { STARTER_TEMPLATES } from '@shared/inbox/starterTemplates';
import type { WorkstationDb } from '../../../db/db';
import { newId } from '../../../data/ids';

const SEEDED_KEY = 'inbox.starterTemplatesSeeded';

/**
 * Seeds the built-in pack once. A rep may edit or delete built-ins afterwards; the marker keeps a deleted one
 * from coming back on the next start.
 */
export async function seedStarterTemplates(db: WorkstationDb): Promise<void> {
  // Seeded on every visit but the first: one read, no write transaction.
  if ((await db.settings.get(SEEDED_KEY))?.value) return;
  await db.transaction('rw', [db.settings, db.replyTemplates], async () => {
    if ((await db.settings.get(SEEDED_KEY))?.value) return;
    const existing = new Set(
      (await db.replyTemplates.bulkGet(STARTER_TEMPLATES.map((t) => t.id))).map((t) => t?.id),
    );
    await db.replyTemplates.bulkAdd(
      STARTER_TEMPLATES.filter((t) => !existing.has(t.id)).map((t) => ({ ...t })),
    );
    await db.settings.put({ key: SEEDED_KEY, value: true });
  });
}

export type TemplateInput = Pick<ReplyTemplate, 'name' | 'language' | 'topic' | 'body'> & {
  attachmentMediaId?: string | undefined;
  /** Order states the reply is true for; undefined keeps the topic's own (shared/inbox/templateFit.ts). */
  orderStates?: ReplyTemplate['orderStates'] | undefined;
};

export async function saveTemplate(
  db: WorkstationDb,
  input: TemplateInput,
  id?: string,
  now = Date.now(),
): Promise<string> {
  const existing = id ? await db.replyTemplates.get(id) : undefined;
  const row: ReplyTemplate = {
    id: existing?.id ?? newId('tpl'),
    name: input.name.trim(),
    language: input.language,
    topic: input.topic.trim() || 'custom',
    body: input.body,
    builtIn: existing?.builtIn ?? false,
    updatedAt: now,
  };
  if (input.attachmentMediaId) row.attachmentMediaId = input.attachmentMediaId;
  if (input.orderStates?.length) row.orderStates = [...input.orderStates];
  await db.replyTemplates.put(row);
  return row.id;
}

export const deleteTemplate = (db: WorkstationDb, id: string) => db.replyTemplates.delete(id);
