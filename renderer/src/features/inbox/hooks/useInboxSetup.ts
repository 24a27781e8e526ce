import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db/db';
import { ensureInboxIndex, type IndexProgress } from '../data/ensureInboxIndex';
import { ensureCurrentRep } from '../data/reps';
import { seedStarterTemplates } from '../data/templates';
import { wakeSnoozed } from '../data/conversationActions';

export type SetupState = { status: 'working'; progress?: IndexProgress } | { status: 'ready' } | { status: 'failed'; message: string };

/** Once per store and visit: starter templates, a rep profile, the search index and counters, due snoozes. */
export function useInboxSetup(storeId: string | undefined): SetupState {
  const { t } = useTranslation();
  const [state, setState] = useState<{ storeId?: string; value: SetupState }>({ value: { status: 'working' } });
  const defaultRepName = t('inboxUi.reps.defaultName');

  useEffect(() => {
    if (!storeId) return;
    let alive = true;
    const update = (value: SetupState) => alive && setState({ storeId, value });
    (async () => {
      // Independent, and on every visit but the first they only read: together, not one after another.
      await Promise.all([
        seedStarterTemplates(db),
        ensureCurrentRep(db, defaultRepName),
        ensureInboxIndex(db, storeId, (progress) => update({ status: 'working', progress })),
      ]);
      update({ status: 'ready' });
      // Reading every snoozed conversation costs a big store a few hundred ms: the list shows first, and
      // the ones whose snooze ran out reappear in it a moment later (the list is a live query).
      await wakeSnoozed(db, storeId);
    })().catch((error: unknown) => update({ status: 'failed', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      alive = false;
    };
  }, [storeId, defaultRepName]);

  return state.storeId === storeId ? state.value : { status: 'working' };
}
