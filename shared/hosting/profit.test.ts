import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTING_MODES } from '@shared/domain/types';
import { ratesArb, skuArb } from './arbitraries';
import {
  compareModes,
  HostingInputError,
  profitForMode,
  profitInputFromSku,
  weightTariff,
  type MoneyLines,
} from './profit';
import { parseHostingRates } from './rates';
import { sampleInput, sampleRates } from './testing';

describe('profitForMode with the default settings', () => {
  const rates = sampleRates();

  it('self-operated: own carrier, commission and affiliate on the retail price', () => {
    const p = profitForMode(sampleInput(), 'self-operated', rates);
    expect(p.perUnit).toEqual<MoneyLines>({
      revenue: 1000,
      commission: 80, // 8 %
      serviceFee: 0,
      affiliate: 11, // 7 % × 15 % = 1.05 % → round(1000 × 9.05 %) − 80 = 91 − 80
      logistics: 330, // 250 first 100 g + 80 for the started second 100 g
      warehousing: 0,
      returns: 24, // 5 % × (330 + 50 % × 300)
      goodsCost: 300,
      timeCost: 92, // 11 min at 500/h = 91.67
      margin: 255,
      profit: 163,
    });
    expect(p.perMonth.profit).toBe(1630);
    expect(p.marginPct).toBe(16.3);
    expect(p.workSecondsPerMonth).toBe(6600);
    expect(p.logisticsKind).toBe('own-carrier');
  });

  it('self-operated: the parcels’ actual shipping cost replaces the own-carrier tariff, other modes keep theirs', () => {
    const tariff = profitForMode(sampleInput(), 'self-operated', rates);
    const actual = profitForMode(sampleInput({ ownShippingPerUnit: 130 }), 'self-operated', rates);
    expect(actual.perUnit.logistics).toBe(130);
    expect(actual.logisticsFromParcels).toBe(true);
    expect(tariff.logisticsFromParcels).toBe(false);
    // 200 less logistics, and the returns line (5 % of logistics + written-off goods) falls by 10.
    expect(actual.perUnit.margin - tariff.perUnit.margin).toBe(210);
    expect(actual.perMonth.profit - tariff.perMonth.profit).toBe(2100);
    for (const mode of ['semi-managed', 'fully-managed'] as const) {
      expect(profitForMode(sampleInput({ ownShippingPerUnit: 130 }), mode, rates)).toEqual(
        profitForMode(sampleInput(), mode, rates),
      );
    }
    expect(() => profitForMode(sampleInput({ ownShippingPerUnit: -1 }), 'self-operated', rates)).toThrow(
      HostingInputError,
    );
  });

  it('semi-managed: adds the service fee, uses platform logistics', () => {
    const p = profitForMode(sampleInput(), 'semi-managed', rates);
    expect(p.perUnit).toMatchObject({
      commission: 80,
      serviceFee: 30,
      affiliate: 7,
      logistics: 240,
      returns: 16, // 4 % × 390 = 15.6
      timeCost: 54, // 6.5 min
      margin: 327,
      profit: 273,
    });
  });

  it('fully managed: paid the supply price, pays inbound and storage, no commission', () => {
    const p = profitForMode(sampleInput(), 'fully-managed', rates);
    expect(p.perUnit).toMatchObject({
      revenue: 700,
      commission: 0,
      serviceFee: 0,
      affiliate: 0,
      logistics: 30,
      warehousing: 8, // 5 × 1.5 months = 7.5
      returns: 5, // 3 % × 180 = 5.4
      timeCost: 13, // 1.5 min = 12.5
      margin: 357,
      profit: 344,
    });
    expect(p.supplyPriceEstimated).toBe(false);
    expect(p.logisticsKind).toBe('warehouse-inbound');
  });

  it('estimates the supply price when the SKU has none, and says so', () => {
    const { supplyPrice: _, ...noSupply } = sampleInput();
    const p = profitForMode(noSupply, 'fully-managed', rates);
    expect(p.supplyPriceEstimated).toBe(true);
    expect(p.perUnit.revenue).toBe(600);
  });

  it('refuses mixed currencies and bad units with a specific message', () => {
    expect(() =>
      profitForMode(sampleInput({ cost: { amount: 100, currency: 'CNY' } }), 'self-operated', rates),
    ).toThrow(/sku-1: cost is in CNY but the hosting settings are in USD/);
    expect(() => profitForMode(sampleInput({ monthlyUnits: 2.5 }), 'self-operated', rates)).toThrow(
      HostingInputError,
    );
  });

  it('builds its input from stored SKU and product records', () => {
    const sku = { id: 'sku-1', price: sampleInput().price, cost: sampleInput().cost };
    const { supplyPrice: _none, ...withoutSupply } = sampleInput();
    const input = profitInputFromSku(sku, { weightGrams: 150, category: 'phone-accessories' }, 10);
    expect(input).toStrictEqual(withoutSupply);
    expect(
      profitInputFromSku({ ...sku, supplyPrice: { amount: 700, currency: 'USD' } }, input, 10),
    ).toStrictEqual(sampleInput());
  });

  it('weight tariff counts every started 100 g', () => {
    expect(weightTariff(0, 200, 50)).toBe(200);
    expect(weightTariff(100, 200, 50)).toBe(200);
    expect(weightTariff(101, 200, 50)).toBe(250);
    expect(weightTariff(1000, 200, 50)).toBe(650);
  });

  it('compareModes lists the three modes and picks the most profitable', () => {
    const c = compareModes(sampleInput(), rates);
    expect(c.ordered.map((p) => p.mode)).toEqual([...HOSTING_MODES]);
    expect(c.best).toBe('fully-managed');
    expect(c.byMode['semi-managed']).toEqual(c.ordered[1]);
  });

  it('names no best mode when every mode loses money', () => {
    const loss = sampleInput({ cost: { amount: 100_000, currency: sampleInput().cost.currency } });
    const c = compareModes(loss, rates);
    expect(c.ordered.every((p) => p.perMonth.profit < 0)).toBe(true);
    expect(c.best).toBeUndefined();
  });
});

describe('profit properties', () => {
  it('random settings from the generator are valid settings', () => {
    fc.assert(
      fc.property(ratesArb, (rates) => {
        const parsed = parseHostingRates(rates);
        expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
      }),
    );
  });

  it('profit never falls when the retail price rises (self-operated, semi-managed)', () => {
    fc.assert(
      fc.property(
        ratesArb,
        skuArb,
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom('self-operated', 'semi-managed' as const),
        (rates, sku, rise, mode) => {
          const low = profitForMode(sku, mode, rates);
          const high = profitForMode(
            { ...sku, price: { ...sku.price, amount: sku.price.amount + rise } },
            mode,
            rates,
          );
          expect(high.perUnit.profit).toBeGreaterThanOrEqual(low.perUnit.profit);
          expect(high.perMonth.profit).toBeGreaterThanOrEqual(low.perMonth.profit);
        },
      ),
    );
  });

  it('profit never falls by one minor unit of price either (rounding cannot flip it)', () => {
    fc.assert(
      fc.property(
        ratesArb,
        skuArb,
        fc.constantFrom('self-operated', 'semi-managed' as const),
        (rates, sku, mode) => {
          const low = profitForMode(sku, mode, rates);
          const high = profitForMode(
            { ...sku, price: { ...sku.price, amount: sku.price.amount + 1 } },
            mode,
            rates,
          );
          expect(high.perUnit.profit - low.perUnit.profit).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('profit never falls when the supply price rises (fully managed)', () => {
    fc.assert(
      fc.property(
        ratesArb,
        skuArb,
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (rates, sku, supply, rise) => {
          const at = (amount: number) =>
            profitForMode({ ...sku, supplyPrice: { amount, currency: 'USD' } }, 'fully-managed', rates);
          expect(at(supply + rise).perUnit.profit).toBeGreaterThanOrEqual(at(supply).perUnit.profit);
        },
      ),
    );
  });

  it('every money figure is an integer and every month is unit × units', () => {
    fc.assert(
      fc.property(ratesArb, skuArb, (rates, sku) => {
        for (const p of compareModes(sku, rates).ordered) {
          for (const key of Object.keys(p.perUnit) as (keyof MoneyLines)[]) {
            expect(Number.isSafeInteger(p.perUnit[key])).toBe(true);
            expect(Number.isSafeInteger(p.perMonth[key])).toBe(true);
            expect(p.perMonth[key]).toBe(p.perUnit[key] * sku.monthlyUnits + 0);
          }
          const u = p.perUnit;
          expect(u.profit).toBe(
            u.revenue -
              u.commission -
              u.serviceFee -
              u.affiliate -
              u.logistics -
              u.warehousing -
              u.returns -
              u.goodsCost -
              u.timeCost,
          );
        }
      }),
    );
  });
});
