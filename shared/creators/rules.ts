/**
 * Platform rules for influencer work that AliExpress can change (ARCHITECTURE §17): commission limits, the
 * affiliate attribution window, Fan Zone post and banner limits. Code reads these values, never a literal; the
 * app shows each with its source and date, and the user can edit them (stored under CREATOR_RULES_KEY).
 */
import { z } from 'zod';

export const RULE_SOURCES = ['platform-published', 'seller-reported', 'assumption', 'user'] as const;
export type RuleSource = (typeof RULE_SOURCES)[number];

const ruleOf = <T extends z.ZodType>(value: T) =>
  z.object({ value, source: z.enum(RULE_SOURCES), checkedOn: z.string(), note: z.string().optional() });

export const creatorRulesSchema = z.object({
  version: z.literal(1),
  /** Lowest commission rate a campaign may set (0.03 = 3 %). */
  commissionMin: ruleOf(z.number().min(0).max(1)),
  commissionMax: ruleOf(z.number().min(0).max(1)),
  /** Days after a touch during which an order of a linked product counts for the campaign. */
  attributionWindowDays: ruleOf(z.number().int().min(1).max(365)),
  fanZoneTitleMax: ruleOf(z.number().int().min(1).max(500)),
  fanZoneIntroMax: ruleOf(z.number().int().min(1).max(20_000)),
  fanZoneHashtagsMax: ruleOf(z.number().int().min(0).max(50)),
  fanZoneProductsMax: ruleOf(z.number().int().min(1).max(100)),
  bannerMinWidth: ruleOf(z.number().int().min(1).max(10_000)),
  bannerMinHeight: ruleOf(z.number().int().min(1).max(10_000)),
  bannerMaxBytes: ruleOf(z.number().int().min(1)),
  bannerFormats: ruleOf(z.array(z.enum(['jpeg', 'png', 'webp'])).min(1)),
});
export type CreatorRules = z.infer<typeof creatorRulesSchema>;
export type CreatorRuleKey = Exclude<keyof CreatorRules, 'version'>;

export const CREATOR_RULES_KEY = 'creatorRules';

const CHECKED = '2026-11-20';
const AFFILIATE_PORTAL = 'AliExpress Portals affiliate programme terms (portals.aliexpress.com)';
const FAN_ZONE = 'AliExpress seller centre → Marketing → Fan Zone (粉丝专区) post editor';

export const DEFAULT_CREATOR_RULES: CreatorRules = {
  version: 1,
  commissionMin: { value: 0.03, source: 'platform-published', checkedOn: CHECKED, note: AFFILIATE_PORTAL },
  commissionMax: { value: 0.5, source: 'platform-published', checkedOn: CHECKED, note: AFFILIATE_PORTAL },
  attributionWindowDays: {
    value: 15,
    source: 'platform-published',
    checkedOn: CHECKED,
    note: `${AFFILIATE_PORTAL}: commission on products ordered within 15 days of a click`,
  },
  fanZoneTitleMax: { value: 60, source: 'seller-reported', checkedOn: CHECKED, note: FAN_ZONE },
  fanZoneIntroMax: { value: 1000, source: 'seller-reported', checkedOn: CHECKED, note: FAN_ZONE },
  fanZoneHashtagsMax: { value: 5, source: 'seller-reported', checkedOn: CHECKED, note: FAN_ZONE },
  fanZoneProductsMax: { value: 20, source: 'assumption', checkedOn: CHECKED, note: FAN_ZONE },
  bannerMinWidth: { value: 750, source: 'seller-reported', checkedOn: CHECKED, note: FAN_ZONE },
  bannerMinHeight: { value: 360, source: 'seller-reported', checkedOn: CHECKED, note: FAN_ZONE },
  bannerMaxBytes: { value: 5 * 1024 * 1024, source: 'seller-reported', checkedOn: CHECKED, note: FAN_ZONE },
  bannerFormats: { value: ['jpeg', 'png'], source: 'seller-reported', checkedOn: CHECKED, note: FAN_ZONE },
};

/** Stored rules when valid, else the defaults (a broken setting never breaks a check). */
export function creatorRulesFrom(stored: unknown): CreatorRules {
  const parsed = creatorRulesSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_CREATOR_RULES;
}
