import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTING_MODES } from '@shared/domain/types';
import { ratesArb, skuArb } from './arbitraries';
import { profitForMode } from './profit';
import { sampleInput, sampleRates } from './testing';
import { whatIf, type WhatIfSku } from './whatIf';

const modeArb = fc.constantFrom(...HOSTING_MODES);

describe('whatIf', () => {
  it('moving self-operated SKUs to fully managed hands most work to the platform', () => {
    const skus: WhatIfSku[] = [
      { ...sampleInput(), skuId: 'a', currentMode: 'self-operated' },
      { ...sampleInput({ monthlyUnits: 30 }), skuId: 'b', currentMode: 'self-operated' },
    ];
    const r = whatIf(skus, 'fully-managed', sampleRates());
    expect(r.totals.profitBeforeMonth).toBe(163 * 40);
    expect(r.totals.profitAfterMonth).toBe(344 * 40);
    expect(r.totals.workSecondsDeltaMonth).toBe((90 - 660) * 40);
    expect(r.totals.workHoursBeforeMonth).toBe(7.3);
    expect(r.responsibilitiesHandedOver).toContain('customer-service');
    expect(r.responsibilitiesKept).toEqual(['photography-and-listing']);
    expect(r.screens.map((s) => s.changeKey)).toContain('hosting.switch.screen.inbox.becomesReadOnly');
  });

  it('over one SKU equals that SKU’s own row and its own profit calculation', () => {
    fc.assert(
      fc.property(ratesArb, skuArb, modeArb, (rates, sku, target) => {
        const r = whatIf([sku], target, rates);
        const row = r.rows[0]!;
        expect(r.rows).toHaveLength(1);
        expect(row.before).toEqual(profitForMode(sku, sku.currentMode, rates));
        expect(row.after).toEqual(profitForMode(sku, target, rates));
        expect(r.totals.profitDeltaMonth).toBe(row.profitDeltaMonth);
        expect(r.totals.workSecondsDeltaMonth).toBe(row.workSecondsDeltaMonth);
      }),
    );
  });

  it('totals are the sums of the rows', () => {
    fc.assert(
      fc.property(ratesArb, fc.array(skuArb, { maxLength: 12 }), modeArb, (rates, skus, target) => {
        const r = whatIf(skus, target, rates);
        const sum = (f: (row: (typeof r.rows)[number]) => number) => r.rows.reduce((a, row) => a + f(row), 0);
        expect(r.totals.profitBeforeMonth).toBe(sum((row) => row.before.perMonth.profit));
        expect(r.totals.profitAfterMonth).toBe(sum((row) => row.after.perMonth.profit));
        expect(r.totals.profitDeltaMonth).toBe(sum((row) => row.profitDeltaMonth));
        expect(r.totals.workSecondsDeltaMonth).toBe(sum((row) => row.workSecondsDeltaMonth));
        expect(Number.isSafeInteger(r.totals.profitDeltaMonth)).toBe(true);
      }),
    );
  });

  it('switching to another mode and back restores the numbers exactly', () => {
    fc.assert(
      fc.property(
        ratesArb,
        fc.array(skuArb, { minLength: 1, maxLength: 8 }),
        modeArb,
        (rates, skus, target) => {
          const there = whatIf(skus, target, rates);
          const moved = skus.map((s) => ({ ...s, currentMode: target }));
          const back = whatIf(moved, skus[0]!.currentMode, rates);
          const original = whatIf(
            skus.map((s) => ({ ...s, currentMode: skus[0]!.currentMode })),
            skus[0]!.currentMode,
            rates,
          );
          // Going there and back nets to zero, and lands on the very figures we started from.
          expect(back.totals.profitAfterMonth).toBe(original.totals.profitBeforeMonth);
          expect(there.rows.map((r) => r.after)).toEqual(back.rows.map((r) => r.before));
          skus.forEach((s, i) => {
            if (s.currentMode === skus[0]!.currentMode) {
              expect(there.rows[i]!.profitDeltaMonth + back.rows[i]!.profitDeltaMonth).toBe(0);
              expect(back.rows[i]!.after).toEqual(there.rows[i]!.before);
            }
          });
        },
      ),
    );
  });
});
