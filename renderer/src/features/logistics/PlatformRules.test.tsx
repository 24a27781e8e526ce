import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInMantine, setUpEnglishUi } from '../../test/ui';
import { PLATFORM_SHIPPING_RULES_KEY } from '@shared/logistics/platformRules';
import { db } from '../../db/db';
import { useRates } from './hooks/useRates';
import { PlatformRules } from './PlatformRules';

setUpEnglishUi();

function Rules() {
  return <PlatformRules rules={useRates().rules} />;
}

describe('platform rules editor', () => {
  it('saves an edited threshold dated today, and refuses a country code that does not exist', async () => {
    renderInMantine(<Rules />);
    expect((await screen.findByTestId('platform-rule')).textContent).toContain('US orders worth USD 5');
    fireEvent.click(screen.getByRole('button', { name: 'Edit rules' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Country' }), { target: { value: 'xx' } });
    expect(screen.getByText('A two-letter ISO country code, e.g. US')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save rules' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Country' }), { target: { value: 'us' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'From order value' }), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(async () =>
      expect((await db.settings.get(PLATFORM_SHIPPING_RULES_KEY))?.value).toMatchObject([
        {
          country: 'US',
          threshold: { amount: 1000, currency: 'USD' },
          checkedOn: new Date().toISOString().slice(0, 10),
        },
      ]),
    );
    expect((await screen.findByTestId('platform-rule')).textContent).toContain('US orders worth USD 10');
  });
});
