import type { ReactNode } from 'react';

import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { db } from '../../../db/db';
import { saveDraft } from '../data/drafts';
import { useT } from '../../../i18n/useT';

/**
 * The composer restores its autosaved draft on open; if that draft ever makes it crash, the error would come back
 * every time the conversation opens. The error screen lets the rep discard that draft, and keeps the rest of the
 * thread on screen.
 */
export function ComposerGuard({ conversationId, children }: { conversationId: string; children: ReactNode }) {
  const { t } = useT();
  return (
    <ErrorBoundary
      actions={[
        {
          label: t('inbox.ui.composer.discardBrokenDraft'),
          run: () => saveDraft(db, conversationId, ''),
        },
      ]}
    >
      {children}
    </ErrorBoundary>
  );
}
