import { describe, expect, it } from 'vitest';
import { HOSTING_MODES } from '@shared/domain/types';
import {
  MODE_PROS_CONS,
  merchantAreas,
  platformAnswersBuyers,
  RESPONSIBILITY_AREAS,
  RESPONSIBILITY_MATRIX,
} from './responsibilities';
import { switchImpact } from './switch';

describe('responsibility matrix', () => {
  it('has a cell for every mode and area', () => {
    for (const mode of HOSTING_MODES) {
      for (const area of RESPONSIBILITY_AREAS)
        expect(RESPONSIBILITY_MATRIX[mode][area].who).toMatch(/merchant|platform|shared/);
    }
  });

  it('self-operated merchants carry everything, fully managed almost nothing', () => {
    expect(merchantAreas('self-operated')).toEqual([...RESPONSIBILITY_AREAS]);
    expect(merchantAreas('fully-managed')).toEqual(['photography-and-listing']);
    expect(RESPONSIBILITY_MATRIX['semi-managed'].pricing.who).toBe('merchant');
    expect(RESPONSIBILITY_MATRIX['semi-managed']['customer-service'].who).toBe('shared');
  });

  it('lists pros and cons for each mode', () => {
    for (const mode of HOSTING_MODES) {
      expect(MODE_PROS_CONS[mode].pros.length).toBeGreaterThan(0);
      expect(MODE_PROS_CONS[mode].cons.length).toBeGreaterThan(0);
    }
  });
});

describe('switchImpact', () => {
  it('self-operated → fully managed: most areas move, every screen changes', () => {
    const impact = switchImpact('self-operated', 'fully-managed');
    expect(impact.changes.find((c) => c.area === 'pricing')).toEqual({
      area: 'pricing',
      before: 'merchant',
      after: 'platform',
      direction: 'less-for-merchant',
    });
    expect(impact.kept).toEqual(['photography-and-listing']);
    expect(impact.screens.map((s) => s.changeKey)).toEqual([
      'hosting.switch.screen.catalog.toSupplyPrice',
      'hosting.switch.screen.inbox.becomesReadOnly',
      'hosting.switch.screen.fulfilment.toWarehouseInbound',
      'hosting.switch.screen.analytics.splitByMode',
    ]);
  });

  it('fully managed → self-operated reverses it', () => {
    const impact = switchImpact('fully-managed', 'self-operated');
    expect(impact.changes.every((c) => c.direction === 'more-for-merchant')).toBe(true);
    expect(impact.screens.map((s) => s.changeKey)).toEqual([
      'hosting.switch.screen.catalog.toRetailPrice',
      'hosting.switch.screen.inbox.becomesEditable',
      'hosting.switch.screen.fulfilment.toBuyerParcels',
      'hosting.switch.screen.analytics.splitByMode',
    ]);
  });

  it('fully managed → semi-managed: retail price again, and the seller answers buyers again', () => {
    const keys = switchImpact('fully-managed', 'semi-managed').screens.map((s) => s.changeKey);
    expect(keys).toContain('hosting.switch.screen.catalog.toRetailPrice');
    expect(keys).toContain('hosting.switch.screen.inbox.becomesEditable');
    expect(keys).toContain('hosting.switch.screen.fulfilment.toPlatformHandover');
  });

  it('an area that becomes shared is shared, never "moves to the platform"', () => {
    const impact = switchImpact('self-operated', 'semi-managed');
    expect(impact.changes.find((c) => c.area === 'fulfilment-and-shipping')).toMatchObject({
      after: 'shared',
      direction: 'shared-with-platform',
    });
    expect(impact.changes.find((c) => c.area === 'marketing-and-promotion')?.direction).toBe(
      'less-for-merchant',
    );
  });

  it('semi-managed buyers are answered by the seller: the inbox stays editable, as the matrix says', () => {
    expect(platformAnswersBuyers('semi-managed')).toBe(false);
    expect(platformAnswersBuyers('fully-managed')).toBe(true);
    expect(RESPONSIBILITY_MATRIX['semi-managed']['customer-service'].who).toBe('shared');
    const keys = switchImpact('self-operated', 'semi-managed').screens.map((s) => s.changeKey);
    expect(keys.some((k) => k.includes('.inbox.'))).toBe(false);
  });

  it('staying in a mode changes nothing', () => {
    for (const mode of HOSTING_MODES) {
      const impact = switchImpact(mode, mode);
      expect(impact.changes).toEqual([]);
      expect(impact.screens).toEqual([]);
    }
  });
});
