/**
 * The demo's influencer desk: ten creators, twenty campaigns over the year (platform promotions cluster on the
 * sale events), each campaign's touches, and an upcoming LIVE session per LIVE host for the calendar.
 * The random draws are the ones the generator made before touches existed, in the same order, so every other
 * table of the demo stays byte for byte the same. Demo orders carry no promo code, so demo campaigns are
 * attributed by their touches only — and the app says so.
 */
import type { CountryCode, DayKey, EpochMs, Store } from '@shared/domain/types';
import type {
  CampaignKind,
  CampaignRow,
  CreatorPlatform,
  CreatorRow,
  TouchRow,
} from '@shared/creators/types';
import { handleKeyOf } from '@shared/creators/types';
import { DAY_MS, addDays, dayStartMs } from '@shared/util/days';
import type { IdFactory } from '@shared/util/ids';
import type { Rng } from '@shared/util/prng';
import type { DemoProduct } from './catalog';

interface InfluencerPlan {
  handle: string;
  platform: CreatorPlatform;
  country: CountryCode;
  followers: number;
  commissionRate: number;
}

const INFLUENCER_PLANS: readonly InfluencerPlan[] = [
  {
    handle: 'ali_live_katya',
    platform: 'aliexpress-live',
    country: 'RU',
    followers: 84_000,
    commissionRate: 0.12,
  },
  {
    handle: 'gadget.bro.live',
    platform: 'aliexpress-live',
    country: 'ES',
    followers: 41_000,
    commissionRate: 0.1,
  },
  {
    handle: 'fanzone_maria_finds',
    platform: 'fan-zone',
    country: 'ES',
    followers: 12_500,
    commissionRate: 0.08,
  },
  { handle: 'dom_i_uyut', platform: 'fan-zone', country: 'RU', followers: 9_800, commissionRate: 0.08 },
  { handle: 'TechUnboxRU', platform: 'youtube', country: 'RU', followers: 312_000, commissionRate: 0.15 },
  {
    handle: 'achadinhos.da.bia',
    platform: 'instagram',
    country: 'BR',
    followers: 158_000,
    commissionRate: 0.12,
  },
  { handle: 'aliexpress_nakhodki', platform: 'vk', country: 'RU', followers: 96_000, commissionRate: 0.1 },
  { handle: '@cheapfinds.us', platform: 'tiktok', country: 'US', followers: 540_000, commissionRate: 0.14 },
  { handle: 'bonsplans.alix', platform: 'instagram', country: 'FR', followers: 67_000, commissionRate: 0.1 },
  { handle: 'gadzety.z.chin', platform: 'youtube', country: 'PL', followers: 88_000, commissionRate: 0.12 },
];

const DEMO_BY = 'demo';

const LANGUAGE_OF: Record<string, string> = { RU: 'ru', ES: 'es', BR: 'pt', US: 'en', FR: 'fr', PL: 'pl' };

const PROFILE_URL: Partial<Record<CreatorPlatform, (handle: string) => string>> = {
  youtube: (h) => `https://www.youtube.com/@${h}`,
  instagram: (h) => `https://www.instagram.com/${h}/`,
  tiktok: (h) => `https://www.tiktok.com/@${h.replace(/^@/u, '')}`,
  vk: (h) => `https://vk.com/${h}`,
};

const TAGS: Record<string, string[]> = {
  tech: ['tech', 'gadgets'],
  home: ['home', 'lifestyle'],
};
const HOME_CREATORS = ['dom_i_uyut', 'achadinhos.da.bia', 'bonsplans.alix'];

export function buildInfluencers(nextId: IdFactory, stores: readonly Store[], nowMs: EpochMs): CreatorRow[] {
  return INFLUENCER_PLANS.map((plan, index) => {
    const home = HOME_CREATORS.includes(plan.handle);
    const row: CreatorRow = {
      id: nextId('inf'),
      // Home and fashion creators work with the Yiwu store; tech creators with the Shenzhen one.
      storeId: (stores[home ? 1 : 0] as Store).id,
      handle: plan.handle,
      handleKey: handleKeyOf(plan.handle),
      platform: plan.platform,
      country: plan.country,
      language: LANGUAGE_OF[plan.country] ?? 'en',
      followers: plan.followers + index,
      // Smaller accounts engage more: 2–6 %, fixed per creator so the demo is stable.
      engagementRate: Math.round((0.06 - Math.min(0.04, plan.followers / 15_000_000)) * 1000) / 1000,
      commissionRate: plan.commissionRate,
      tags: TAGS[home ? 'home' : 'tech'] ?? [],
      createdAt: nowMs - 400 * DAY_MS,
      updatedAt: nowMs - 400 * DAY_MS,
      updatedBy: DEMO_BY,
    };
    const url = PROFILE_URL[plan.platform]?.(plan.handle);
    if (url) row.profileUrl = url;
    return row;
  });
}

type LegacyKind = 'live' | 'fan-zone' | 'influencer-post' | 'platform-promotion';

function legacyKindFor(influencer: CreatorRow | undefined): LegacyKind {
  if (!influencer) return 'platform-promotion';
  if (influencer.platform === 'aliexpress-live') return 'live';
  if (influencer.platform === 'fan-zone') return 'fan-zone';
  return 'influencer-post';
}

/** The deal each old demo kind stands for today. */
function kindOf(legacy: LegacyKind, fixedFee: number): CampaignKind {
  if (legacy === 'live') return 'live';
  if (legacy === 'platform-promotion') return 'affiliate-cps';
  return fixedFee > 0 ? 'fixed-fee' : 'connect-cps';
}

export interface DemoCampaigns {
  campaigns: CampaignRow[];
  touches: TouchRow[];
}

function touchOf(
  campaign: CampaignRow,
  at: EpochMs,
  index: number,
  nextId: IdFactory,
  url?: string,
): TouchRow {
  const touch: TouchRow = {
    id: nextId('tch'),
    storeId: campaign.storeId,
    campaignId: campaign.id,
    kind: campaign.kind === 'live' ? 'live' : 'post',
    at,
    createdAt: campaign.createdAt,
    updatedAt: campaign.updatedAt,
    updatedBy: DEMO_BY,
  };
  if (url) touch.url = `${url}${url.includes('?') ? '&' : '?'}p=${index + 1}`;
  if (campaign.kind === 'live') touch.reminderMinutes = 30;
  return touch;
}

export function buildCampaigns(
  rng: Rng,
  nextId: IdFactory,
  stores: readonly Store[],
  influencers: readonly CreatorRow[],
  products: readonly DemoProduct[],
  days: readonly DayKey[],
): DemoCampaigns {
  const campaigns: CampaignRow[] = [];
  // Touch ids are drawn after every campaign id, so the campaigns keep the ids they always had.
  const pending: [CampaignRow, EpochMs, number, string | undefined][] = [];
  const firstDay = days[0] as DayKey;
  const lastDay = days[days.length - 1] as DayKey;
  const nowMs = dayStartMs(lastDay) + DAY_MS - 1;
  const promotionStarts = ['03-25', '06-16', '11-09', '11-27', '12-10'];
  for (let index = 0; index < 20; index += 1) {
    const influencer = index < 13 ? influencers[index % influencers.length] : undefined;
    const storeId = influencer?.storeId ?? (stores[index % 2] as Store).id;
    const legacy = legacyKindFor(influencer);
    let start = addDays(firstDay, rng.int(0, days.length - 8));
    if (!influencer) {
      const monthDay = promotionStarts[index % promotionStarts.length] as string;
      const inYear = days.find((day) => day.slice(5) === monthDay);
      if (inYear) start = inYear;
    }
    const lengthDays =
      legacy === 'live' ? 1 : legacy === 'platform-promotion' ? rng.int(3, 7) : rng.int(3, 14);
    const storeProducts = products.filter((product) => product.product.storeId === storeId);
    const chosen = rng.shuffle(storeProducts).slice(0, rng.int(1, 5));
    // Visitors, orders and GMV were invented here once; attribution now counts them from the orders, but the
    // draws stay so the rest of the demo does not move.
    if (influencer) rng.float(0.01, 0.05);
    else rng.int(3000, 20_000);
    rng.float(0.01, 0.035);
    rng.float(1, 1.3);
    const fixedFee =
      legacy === 'influencer-post'
        ? rng.int(50, 400) * 100
        : legacy === 'platform-promotion'
          ? 0
          : rng.int(0, 100) * 100;
    const commissionRate = influencer?.commissionRate ?? rng.float(0.03, 0.06);
    const startsAt = dayStartMs(start) + rng.int(8, 14) * 3_600_000;
    const endsAt = Math.min(nowMs, startsAt + lengthDays * DAY_MS);
    const kind = kindOf(legacy, fixedFee);
    const campaign: CampaignRow = {
      id: nextId('cmpn'),
      storeId,
      name: influencer
        ? `${legacy === 'live' ? 'LIVE' : 'Collab'} with ${influencer.handle}`
        : `Platform sale ${start.slice(5)}`,
      kind,
      status: endsAt < nowMs - 30 * DAY_MS ? 'done' : 'paid',
      startsAt,
      endsAt,
      productIds: chosen.map((product) => product.product.id),
      commissionRate: Math.round(commissionRate * 1000) / 1000,
      fixedFee: { amount: fixedFee, currency: 'USD' },
      codes:
        influencer && kind !== 'live'
          ? [
              `${handleKeyOf(influencer.handle)
                .replace(/[^a-z0-9]/gu, '')
                .slice(0, 8)
                .toUpperCase()}10`,
            ]
          : [],
      windowDays: 15,
      createdAt: startsAt - 14 * DAY_MS,
      updatedAt: endsAt,
      updatedBy: DEMO_BY,
    };
    if (influencer) campaign.influencerId = influencer.id;
    campaigns.push(campaign);
    // A post at the start; longer collaborations post again halfway through.
    pending.push([campaign, startsAt, 0, influencer?.profileUrl]);
    if (lengthDays >= 6)
      pending.push([campaign, startsAt + Math.floor(lengthDays / 2) * DAY_MS, 1, influencer?.profileUrl]);
  }
  // Each LIVE host has a session booked in the coming days, so the LIVE calendar has something ahead.
  influencers
    .filter((influencer) => influencer.platform === 'aliexpress-live')
    .forEach((influencer, index) => {
      const at = dayStartMs(addDays(lastDay, 3 + index * 4)) + 17 * 3_600_000;
      const storeProducts = products.filter((product) => product.product.storeId === influencer.storeId);
      const campaign: CampaignRow = {
        id: nextId('cmpn'),
        storeId: influencer.storeId,
        influencerId: influencer.id,
        name: `LIVE with ${influencer.handle}`,
        kind: 'live',
        status: 'agreed',
        startsAt: at,
        endsAt: at + 2 * 3_600_000,
        productIds: storeProducts.slice(0, 3).map((product) => product.product.id),
        commissionRate: influencer.commissionRate ?? 0,
        fixedFee: { amount: 0, currency: 'USD' },
        codes: [],
        windowDays: 15,
        createdAt: nowMs - 2 * DAY_MS,
        updatedAt: nowMs - 2 * DAY_MS,
        updatedBy: DEMO_BY,
      };
      campaigns.push(campaign);
      pending.push([campaign, at, 0, undefined]);
    });
  const touches = pending.map(([campaign, at, index, url]) => touchOf(campaign, at, index, nextId, url));
  return { campaigns, touches };
}
