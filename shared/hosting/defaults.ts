/**
 * Default hosting settings, in US cents. These are starting points, not facts: AliExpress changes fees by
 * category, country and programme. Sources are labelled honestly — 'seller-reported' means a typical figure
 * sellers report (verify in your seller centre); 'assumption' means our own guess for a small seller.
 */
import type { HostingRates, RateSource } from './rates';

const rate = (value: number, source: RateSource, noteKey?: string) => ({
  value,
  source,
  ...(noteKey ? { noteKey } : {}),
});
const money = (amount: number, source: RateSource, noteKey?: string) => ({
  amount,
  source,
  ...(noteKey ? { noteKey } : {}),
});
const minutes = (value: number) => ({ value, source: 'assumption' as const });

const COMMISSION_NOTE = 'hosting.rateNote.commission';

export const DEFAULT_HOSTING_RATES: HostingRates = {
  version: 1,
  currency: 'USD',
  commission: {
    default: rate(0.08, 'seller-reported', COMMISSION_NOTE),
    byCategory: {
      'phone-accessories': rate(0.08, 'seller-reported', COMMISSION_NOTE),
      'led-lighting': rate(0.08, 'seller-reported', COMMISSION_NOTE),
      'womens-clothing': rate(0.08, 'seller-reported', COMMISSION_NOTE),
      // Consumer electronics are reported at the lower end of the 5–8 % range.
      'kids-smart-watches': rate(0.05, 'seller-reported', COMMISSION_NOTE),
      'kitchen-tools': rate(0.08, 'seller-reported', COMMISSION_NOTE),
    },
  },
  affiliate: {
    rate: rate(0.07, 'seller-reported', 'hosting.rateNote.affiliateRate'),
    shareOfOrders: {
      'self-operated': rate(0.15, 'assumption', 'hosting.rateNote.affiliateShare'),
      'semi-managed': rate(0.1, 'assumption', 'hosting.rateNote.affiliateShare'),
      // The platform sets the retail price and pays any affiliate out of its own margin.
      'fully-managed': rate(0, 'assumption', 'hosting.rateNote.affiliateShareFully'),
    },
  },
  serviceFee: {
    'semi-managed': rate(0.03, 'assumption', 'hosting.rateNote.serviceFeeSemi'),
    'fully-managed': rate(0, 'seller-reported', 'hosting.rateNote.serviceFeeFully'),
  },
  platformLogistics: {
    first100g: money(180, 'assumption', 'hosting.rateNote.platformLogistics'),
    per100g: money(60, 'assumption', 'hosting.rateNote.platformLogistics'),
  },
  ownLogistics: {
    first100g: money(250, 'assumption', 'hosting.rateNote.ownLogistics'),
    per100g: money(80, 'assumption', 'hosting.rateNote.ownLogistics'),
  },
  fullyManaged: {
    inboundPerUnit: money(30, 'assumption', 'hosting.rateNote.inbound'),
    warehousingPerUnitMonth: money(5, 'assumption', 'hosting.rateNote.warehousing'),
    averageStorageMonths: { value: 1.5, source: 'assumption', noteKey: 'hosting.rateNote.storageMonths' },
    supplyPriceShareEstimate: rate(0.6, 'assumption', 'hosting.rateNote.supplyShare'),
  },
  returns: {
    rate: {
      'self-operated': rate(0.05, 'assumption', 'hosting.rateNote.returnRate'),
      'semi-managed': rate(0.04, 'assumption', 'hosting.rateNote.returnRate'),
      'fully-managed': rate(0.03, 'assumption', 'hosting.rateNote.returnRate'),
    },
    writeOffShare: rate(0.5, 'assumption', 'hosting.rateNote.writeOff'),
  },
  labour: {
    hourlyCost: money(500, 'assumption', 'hosting.rateNote.hourlyCost'),
    minutesPerOrder: {
      'self-operated': { listing: minutes(2), service: minutes(4), packing: minutes(4), other: minutes(1) },
      'semi-managed': { listing: minutes(2), service: minutes(0.5), packing: minutes(3), other: minutes(1) },
      'fully-managed': {
        listing: minutes(0.5),
        service: minutes(0),
        packing: minutes(0.5),
        other: minutes(0.5),
      },
    },
  },
};

/** A fresh deep copy, so a settings form can edit it without touching the shared default. */
export function defaultHostingRates(): HostingRates {
  return structuredClone(DEFAULT_HOSTING_RATES);
}
