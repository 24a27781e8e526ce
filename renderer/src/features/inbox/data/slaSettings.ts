import { DEFAULT_SLA_SETTINGS, SlaSettingsSchema, type SlaSettings } from '@shared/inbox/sla';
import type { WorkstationDb } from '../../../db/db';

const KEY = 'inbox.sla';

/** Stored settings, or the defaults when none (or broken ones) are stored. */
export async function loadSlaSettings(db: WorkstationDb): Promise<SlaSettings> {
  const parsed = SlaSettingsSchema.safeParse((await db.settings.get(KEY))?.value);
  return parsed.success ? parsed.data : DEFAULT_SLA_SETTINGS;
}

export async function saveSlaSettings(db: WorkstationDb, settings: SlaSettings): Promise<void> {
  await db.settings.put({ key: KEY, value: SlaSettingsSchema.parse(settings) });
}
