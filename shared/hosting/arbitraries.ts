/** fast-check generators for the hosting property tests (kept out of the barrel). */
import fc from 'fast-check';
import { CATEGORIES, HOSTING_MODES } from '@shared/domain/types';
import { defaultHostingRates } from './defaults';
import type { HostingRates } from './rates';
import type { WhatIfSku } from './whatIf';

const money = (max: number) => fc.integer({ min: 0, max });

/** Valid settings: every percentage capped so their sum stays under 100 %. */
export const ratesArb: fc.Arbitrary<HostingRates> = fc
  .record({
    commission: fc.double({ min: 0, max: 0.3, noNaN: true }),
    service: fc.double({ min: 0, max: 0.3, noNaN: true }),
    affiliate: fc.double({ min: 0, max: 0.3, noNaN: true }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    first100g: money(2000),
    per100g: money(500),
    inbound: money(500),
    warehousing: money(100),
    months: fc.double({ min: 0, max: 6, noNaN: true }),
    returnRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
    hourly: money(10_000),
    minutes: fc.double({ min: 0, max: 30, noNaN: true }),
  })
  .map((r) => {
    const rates = defaultHostingRates();
    rates.commission.default.value = r.commission;
    for (const c of Object.values(rates.commission.byCategory)) c.value = r.commission;
    rates.serviceFee['semi-managed'].value = r.service;
    rates.serviceFee['fully-managed'].value = r.service;
    rates.affiliate.rate.value = r.affiliate;
    for (const mode of HOSTING_MODES) {
      rates.affiliate.shareOfOrders[mode].value = r.share;
      rates.returns.rate[mode].value = r.returnRate;
      rates.labour.minutesPerOrder[mode].service.value = r.minutes;
    }
    rates.ownLogistics.first100g.amount = r.first100g;
    rates.ownLogistics.per100g.amount = r.per100g;
    rates.platformLogistics.first100g.amount = Math.floor(r.first100g / 2);
    rates.platformLogistics.per100g.amount = Math.floor(r.per100g / 2);
    rates.fullyManaged.inboundPerUnit.amount = r.inbound;
    rates.fullyManaged.warehousingPerUnitMonth.amount = r.warehousing;
    rates.fullyManaged.averageStorageMonths.value = r.months;
    rates.labour.hourlyCost.amount = r.hourly;
    return rates;
  });

export const skuArb: fc.Arbitrary<WhatIfSku> = fc
  .record({
    skuId: fc.uuid(),
    price: money(5_000_000),
    supply: fc.option(money(5_000_000), { nil: undefined }),
    cost: money(2_000_000),
    weightGrams: fc.integer({ min: 0, max: 30_000 }),
    category: fc.constantFrom(...CATEGORIES, 'something-else'),
    monthlyUnits: fc.integer({ min: 0, max: 5_000 }),
    currentMode: fc.constantFrom(...HOSTING_MODES),
  })
  .map((s) => ({
    skuId: s.skuId,
    price: { amount: s.price, currency: 'USD' },
    ...(s.supply === undefined ? {} : { supplyPrice: { amount: s.supply, currency: 'USD' } }),
    cost: { amount: s.cost, currency: 'USD' },
    weightGrams: s.weightGrams,
    category: s.category,
    monthlyUnits: s.monthlyUnits,
    currentMode: s.currentMode,
  }));
