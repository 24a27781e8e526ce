import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';

/** The automatic-backup settings, kept in the settings table (so a restore brings them back too). */
export interface BackupSchedule {
  autoDaily: boolean;
  keepDaily: number;
  keepWeekly: number;
}

export const DEFAULT_SCHEDULE: BackupSchedule = { autoDaily: true, keepDaily: 7, keepWeekly: 4 };
const KEY = 'backup.schedule';

export async function readSchedule(): Promise<BackupSchedule> {
  const row = await db.settings.get(KEY);
  return { ...DEFAULT_SCHEDULE, ...(row?.value as Partial<BackupSchedule> | undefined) };
}

export function useSchedule(): BackupSchedule | undefined {
  return useLiveQuery(readSchedule, []);
}

export async function saveSchedule(schedule: BackupSchedule): Promise<void> {
  await db.settings.put({ key: KEY, value: schedule });
}
