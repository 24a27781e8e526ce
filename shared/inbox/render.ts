/**
 * Fills `{variable}` placeholders in a reply template. Replies are plain text, so values are inserted as they
 * are (no escaping). A placeholder with no value stays visible as `{name}` and is reported in `missing`, so the
 * rep sees what still has to be filled before sending.
 */
import {
  CARRIER_NAMES,
  type BuyerLanguage,
  type CarrierId,
  type EpochMs,
  type Money,
} from '@shared/domain/types';
import { BUYER_LOCALES } from './locale';

export const TEMPLATE_VARIABLES = [
  'buyer_name',
  'order_id',
  'tracking_number',
  'carrier',
  'eta',
  'store_name',
  'product_title',
  'rep_name',
  'dispute_deadline',
  'refund_amount',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export interface TemplateContext {
  buyer_name?: string;
  order_id?: string;
  tracking_number?: string;
  /** A known carrier id is shown by its name ('china-post' → 'China Post'); any other text as is. */
  carrier?: CarrierId | string;
  /** Expected delivery day (epoch ms), or text the rep typed. */
  eta?: EpochMs | string;
  store_name?: string;
  product_title?: string;
  rep_name?: string;
  /** Shown with date, time and zone, because a deadline is a moment, not a day. */
  dispute_deadline?: EpochMs | string;
  refund_amount?: Money;
  /** Zone for dates; defaults to UTC since the buyer's zone is rarely known. */
  timeZone?: string;
  /** Shop-specific variables, e.g. { coupon_code: 'SPRING5' }. */
  extra?: Record<string, string>;
}

export interface RenderResult {
  text: string;
  /** Placeholder names with no value, in order of first appearance, without duplicates. */
  missing: string[];
  /** Placeholder names that were filled. */
  filled: string[];
}

export { CARRIER_NAMES };

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export function formatDay(at: EpochMs, language: BuyerLanguage, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat(BUYER_LOCALES[language], { dateStyle: 'long', timeZone }).format(at);
}

export function formatMoment(at: EpochMs, language: BuyerLanguage, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat(BUYER_LOCALES[language], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(at);
}

export function formatMoney(money: Money, language: BuyerLanguage): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(BUYER_LOCALES[language], {
    style: 'currency',
    currency: money.currency,
  }).format(money.amount / 10 ** digits);
}

function valueOf(name: string, ctx: TemplateContext, language: BuyerLanguage): string | undefined {
  const zone = ctx.timeZone ?? 'UTC';
  switch (name) {
    case 'carrier':
      return ctx.carrier === undefined ? undefined : (CARRIER_NAMES[ctx.carrier as CarrierId] ?? ctx.carrier);
    case 'eta':
      return typeof ctx.eta === 'number' ? formatDay(ctx.eta, language, zone) : ctx.eta;
    case 'dispute_deadline':
      return typeof ctx.dispute_deadline === 'number'
        ? formatMoment(ctx.dispute_deadline, language, zone)
        : ctx.dispute_deadline;
    case 'refund_amount':
      return ctx.refund_amount ? formatMoney(ctx.refund_amount, language) : undefined;
    case 'buyer_name':
    case 'order_id':
    case 'tracking_number':
    case 'store_name':
    case 'product_title':
    case 'rep_name':
      return ctx[name];
    default:
      return Object.hasOwn(ctx.extra ?? {}, name) ? ctx.extra?.[name] : undefined;
  }
}

/** Sentence ends: a value that already ends in one takes the place of the template's own. */
const SENTENCE_END = /[.!?。！？…]$/u;
const FOLLOWING_END = /^[.!?。！？…]/u;

export function renderTemplate(body: string, ctx: TemplateContext, language: BuyerLanguage): RenderResult {
  const missing: string[] = [];
  const filled: string[] = [];
  let text = '';
  let at = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    const [whole, name] = match as unknown as [string, string];
    text += body.slice(at, match.index);
    at = match.index + whole.length;
    const value = valueOf(name, ctx, language)?.trim();
    if (!value) {
      if (!missing.includes(name)) missing.push(name);
      text += whole;
      continue;
    }
    if (!filled.includes(name)) filled.push(name);
    text += value;
    // "…{refund_amount}." with "5 €." or "Co., Ltd." must not end in a doubled full stop.
    if (SENTENCE_END.test(value) && FOLLOWING_END.test(body.slice(at))) at += 1;
  }
  text += body.slice(at);
  return { text, missing, filled };
}

/** Placeholder names a template uses, in order, without duplicates. */
export function templateVariables(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(PLACEHOLDER), (m) => m[1]!))];
}
