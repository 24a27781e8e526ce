/**
 * Which reply fits which conversation. Each built-in topic declares the order states its text is true for (the
 * "where is my order" reply says the parcel is on its way, so it is never offered for a delivered order) and the
 * buyer intents it answers; a rep's own template may declare its own states. Ranking puts the replies that answer
 * what the buyer asks, and fit the order's state, first; a dispute offers dispute replies first.
 */
import type { BuyerLanguage, OrderStatus, ReplyTemplate } from '@shared/domain/types';
import type { Intent } from './intentRules';
import { searchTemplates, type TemplateHit, type TemplateSearchOptions } from './templateSearch';
import { TEMPLATE_TOPICS, type TemplateTopic } from './starterTemplates';

export interface TopicFit {
  /** Order states the text is true for; 'any' when it states nothing about the order. */
  states: readonly OrderStatus[] | 'any';
  intents: readonly Intent[];
}

export const TOPIC_FIT: Readonly<Record<TemplateTopic, TopicFit>> = {
  // "Your order is on its way with {carrier}… estimated delivery {eta}".
  'where-is-my-order': { states: ['shipped'], intents: ['where-is-order', 'tracking-stuck', 'not-received'] },
  // "Your order has been shipped… tracking may take 2–3 days to appear".
  'shipped-notice': { states: ['shipped'], intents: ['where-is-order'] },
  // "…is taking longer than expected… new estimated delivery date".
  'delay-apology': { states: ['shipped'], intents: ['not-received', 'tracking-stuck', 'where-is-order'] },
  'size-help': { states: 'any', intents: ['wrong-size'] },
  // "…out of stock in the option you chose… cancel for a full refund": only before the order ships.
  'out-of-stock': { states: ['awaiting-payment', 'awaiting-shipment'], intents: ['cancel'] },
  // "We will reply to your dispute before {dispute_deadline}".
  'dispute-response': {
    states: ['disputed'],
    intents: ['damaged', 'not-working', 'wrong-item', 'refund', 'not-received', 'wrong-size'],
  },
  // "We hope you are enjoying your {product_title}".
  'review-request': { states: ['delivered', 'completed'], intents: ['thanks'] },
};

const isTopic = (topic: string): topic is TemplateTopic =>
  (TEMPLATE_TOPICS as readonly string[]).includes(topic);

export function templateStates(
  template: Pick<ReplyTemplate, 'topic' | 'orderStates'>,
): readonly OrderStatus[] | 'any' {
  if (template.orderStates?.length) return template.orderStates;
  return isTopic(template.topic) ? TOPIC_FIT[template.topic].states : 'any';
}

/** True when what the template says holds for an order in this state (always, when there is no order). */
export function fitsOrderState(
  template: Pick<ReplyTemplate, 'topic' | 'orderStates'>,
  status: OrderStatus | undefined,
): boolean {
  const states = templateStates(template);
  return status === undefined || states === 'any' || states.includes(status);
}

export interface RankContext extends Pick<TemplateSearchOptions, 'topicLabels'> {
  language?: BuyerLanguage;
  intent?: Intent;
  orderStatus?: OrderStatus;
  limit?: number;
}

export interface RankedTemplate extends TemplateHit {
  fits: boolean;
}

const BOOST = { dispute: 20, intent: 10, stateNamed: 2 } as const;

/**
 * The `/` search, ranked for this conversation: templates that fit the order first (by query score plus the
 * boosts), then — marked unfit, never to be inserted — those whose text would be false for this order.
 */
export function rankTemplates(
  templates: readonly ReplyTemplate[],
  query: string,
  context: RankContext = {},
): { fit: RankedTemplate[]; unfit: RankedTemplate[] } {
  const options: TemplateSearchOptions = {};
  if (context.language) options.language = context.language;
  if (context.topicLabels) options.topicLabels = context.topicLabels;
  const hits = searchTemplates(templates, query, options);
  const fit: RankedTemplate[] = [];
  const unfit: RankedTemplate[] = [];
  for (const hit of hits) {
    const { template } = hit;
    if (!fitsOrderState(template, context.orderStatus)) {
      unfit.push({ ...hit, fits: false });
      continue;
    }
    let score = hit.score;
    const states = templateStates(template);
    if (context.orderStatus === 'disputed' && states !== 'any' && states.includes('disputed'))
      score += BOOST.dispute;
    if (
      context.intent &&
      isTopic(template.topic) &&
      TOPIC_FIT[template.topic].intents.includes(context.intent)
    )
      score += BOOST.intent;
    if (context.orderStatus && states !== 'any') score += BOOST.stateNamed;
    fit.push({ template, score, fits: true });
  }
  fit.sort((a, b) => b.score - a.score || a.template.name.localeCompare(b.template.name));
  const limit = context.limit ?? Infinity;
  return { fit: fit.slice(0, limit), unfit: unfit.slice(0, 3) };
}
