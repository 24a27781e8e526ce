/**
 * campaigns.json for the `attribution` command: a list of campaigns, each checked on its own so one bad entry
 * is listed by its index and the others are still counted.
 */
import { z } from 'zod';
import type { AttributionCampaign } from './attribution';
import type { CreatorRules } from './rules';

export interface CampaignFileProblem {
  /** Zero-based position in the list; null for a problem with the whole file. */
  index: number | null;
  field: string | null;
  message: string;
}

export interface CampaignFileEntry extends AttributionCampaign {
  index: number;
  influencer?: string;
  kind?: string;
  currency?: string;
}

const moneySchema = z.object({
  amount: z.number().int('must be a whole number of minor units (cents)').min(0, 'must be ≥ 0'),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/u, 'must be an ISO 4217 code such as USD')
    .transform((code) => code.toUpperCase()),
});

const entrySchema = z.object({
  id: z
    .union([z.string().min(1), z.number()], { error: 'id is required: a text or a number' })
    .transform(String),
  influencer: z.union([z.string(), z.number()]).transform(String).nullish(),
  kind: z.string().nullish(),
  productIds: z.array(z.union([z.string(), z.number()]).transform(String)).nullish(),
  codes: z.array(z.string()).nullish(),
  touches: z.array(z.union([z.string(), z.number()])).nullish(),
  windowDays: z.number().positive('must be more than 0').max(365, 'must be at most 365').nullish(),
  commissionRate: z.number().min(0, 'must be ≥ 0').nullish(),
  fixedFee: moneySchema.nullish(),
  samplesCost: moneySchema.nullish(),
});

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/u;

/** ISO 8601 → epoch ms; a time without a zone is read at `offsetMinutes` (the store's zone). */
export function parseIsoTime(text: string, offsetMinutes: number): number | undefined {
  const match = ISO_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', zone] = match;
  const wall = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(ms.padEnd(3, '0')),
  );
  const check = new Date(wall);
  if (
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59
  )
    return undefined;
  let offset = offsetMinutes;
  if (zone === 'Z') offset = 0;
  else if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
  }
  return wall - offset * 60_000;
}

/** 0.1 or 10 both mean 10 %: the platform's range (3–50 %) leaves no doubt which was meant. */
export function commissionFraction(value: number): number {
  return value > 1 ? value / 100 : value;
}

export interface CampaignFileResult {
  campaigns: CampaignFileEntry[];
  problems: CampaignFileProblem[];
}

export function readCampaignFile(
  data: unknown,
  options: { offsetMinutes: number; rules: CreatorRules },
): CampaignFileResult {
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { campaigns?: unknown }).campaigns)
      ? (data as { campaigns: unknown[] }).campaigns
      : undefined;
  if (!list)
    return {
      campaigns: [],
      problems: [{ index: null, field: null, message: 'expected a JSON list of campaigns' }],
    };
  const campaigns: CampaignFileEntry[] = [];
  const problems: CampaignFileProblem[] = [];
  const seen = new Set<string>();
  list.forEach((raw, index) => {
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ index, field: issue.path.join('.') || null, message: issue.message });
      return;
    }
    const entry = parsed.data;
    const before = problems.length;
    const fail = (field: string, message: string) => problems.push({ index, field, message });
    if (seen.has(entry.id)) fail('id', `campaign id "${entry.id}" is listed twice`);
    const touches: number[] = [];
    (entry.touches ?? []).forEach((touch, touchIndex) => {
      const at = typeof touch === 'number' ? touch : parseIsoTime(touch, options.offsetMinutes);
      if (at === undefined || !Number.isFinite(at))
        fail(
          `touches.${touchIndex}`,
          `"${String(touch)}" is not an ISO 8601 time (e.g. 2025-03-01T20:00:00+03:00)`,
        );
      else touches.push(at);
    });
    const rate = commissionFraction(entry.commissionRate ?? 0);
    const { commissionMin, commissionMax } = options.rules;
    if (rate !== 0 && (rate < commissionMin.value - 1e-9 || rate > commissionMax.value + 1e-9))
      fail(
        'commissionRate',
        `${entry.commissionRate} is outside the platform's ${commissionMin.value * 100}–${commissionMax.value * 100} % range`,
      );
    const currencies = [entry.fixedFee?.currency, entry.samplesCost?.currency].filter((c) => c !== undefined);
    if (new Set(currencies).size > 1)
      fail('samplesCost.currency', 'fixed fee and samples are in different currencies');
    if (problems.length > before) return;
    seen.add(entry.id);
    const campaign: CampaignFileEntry = {
      index,
      id: entry.id,
      productIds: entry.productIds ?? [],
      codes: entry.codes ?? [],
      touches,
      windowDays: entry.windowDays ?? options.rules.attributionWindowDays.value,
      commissionRate: rate,
      fixedFee: entry.fixedFee?.amount ?? 0,
      samplesCost: entry.samplesCost?.amount ?? 0,
    };
    if (entry.influencer) campaign.influencer = entry.influencer;
    if (entry.kind) campaign.kind = entry.kind;
    if (currencies[0]) campaign.currency = currencies[0];
    campaigns.push(campaign);
  });
  return { campaigns, problems };
}
