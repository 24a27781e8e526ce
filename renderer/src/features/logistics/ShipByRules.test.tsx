import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { bundles } from '../../i18n/bundles';
import { useLogisticsSettings } from './hooks/useLogisticsSettings';
import { ShipByRules } from './ShipByRules';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: bundles.en }, zh: { translation: bundles.zh } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});
afterEach(cleanup);

function Rules() {
  return <ShipByRules settings={useLogisticsSettings()} />;
}

describe('deadline rules', () => {
  it('shows the chosen day-count rule at once and keeps it once stored', async () => {
    render(
      <MantineProvider>
        <Rules />
      </MantineProvider>,
    );
    const calendar = await screen.findByRole('radio', { name: /Calendar days/ });
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: /Working days/ }) as HTMLInputElement).checked).toBe(true),
    );
    fireEvent.click(calendar);
    // The controlled radio must not snap back while the setting is written and read again (the e2e's check()).
    expect((calendar as HTMLInputElement).checked).toBe(true);
    await waitFor(async () =>
      expect((await db.settings.get('logistics.shipByRule'))?.value).toMatchObject({ rule: 'calendar-days' }),
    );
    expect((screen.getByRole('radio', { name: /Calendar days/ }) as HTMLInputElement).checked).toBe(true);
  });
});
