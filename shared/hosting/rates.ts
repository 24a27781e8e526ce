/**
 * Fee and effort settings for the hosting calculator. Nothing here is "the" AliExpress fee: every figure is a
 * setting the seller can change, and each carries where its default came from so the UI can say so honestly.
 * Money settings are integer minor units of `currency`; rates are fractions (0.08 = 8 %).
 */
import { z } from 'zod';
import { HOSTING_MODES, type HostingMode } from '@shared/domain/types';

export const RATE_SOURCES = ['platform-published', 'seller-reported', 'assumption', 'user'] as const;
export type RateSource = (typeof RATE_SOURCES)[number];

/** i18n key that explains a source to the user, e.g. "typical figure reported by sellers, verify…". */
export function rateSourceKey(source: RateSource): string {
  return `hosting.rateSource.${source}`;
}

const source = z.enum(RATE_SOURCES);
/** Optional i18n key with a one-line note on this particular default. */
const noteKey = z.string().min(1).optional();

const rateSetting = z.object({ value: z.number().min(0).max(1), source, noteKey });
const moneySetting = z.object({ amount: z.number().int().min(0), source, noteKey });
const minutesSetting = z.object({ value: z.number().min(0).max(600), source, noteKey });
const monthsSetting = z.object({ value: z.number().min(0).max(24), source, noteKey });

const perMode = <T extends z.ZodType>(schema: T) =>
  z.object({ 'fully-managed': schema, 'semi-managed': schema, 'self-operated': schema });

const orderMinutes = z.object({
  listing: minutesSetting,
  service: minutesSetting,
  packing: minutesSetting,
  other: minutesSetting,
});

export const HostingRatesSchema = z
  .object({
    version: z.literal(1),
    /** Currency of every money setting; SKUs in another currency are refused, never silently mixed. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD'),
    commission: z.object({ default: rateSetting, byCategory: z.record(z.string(), rateSetting) }),
    affiliate: z.object({ rate: rateSetting, shareOfOrders: perMode(rateSetting) }),
    /** Hosting / service fee on the price the merchant is paid on (retail for semi, supply for fully). */
    serviceFee: z.object({ 'semi-managed': rateSetting, 'fully-managed': rateSetting }),
    /** Platform logistics charged per parcel in semi-managed mode, by weight. */
    platformLogistics: z.object({ first100g: moneySetting, per100g: moneySetting }),
    /** The merchant's own carrier contract in self-operated mode, by weight. */
    ownLogistics: z.object({ first100g: moneySetting, per100g: moneySetting }),
    fullyManaged: z.object({
      inboundPerUnit: moneySetting,
      warehousingPerUnitMonth: moneySetting,
      averageStorageMonths: monthsSetting,
      /** Used only when a SKU has no supply price yet: supply ≈ retail × this share (flagged as estimated). */
      supplyPriceShareEstimate: rateSetting,
    }),
    returns: z.object({ rate: perMode(rateSetting), writeOffShare: rateSetting }),
    labour: z.object({ hourlyCost: moneySetting, minutesPerOrder: perMode(orderMinutes) }),
  })
  .superRefine((rates, ctx) => {
    // Percentage charges on one price must stay under 100 %, or a higher price could earn less.
    const maxCommission = Math.max(
      rates.commission.default.value,
      ...Object.values(rates.commission.byCategory).map((r) => r.value),
    );
    for (const mode of HOSTING_MODES) {
      const total = percentOfPrice(rates, mode, maxCommission);
      if (total >= 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['serviceFee'],
          message: `${mode}: commission + service fee + affiliate share add up to ${(total * 100).toFixed(1)} % of the price; they must stay under 100 %`,
        });
      }
    }
  });

export type HostingRates = z.infer<typeof HostingRatesSchema>;
export type RateSetting = z.infer<typeof rateSetting>;
export type MoneySetting = z.infer<typeof moneySetting>;
export type OrderMinutes = z.infer<typeof orderMinutes>;

function percentOfPrice(rates: HostingRates, mode: HostingMode, commission: number): number {
  const affiliate = rates.affiliate.rate.value * rates.affiliate.shareOfOrders[mode].value;
  if (mode === 'fully-managed') return rates.serviceFee['fully-managed'].value + affiliate;
  const service = mode === 'semi-managed' ? rates.serviceFee['semi-managed'].value : 0;
  return commission + service + affiliate;
}

/** Validates settings loaded from storage; the error lists every bad field with its path. */
export function parseHostingRates(
  input: unknown,
): { ok: true; value: HostingRates } | { ok: false; error: string } {
  const result = HostingRatesSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    error: result.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; '),
  };
}

/** Commission rate for a product category; unknown categories use the default. */
export function commissionFor(rates: HostingRates, category: string): RateSetting {
  return rates.commission.byCategory[category] ?? rates.commission.default;
}
