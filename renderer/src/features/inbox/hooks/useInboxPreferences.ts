import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_SLA_SETTINGS, type SlaSettings } from '@shared/inbox/sla';
import { db, type Rep } from '../../../db/db';
import { currentRepId } from '../../../data/reps';
import { loadSlaSettings } from '../data/slaSettings';

export function useSlaSettings(): SlaSettings {
  return useLiveQuery(() => loadSlaSettings(db), []) ?? DEFAULT_SLA_SETTINGS;
}

export interface RepState {
  reps: Rep[];
  me: Rep | undefined;
}

export function useReps(): RepState {
  return (
    useLiveQuery(async () => {
      const reps = await db.reps.orderBy('createdAt').toArray();
      const id = await currentRepId(db);
      return { reps, me: reps.find((r) => r.id === id) };
    }, []) ?? { reps: [], me: undefined }
  );
}
