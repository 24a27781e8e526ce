/** Test helpers shared by this folder's tests (kept out of the barrel). */
import type { HostingRates } from './rates';
import type { ProfitInput } from './profit';
import { defaultHostingRates } from './defaults';

export function sampleInput(overrides: Partial<ProfitInput> = {}): ProfitInput {
  return {
    skuId: 'sku-1',
    price: { amount: 1000, currency: 'USD' },
    supplyPrice: { amount: 700, currency: 'USD' },
    cost: { amount: 300, currency: 'USD' },
    weightGrams: 150,
    category: 'phone-accessories',
    monthlyUnits: 10,
    ...overrides,
  };
}

export function sampleRates(): HostingRates {
  return defaultHostingRates();
}

/** Every leaf key of a nested strings object, dotted. */
export function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value as object, `${prefix}${key}.`),
  );
}
