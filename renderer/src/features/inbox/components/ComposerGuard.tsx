import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { db } from '../../../db/db';
import { saveDraft } from '../data/drafts';

/**
 * The composer restores its autosaved draft on open; if that draft ever makes it crash, the error would come back
 * every time the conversation opens. The error screen lets the rep discard that draft, and keeps the rest of the
 * thread on screen.
 */
export function ComposerGuard({ conversationId, children }: { conversationId: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary
      actions={[
        {
          label: t('inboxUi.composer.discardBrokenDraft'),
          run: () => saveDraft(db, conversationId, ''),
        },
      ]}
    >
      {children}
    </ErrorBoundary>
  );
}
