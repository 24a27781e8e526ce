import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../../db/db';
import { bundles } from '../../../i18n/bundles';
import { ComposerGuard } from './ComposerGuard';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: bundles.en }, zh: { translation: bundles.zh } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});
afterEach(cleanup);

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
    render(
      <MantineProvider>
        <ComposerGuard conversationId="c-broken">
          <CrashesOnDraft id="c-broken" />
        </ComposerGuard>
      </MantineProvider>,
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
