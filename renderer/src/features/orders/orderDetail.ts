import type { MediaItem, Order, OrderLine, Shipment } from '@shared/domain/types';
import type { ParcelRecord } from '@shared/logistics/records';
import type { InboxConversation, WorkstationDb } from '../../db/db';

/** One line of the order with the picture the seller's own media library has for its product (or SKU). */
export interface DetailLine extends OrderLine {
  image?: MediaItem;
  /** The product as the catalog names it now, when it is in the catalog. */
  productCode?: string;
}

export interface OrderDetail {
  order: Order;
  lines: DetailLine[];
  parcels: ParcelRecord[];
  shipments: Shipment[];
  conversations: InboxConversation[];
}

/**
 * Everything the order screen shows, read through indexes only: the order, its lines, each line's product
 * image (the SKU's own image, else the product's first main image, else any library image attached to the
 * product), the parcels logistics keeps for it, buyer shipments and the conversations about it.
 */
export async function loadOrderDetail(db: WorkstationDb, id: string): Promise<OrderDetail | undefined> {
  const order = await db.orders.get(id);
  if (!order) return undefined;
  const [lines, parcels, shipments, conversations] = await Promise.all([
    db.orderLines.where('orderId').equals(id).toArray(),
    db.parcels.where('orderIds').equals(id).toArray(),
    db.shipments.where('orderId').equals(id).toArray(),
    db.conversations.where('orderId').equals(id).toArray(),
  ]);
  const productIds = [...new Set(lines.map((l) => l.productId))];
  const skuIds = [...new Set(lines.flatMap((l) => (l.skuId ? [l.skuId] : [])))];
  const [products, skus, attached] = await Promise.all([
    db.products.bulkGet(productIds),
    db.skus.bulkGet(skuIds),
    productIds.length ? db.media.where('productId').anyOf(productIds).toArray() : Promise.resolve([]),
  ]);
  const productById = new Map(products.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const skuById = new Map(skus.flatMap((s) => (s ? [[s.id, s] as const] : [])));
  const wanted = new Set<string>();
  for (const p of productById.values()) if (p.mainImageIds[0]) wanted.add(p.mainImageIds[0]);
  for (const s of skuById.values()) if (s.imageId) wanted.add(s.imageId);
  const media = new Map(
    (await db.media.bulkGet([...wanted])).flatMap((m) => (m ? [[m.id, m] as const] : [])),
  );
  const attachedByProduct = new Map<string, MediaItem>();
  for (const m of attached.sort((a, b) => a.createdAt - b.createdAt))
    if (m.productId && m.storeId === order.storeId && !attachedByProduct.has(m.productId))
      attachedByProduct.set(m.productId, m);

  const detailLines = lines
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((line): DetailLine => {
      const product = productById.get(line.productId);
      const sku = line.skuId ? skuById.get(line.skuId) : undefined;
      const image =
        (sku?.imageId && media.get(sku.imageId)) ||
        (product?.mainImageIds[0] && media.get(product.mainImageIds[0])) ||
        attachedByProduct.get(line.productId);
      const out: DetailLine = { ...line };
      if (image) out.image = image;
      if (product?.code) out.productCode = product.code;
      return out;
    });
  return {
    order,
    lines: detailLines,
    parcels: parcels
      .filter((p) => !p.deletedAt && p.storeId === order.storeId)
      .sort((a, b) => a.createdAt - b.createdAt),
    shipments: shipments.filter((s) => s.storeId === order.storeId).sort((a, b) => a.createdAt - b.createdAt),
    conversations: conversations
      .filter((c) => c.storeId === order.storeId)
      .sort((a, b) => b.lastMessageAt - a.lastMessageAt),
  };
}

export type TimelineStep =
  | 'placed'
  | 'paid'
  | 'declared'
  | 'first-scan'
  | 'shipped'
  | 'delivered'
  | 'dispute-deadline'
  | 'cancelled'
  | 'refunded'
  | 'disputed'
  | 'completed';

export interface TimelineEvent {
  step: TimelineStep;
  /** Absent when the export says the order reached the step but not when. */
  at?: number;
  /** A deadline still ahead, not something that happened. */
  future?: boolean;
}

const FINAL_STEPS: Partial<Record<Order['status'], TimelineStep>> = {
  cancelled: 'cancelled',
  refunded: 'refunded',
  disputed: 'disputed',
  completed: 'completed',
};

/**
 * The order's history as the records tell it, in the order an order lives it: placed, paid, handed to the carrier (the parcel's
 * declaration and first scan), shipped, delivered, then the status it ended in. Only facts with a source are
 * listed; a shipped order whose export gives no shipping time still shows "shipped", without a date.
 */
export function orderTimeline(order: Order, parcels: readonly ParcelRecord[], now: number): TimelineEvent[] {
  const events: TimelineEvent[] = [{ step: 'placed', at: order.placedAt }];
  if (order.paidAt !== undefined) events.push({ step: 'paid', at: order.paidAt });
  const parcel = parcels.find((p) => p.declaredAt !== undefined || p.firstScanAt !== undefined);
  if (parcel?.declaredAt !== undefined) events.push({ step: 'declared', at: parcel.declaredAt });
  if (parcel?.firstScanAt !== undefined) events.push({ step: 'first-scan', at: parcel.firstScanAt });
  const reachedShipping = ['shipped', 'delivered', 'completed', 'disputed'].includes(order.status);
  if (order.shippedAt !== undefined) events.push({ step: 'shipped', at: order.shippedAt });
  else if (reachedShipping && order.status !== 'disputed') events.push({ step: 'shipped' });
  if (order.deliveredAt !== undefined) events.push({ step: 'delivered', at: order.deliveredAt });
  else if (order.status === 'delivered') events.push({ step: 'delivered' });
  const final = FINAL_STEPS[order.status];
  if (final) events.push({ step: final });
  if (order.disputeDeadline !== undefined && !['cancelled', 'refunded'].includes(order.status))
    events.push({
      step: 'dispute-deadline',
      at: order.disputeDeadline,
      future: order.disputeDeadline > now,
    });
  return events;
}

/** A buyer's name as the order has it; an export without one shows a dash, never the internal buyer id. */
export const buyerNameOf = (order: Pick<Order, 'buyerName'>): string => order.buyerName?.trim() || '—';
