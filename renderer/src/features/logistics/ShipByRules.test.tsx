import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInMantine, setUpEnglishUi } from '../../test/ui';
import { db } from '../../db/db';
import { useLogisticsSettings } from './hooks/useLogisticsSettings';
import { ShipByRules } from './ShipByRules';

setUpEnglishUi();

function Rules() {
  return <ShipByRules settings={useLogisticsSettings()} />;
}

describe('deadline rules', () => {
  it('shows the chosen day-count rule at once and keeps it once stored', async () => {
    renderInMantine(<Rules />);
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
