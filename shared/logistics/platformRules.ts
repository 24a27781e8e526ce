/**
 * Carrier restrictions AliExpress sets and can change. They are data with their source and the day they were last
 * checked, shown next to the quotes and editable in settings; the quote engine reads them, never a literal.
 */
import { z } from 'zod';
import type { CountryCode, CurrencyCode, MinorUnits } from '@shared/domain/types';
import { isIsoCountryCode } from './isoCountries';

export interface UntrackedValueRule {
  id: string;
  kind: 'no-untracked-at-or-above';
  /** Destination the rule applies to. */
  country: CountryCode;
  /** Order value from which untracked services are not offered. */
  threshold: { amount: MinorUnits; currency: CurrencyCode };
  source: string;
  checkedOn: string;
}

export type PlatformShippingRule = UntrackedValueRule;

export const DEFAULT_PLATFORM_SHIPPING_RULES: readonly PlatformShippingRule[] = [
  {
    id: 'us-untracked-5-usd',
    kind: 'no-untracked-at-or-above',
    country: 'US',
    threshold: { amount: 500, currency: 'USD' },
    source: 'AliExpress seller centre, logistics rules for US orders (untracked services only below USD 5)',
    checkedOn: '2026-11-20',
  },
];

/** Where the seller's edited rules are kept in the settings table (one list for every store: the platform's rules). */
export const PLATFORM_SHIPPING_RULES_KEY = 'logistics.platformRules';

export const untrackedValueRuleSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('no-untracked-at-or-above'),
  country: z.string().refine(isIsoCountryCode, 'an ISO 3166-1 alpha-2 country code'),
  threshold: z.object({
    amount: z.number().int().nonnegative(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code'),
  }),
  source: z.string().min(1, 'where the rule comes from'),
  checkedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const platformShippingRulesSchema = z.array(untrackedValueRuleSchema).max(500);

/** The stored list when it is valid (an empty list means the seller removed every rule), else the defaults. */
export function platformShippingRulesFrom(stored: unknown): readonly PlatformShippingRule[] {
  if (stored === undefined) return DEFAULT_PLATFORM_SHIPPING_RULES;
  const parsed = platformShippingRulesSchema.safeParse(stored);
  return parsed.success ? (parsed.data as PlatformShippingRule[]) : DEFAULT_PLATFORM_SHIPPING_RULES;
}
