import { parseUserPreset } from '@shared/photos';
import type { UserPresetRow, WorkstationDb } from '../../db/db';

export type SavePresetResult = { ok: true; row: UserPresetRow } | { ok: false; issues: string[] };

/** Validates with the same schema the pipeline uses, so a preset that saves is a preset that runs. */
export async function saveUserPreset(
  db: WorkstationDb,
  row: Omit<UserPresetRow, 'updatedAt'>,
  now = Date.now(),
): Promise<SavePresetResult> {
  const parsed = parseUserPreset(row.preset);
  if (!parsed.ok) return parsed;
  if (parsed.preset.id !== row.id) return { ok: false, issues: ['id: the preset id must match the row id'] };
  const saved = { ...row, preset: parsed.preset, updatedAt: now };
  await db.photoPresets.put(saved);
  return { ok: true, row: saved };
}

export async function deleteUserPreset(db: WorkstationDb, id: string): Promise<void> {
  await db.photoPresets.delete(id);
}

/** Newest first; rows that no longer validate (an older app version, a hand edit) are left out, not crashed on. */
export async function listUserPresets(db: WorkstationDb): Promise<UserPresetRow[]> {
  const rows = await db.photoPresets.orderBy('updatedAt').reverse().toArray();
  return rows.filter((row) => parseUserPreset(row.preset).ok);
}

/** A preset id from a name: lower-case ASCII slug plus a short random tail, so two "我的主图" presets never collide. */
export function presetIdFor(
  name: string,
  random: () => string = () => Math.random().toString(36).slice(2, 8),
): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
  return `${slug || 'preset'}-${random()}`.replace(/^-/, '');
}
