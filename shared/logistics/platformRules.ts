/**
 * Carrier restrictions AliExpress sets and can change. They are data with their source and the day they were last
 * checked, shown next to the quotes and editable in settings; the quote engine reads them, never a literal.
 */
import type { CountryCode, CurrencyCode, MinorUnits } from '@shared/domain/types';

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
