import type { WorkstationDb, Rep } from '../db/db';
import { newId } from './ids';

const CURRENT_REP_KEY = 'inbox.currentRepId';

export async function listReps(db: WorkstationDb): Promise<Rep[]> {
  return db.reps.orderBy('createdAt').toArray();
}

export async function createRep(db: WorkstationDb, name: string, now = Date.now()): Promise<Rep> {
  const rep: Rep = { id: newId('rep'), name: name.trim(), createdAt: now };
  if (!rep.name) throw new Error('A rep needs a name');
  await db.reps.add(rep);
  return rep;
}

export async function renameRep(db: WorkstationDb, id: string, name: string): Promise<void> {
  if (!name.trim()) throw new Error('A rep needs a name');
  await db.reps.update(id, { name: name.trim() });
}

export async function currentRepId(db: WorkstationDb): Promise<string | undefined> {
  const value = (await db.settings.get(CURRENT_REP_KEY))?.value;
  return typeof value === 'string' ? value : undefined;
}

export async function setCurrentRep(db: WorkstationDb, id: string): Promise<void> {
  await db.settings.put({ key: CURRENT_REP_KEY, value: id });
}

/** First visit: one profile so "mine" and {rep_name} work at once; the rep renames it later. */
export async function ensureCurrentRep(db: WorkstationDb, defaultName: string): Promise<string> {
  // The usual case, read only: a current rep that still exists.
  const known = await currentRepId(db);
  if (known && (await db.reps.get(known))) return known;
  return db.transaction('rw', [db.settings, db.reps], async () => {
    const id = await currentRepId(db);
    if (id && (await db.reps.get(id))) return id;
    const first = (await listReps(db))[0] ?? (await createRep(db, defaultName));
    await setCurrentRep(db, first.id);
    return first.id;
  });
}
