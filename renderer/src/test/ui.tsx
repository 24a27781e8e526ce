import { MantineProvider } from '@mantine/core';
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll } from 'vitest';
import { setupI18n } from '../i18n';

/** For a component test file: the app's own strings set up in English, and the rendered tree removed after each test. */
export function setUpEnglishUi(): void {
  beforeAll(async () => {
    await setupI18n('en');
  });
  afterEach(cleanup);
}

/** Renders inside Mantine's provider, as the app does. */
export const renderInMantine = (node: ReactNode) => render(<MantineProvider>{node}</MantineProvider>);
