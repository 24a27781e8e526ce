import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { createRef } from 'react';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../../db/db';
import { bundles } from '../../../i18n/bundles';
import { conversationFixture } from '../data/testing';
import { Composer } from './Composer';

beforeAll(async () => {
  // Mantine's autosizing Textarea listens for web fonts; happy-dom has no FontFaceSet.
  (document as { fonts?: unknown }).fonts ??= {
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: bundles.en }, zh: { translation: bundles.zh } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

afterEach(cleanup);

const OBJECT_METHODS = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];

describe('Composer', () => {
  it('opens an autosaved draft whose placeholders are named like object methods', async () => {
    const conversation = conversationFixture('c-proto', { buyerName: '{constructor}' });
    await db.drafts.put({
      conversationId: conversation.id,
      body: `Hello ${OBJECT_METHODS.map((n) => `{${n}}`).join(' ')}`,
      updatedAt: 1,
    });
    render(
      <MantineProvider>
        <Composer conversation={conversation} facts={{}} inputRef={createRef()} />
      </MantineProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('missing-variables')).toBeTruthy());
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(screen.getByTestId(`fill-${name}`)).toBeTruthy();
    expect(screen.getByTestId('missing-variables').textContent).toContain('constructor');
  });
});
