import { useEffect, useState } from 'react';

import { db, type InboxConversation } from '../../../db/db';
import { fetchConversations, FIRST_PAGE } from '../data/conversationQueries';
import {
  ensureInboxIndex,
  isInboxIndexed,
  type IndexProgress,
} from '../../../data/conversations/ensureIndex';
import { ensureCurrentRep } from '../../../data/reps';
import { seedStarterTemplates } from '../data/templates';
import { wakeSnoozed } from '../data/conversationActions';
import { useT } from '../../../i18n/useT';

/** `firstPage`: the "all" queue's first page, read alongside the setup so the list needs no second round trip. */
export type SetupState =
  | { status: 'working'; progress?: IndexProgress }
  | { status: 'ready'; firstPage?: InboxConversation[] }
  | { status: 'failed'; message: string };

/** Once per store and visit: starter templates, a rep profile, the search index and counters, due snoozes. */
export function useInboxSetup(storeId: string | undefined): SetupState {
  const { t } = useT();
  const [state, setState] = useState<{ storeId?: string; value: SetupState }>({
    value: { status: 'working' },
  });
  const defaultRepName = t('inbox.ui.reps.defaultName');

  useEffect(() => {
    if (!storeId) return;
    let alive = true;
    const update = (value: SetupState) => alive && setState({ storeId, value });
    (async () => {
      // Independent, and on every visit but the first they only read: together, not one after another. The
      // list's first page is read meanwhile when the store is already indexed (rows being indexed would
      // still lack their derived fields).
      const [, , , firstPage] = await Promise.all([
        seedStarterTemplates(db),
        ensureCurrentRep(db, defaultRepName),
        ensureInboxIndex(db, storeId, (progress) => update({ status: 'working', progress })),
        isInboxIndexed(db, storeId).then((indexed) =>
          indexed
            ? fetchConversations(db, { storeId, queue: 'all', overdueThreshold: 0 }, FIRST_PAGE)
            : undefined,
        ),
      ]);
      update({ status: 'ready', firstPage });
      // Reading every snoozed conversation costs a big store a few hundred ms: the list shows first, and
      // the ones whose snooze ran out reappear in it a moment later (the list is a live query).
      await wakeSnoozed(db, storeId);
    })().catch((error: unknown) =>
      update({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      alive = false;
    };
  }, [storeId, defaultRepName]);

  return state.storeId === storeId ? state.value : { status: 'working' };
}
