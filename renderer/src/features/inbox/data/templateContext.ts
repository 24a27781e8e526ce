import type { Order, OrderLine, Shipment } from '@shared/domain/types';
import type { TemplateContext } from '@shared/inbox/render';
import type { InboxConversation } from '../../../db/db';

const DAY = 86_400_000;
/** When no carrier rate is known: AliExpress standard shipping usually lands within this many days. */
const DEFAULT_TRANSIT_DAYS = 20;

export interface ReplyFacts {
  conversation: InboxConversation;
  order?: Order;
  lines?: OrderLine[];
  shipment?: Shipment;
  /** Slowest transit days of the carrier to the buyer's country, from carrierRates. */
  transitDaysMax?: number;
  storeName?: string;
  repName?: string;
}

/** First word of the buyer's name: replies greet buyers by first name, as the starter pack is written. */
function firstName(full: string): string {
  return full.trim().split(/\s+/)[0] ?? full;
}

/** Values for the template variables, from what the inbox knows; anything unknown stays for the rep to fill. */
export function templateContext(facts: ReplyFacts): TemplateContext {
  const { conversation, order, shipment } = facts;
  const ctx: TemplateContext = { buyer_name: firstName(conversation.buyerName) };
  if (facts.storeName) ctx.store_name = facts.storeName;
  if (facts.repName) ctx.rep_name = facts.repName;
  const title = facts.lines?.[0]?.title;
  if (title) ctx.product_title = title;
  if (!order) return ctx;
  ctx.order_id = order.orderId;
  const tracking = shipment?.trackingNumber ?? order.trackingNumber;
  const carrier = shipment?.carrier ?? order.carrier;
  if (tracking) ctx.tracking_number = tracking;
  if (carrier) ctx.carrier = carrier;
  const shippedAt = shipment?.shippedAt ?? order.shippedAt;
  const deliveredAt = shipment?.deliveredAt ?? order.deliveredAt;
  if (deliveredAt) ctx.eta = deliveredAt;
  else if (shippedAt) ctx.eta = shippedAt + (facts.transitDaysMax ?? DEFAULT_TRANSIT_DAYS) * DAY;
  if (order.disputeDeadline) ctx.dispute_deadline = order.disputeDeadline;
  if (order.refundAmount > 0) ctx.refund_amount = { amount: order.refundAmount, currency: order.currency };
  return ctx;
}
