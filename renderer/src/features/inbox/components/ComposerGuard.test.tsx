import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { describe, expect, it, vi } from 'vitest';
import { renderInMantine, setUpEnglishUi } from '../../../test/ui';
import { db } from '../../../db/db';
import { ComposerGuard } from './ComposerGuard';

setUpEnglishUi();

/** Stands in for a composer that a saved draft makes crash. */
function CrashesOnDraft({ id }: { id: string }) {
  const draft = useLiveQuery(() => db.drafts.get(id), [id], null);
  if (draft === null) return null;
  if (draft) throw new Error('this draft breaks the composer');
  return <p>composer ready</p>;
}

describe('ComposerGuard', () => {
  it('offers to discard the autosaved draft that crashes the composer, and then shows it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await db.drafts.put({ conversationId: 'c-broken', body: '{constructor}', updatedAt: 1 });
    renderInMantine(
      <ComposerGuard conversationId="c-broken">
        <CrashesOnDraft id="c-broken" />
      </ComposerGuard>,
    );
    const discard = await screen.findByRole('button', {
      name: 'Discard the saved draft of this conversation',
    });
    fireEvent.click(discard);
    await screen.findByText('composer ready');
    await waitFor(async () => expect(await db.drafts.get('c-broken')).toBeUndefined());
    expect(screen.queryByTestId('error-screen')).toBeNull();
  });
});
