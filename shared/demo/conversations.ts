/**
 * Buyer conversations about orders, in the buyer's language. About one order in ten gets one; disputes and
 * refunds nearly always do. Recent conversations are sometimes still waiting for the seller (some past the
 * 24-hour mark), older ones are resolved. Fully managed products are answered by the platform.
 */
import type {
  Buyer,
  BuyerLanguage,
  Conversation,
  ConversationStatus,
  Message,
  Order,
} from '@shared/domain/types';
import { platformAnswersBuyers } from '@shared/hosting/responsibilities';
import { DAY_MS } from '@shared/util/days';
import type { IdFactory } from '@shared/util/ids';
import { weightedPicker, type Rng } from '@shared/util/prng';
import type { GeneratedOrder } from './orders';
import { CUSTOMS_SENSITIVE } from './countries';
import { CARRIER_NAMES } from './logistics';
import {
  LANGUAGE_GENERICS,
  MESSAGE_TEMPLATES,
  fillTemplate,
  type ConversationTopic,
} from './messageTemplates';

const HOUR_MS = 3_600_000;
const BASE_CONVERSATION_CHANCE = 0.068;
/** Conversations that started this recently may still be waiting for the seller's answer. */
const RECENT_MS = 12 * DAY_MS;
const pickLength = weightedPicker([2, 3, 4, 5, 6, 7, 8], [26, 20, 19, 13, 10, 7, 5]);

export interface ConversationWorld {
  rng: Rng;
  nextId: IdFactory;
  nowMs: number;
}

export interface GeneratedConversation {
  conversation: Conversation;
  messages: Message[];
}

function isSized(category: string): boolean {
  return category === 'womens-clothing' || category === 'kids-smart-watches';
}

function chooseTopic(rng: Rng, generated: GeneratedOrder): ConversationTopic | undefined {
  const { order, product } = generated;
  if (order.status === 'disputed' || order.disputeDeadline !== undefined)
    return rng.chance(0.92) ? 'dispute' : undefined;
  if (order.refundAmount > 0) {
    if (!rng.chance(0.7)) return undefined;
    return rng.chance(0.5) ? 'refund-request' : 'item-damaged';
  }
  if (!rng.chance(BASE_CONVERSATION_CHANCE)) return undefined;
  const customs = CUSTOMS_SENSITIVE.has(order.country);
  const sized = isSized(product.product.category);
  switch (order.status) {
    case 'awaiting-payment':
    case 'cancelled':
      return undefined;
    case 'awaiting-shipment':
      return sized && rng.chance(0.5) ? 'size-question' : 'where-is-my-order';
    case 'shipped':
      return customs && rng.chance(0.35) ? 'customs' : 'where-is-my-order';
    default: {
      const roll = rng.next();
      if (roll < 0.42) return 'thank-you';
      if (roll < 0.7) return 'where-is-my-order';
      if (roll < 0.85 && sized) return 'size-question';
      return customs ? 'customs' : 'where-is-my-order';
    }
  }
}

/** When the buyer writes first, given what has happened to the order. */
function firstMessageAt(rng: Rng, topic: ConversationTopic, order: Order): number | undefined {
  const shipped = order.shippedAt;
  const settled = order.deliveredAt ?? (shipped !== undefined ? shipped + 25 * DAY_MS : undefined);
  switch (topic) {
    case 'size-question':
      return order.placedAt + rng.float(0.2, 20) * HOUR_MS;
    case 'where-is-my-order':
      if (shipped === undefined) return order.placedAt + rng.float(2, 6) * DAY_MS;
      return shipped + rng.float(8, 26) * DAY_MS;
    case 'customs':
      return shipped === undefined ? undefined : shipped + rng.float(6, 18) * DAY_MS;
    case 'thank-you':
      return order.deliveredAt === undefined ? undefined : order.deliveredAt + rng.float(0.3, 4) * DAY_MS;
    case 'item-damaged':
    case 'refund-request':
      return settled === undefined ? undefined : settled + rng.float(0.1, 3) * DAY_MS;
    case 'dispute':
      return order.disputeDeadline === undefined
        ? settled
        : order.disputeDeadline - rng.float(7.5, 10) * DAY_MS;
  }
}

function sellerDelayMs(rng: Rng): number {
  // Log-normal around six hours with a long tail: weekends, holidays, a busy 11.11.
  return Math.min(80, Math.exp(rng.normal(Math.log(6), 0.9))) * HOUR_MS;
}

function buyerDelayMs(rng: Rng): number {
  return rng.float(1, 60) * HOUR_MS;
}

/** How a seller greets the buyer: the given name (Korean addresses put the family name first). */
function firstName(buyer: Buyer): string {
  const parts = buyer.name.split(' ');
  return (buyer.country === 'KR' ? parts[parts.length - 1] : parts[0]) ?? buyer.name;
}

interface MessagePlanStep {
  author: 'buyer' | 'seller';
  kind: 'open' | 'follow' | 'reply' | 'closing';
}

/** Buyer opens; seller and buyer alternate; an odd-length thread ends with the buyer's "thanks". */
function planMessages(length: number): MessagePlanStep[] {
  const steps: MessagePlanStep[] = [{ author: 'buyer', kind: 'open' }];
  for (let index = 1; index < length; index += 1) {
    if (index % 2 === 1) steps.push({ author: 'seller', kind: 'reply' });
    else steps.push({ author: 'buyer', kind: index === length - 1 ? 'closing' : 'follow' });
  }
  return steps;
}

function bodyFor(
  rng: Rng,
  step: MessagePlanStep,
  topic: ConversationTopic,
  language: BuyerLanguage,
  values: Record<string, string>,
  replyIndex: number,
): string {
  const templates = MESSAGE_TEMPLATES[topic][language];
  if (step.kind === 'open') return fillTemplate(rng.pick(templates.open), values);
  if (step.kind === 'follow') return fillTemplate(rng.pick(templates.follow), values);
  if (step.kind === 'closing') return rng.pick(LANGUAGE_GENERICS[language].closing);
  // Replies walk through the list so a thread reads as progress rather than repetition.
  return fillTemplate(templates.reply[replyIndex % templates.reply.length] as string, values);
}

function conversationStatus(
  rng: Rng,
  lastAuthor: Message['author'],
  lastKind: MessagePlanStep['kind'],
  lastAt: number,
  nowMs: number,
): { status: ConversationStatus; snoozedUntil?: number } {
  if (lastAuthor === 'buyer' && lastKind !== 'closing') return { status: 'open' };
  if (lastKind === 'closing' || nowMs - lastAt > 3 * DAY_MS) return { status: 'resolved' };
  if (rng.chance(0.12)) return { status: 'snoozed', snoozedUntil: nowMs + rng.float(0.5, 3) * DAY_MS };
  return { status: 'pending' };
}

/**
 * A buyer who got no answer writes again ("any news?"). Placed between the first message and "now", so a
 * question asked an hour ago still gets its nudge in the past.
 */
function buyerNudge(
  world: ConversationWorld,
  first: Message,
  topic: ConversationTopic,
  language: BuyerLanguage,
  values: Record<string, string>,
): Message {
  const latest = Math.min(first.sentAt + buyerDelayMs(world.rng), world.nowMs);
  const sentAt = Math.round(first.sentAt + (latest - first.sentAt) * world.rng.float(0.3, 1));
  const body = fillTemplate(world.rng.pick(MESSAGE_TEMPLATES[topic][language].follow), values);
  return { ...first, id: world.nextId('m'), body, sentAt };
}

/** The SLA clock starts at the first of the buyer's unanswered messages, not the latest nudge. */
function waitingSince(messages: readonly Message[]): number {
  let since = (messages[messages.length - 1] as Message).sentAt;
  for (let index = messages.length - 1; index >= 0 && messages[index]!.author === 'buyer'; index -= 1) {
    since = messages[index]!.sentAt;
  }
  return since;
}

/** Maybe a conversation about this order; undefined when the buyer never wrote (or would write after "now"). */
export function generateConversation(
  world: ConversationWorld,
  generated: GeneratedOrder,
  buyer: Buyer,
): GeneratedConversation | undefined {
  const { rng, nowMs } = world;
  const topic = chooseTopic(rng, generated);
  if (!topic) return undefined;
  const startAt = firstMessageAt(rng, topic, generated.order);
  if (startAt === undefined || startAt > nowMs) return undefined;
  const language = buyer.language;
  const platformHandled = platformAnswersBuyers(generated.order.hostingMode);
  const conversationId = world.nextId('cv');
  const values = {
    name: firstName(buyer),
    order: generated.order.orderId,
    tracking: generated.order.trackingNumber ?? '—',
    carrier: generated.order.carrier ? CARRIER_NAMES[generated.order.carrier] : 'Cainiao',
    product: generated.product.product.title[language] ?? generated.product.product.title.en ?? '',
    days: String(Math.max(1, Math.round((startAt - generated.order.placedAt) / DAY_MS))),
  };
  const length = topic === 'thank-you' ? rng.int(2, 3) : pickLength(rng);
  // Some recent threads are left unanswered on purpose: the inbox must show waiting and overdue buyers.
  const leaveUnanswered = nowMs - startAt < RECENT_MS && rng.chance(0.3);
  const messages: Message[] = [];
  let at = startAt;
  let replyIndex = 0;
  let lastKind: MessagePlanStep['kind'] = 'open';
  for (const step of planMessages(length)) {
    if (messages.length > 0) at += step.author === 'seller' ? sellerDelayMs(rng) : buyerDelayMs(rng);
    if (at > nowMs) break;
    if (step.author === 'seller' && leaveUnanswered && rng.chance(0.6)) break;
    const body = bodyFor(rng, step, topic, language, values, step.kind === 'reply' ? replyIndex++ : 0);
    const author = step.author === 'seller' && platformHandled ? 'platform' : step.author;
    messages.push({
      id: world.nextId('m'),
      conversationId,
      storeId: generated.order.storeId,
      author,
      body: author === 'platform' ? `${body}\n${LANGUAGE_GENERICS[language].platformSignature}` : body,
      sentAt: Math.round(at),
      language,
    });
    lastKind = step.kind;
  }
  if (messages.length === 1)
    messages.push(buyerNudge(world, messages[0] as Message, topic, language, values));
  const last = messages[messages.length - 1] as Message;
  const { status, snoozedUntil } = conversationStatus(rng, last.author, lastKind, last.sentAt, nowMs);
  const labels: string[] = [topic];
  if (topic === 'dispute') labels.push('urgent');
  const conversation: Conversation = {
    id: conversationId,
    storeId: generated.order.storeId,
    buyerId: buyer.id,
    buyerName: buyer.name,
    country: buyer.country,
    language,
    orderId: generated.order.id,
    subject: MESSAGE_TEMPLATES[topic][language].subject,
    status,
    labels,
    lastMessageAt: last.sentAt,
    platformHandled,
    messageCount: messages.length,
  };
  if (status === 'open') conversation.awaitingReplySince = waitingSince(messages);
  if (snoozedUntil !== undefined) conversation.snoozedUntil = Math.round(snoozedUntil);
  return { conversation, messages };
}
