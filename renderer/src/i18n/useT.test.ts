import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { bundles } from './bundles';
import { checked } from './useT';

describe('typed translation keys', () => {
  it('accept real keys and refuse misspelt ones at typecheck time', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'en', resources: { en: { translation: bundles.en } } });
    const t = checked(instance.t);
    expect(t('dashboard.export')).not.toBe('dashboard.export');
    // @ts-expect-error: a misspelt key must fail `npm run typecheck` (this line fails it if keys go untyped).
    expect(t('dashbord.export')).toBe('dashbord.export');
  });
});
