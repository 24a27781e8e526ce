import { screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderInMantine, setUpEnglishUi } from '../../../test/ui';
import { db } from '../../../db/db';
import { conversationFixture } from '../data/testing';
import { Composer } from './Composer';

beforeAll(() => {
  // Mantine's autosizing Textarea listens for web fonts; happy-dom has no FontFaceSet.
  (document as { fonts?: unknown }).fonts ??= {
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
});
setUpEnglishUi();

const OBJECT_METHODS = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];

describe('Composer', () => {
  it('opens an autosaved draft whose placeholders are named like object methods', async () => {
    const conversation = conversationFixture('c-proto', { buyerName: '{constructor}' });
    await db.drafts.put({
      conversationId: conversation.id,
      body: `Hello ${OBJECT_METHODS.map((n) => `{${n}}`).join(' ')}`,
      updatedAt: 1,
    });
    renderInMantine(<Composer conversation={conversation} facts={{}} inputRef={createRef()} />);
    await waitFor(() => expect(screen.getByTestId('missing-variables')).toBeTruthy());
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(screen.getByTestId(`fill-${name}`)).toBeTruthy();
    expect(screen.getByTestId('missing-variables').textContent).toContain('constructor');
  });
});
