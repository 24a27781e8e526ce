import { useLiveQuery } from 'dexie-react-hooks';
import type { Order, OrderLine, Shipment } from '@shared/domain/types';
import { db, type InboxConversation } from '../../../db/db';

export interface OrderFacts {
  order?: Order;
  lines: OrderLine[];
  shipment?: Shipment;
  transitDaysMax?: number;
}

/**
 * The conversation's order with its lines, buyer parcel and the carrier's slowest transit time; undefined
 * until read (or while `enabled` is false), never the facts of the conversation shown before.
 */
export function useOrderFacts(
  conversation: InboxConversation | undefined,
  enabled = true,
): OrderFacts | undefined {
  const key = enabled && conversation ? conversation.id : undefined;
  const orderId = conversation?.orderId;
  const result = useLiveQuery(async (): Promise<{ key: string; facts: OrderFacts } | undefined> => {
    if (key === undefined) return undefined;
    if (!orderId) return { key, facts: { lines: [] } };
    const [order, lines, shipment] = await Promise.all([
      db.orders.get(orderId),
      db.orderLines.where('orderId').equals(orderId).limit(20).toArray(),
      db.shipments.where('orderId').equals(orderId).first(),
    ]);
    const carrier = shipment?.carrier ?? order?.carrier;
    const rate =
      carrier && order
        ? await db.carrierRates.where('[carrier+country]').equals([carrier, order.country]).first()
        : undefined;
    return { key, facts: { order, lines, shipment, transitDaysMax: rate?.daysMax } };
  }, [key, orderId]);
  return result && result.key === key ? result.facts : undefined;
}
