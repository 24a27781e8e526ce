/**
 * Daily traffic per product, consistent with the orders actually generated that day: visitors are what the
 * product's expected orders need at its conversion rate (1.2–3 %), with day-to-day noise.
 */
import type { DayKey, Id, TrafficDay } from '@shared/domain/types';
import type { Rng } from '@shared/util/prng';
import type { DemoProduct } from './catalog';

export function trafficDayId(productId: Id, day: DayKey): Id {
  return `${productId}|${day}`;
}

/**
 * @param expectedProductOrders expected orders touching each product today (popularity share × store demand)
 * @param actualOrders distinct counted orders per product today
 */
export function trafficForDay(
  rng: Rng,
  day: DayKey,
  products: readonly DemoProduct[],
  expectedProductOrders: (product: DemoProduct) => number,
  actualOrders: ReadonlyMap<Id, number>,
): TrafficDay[] {
  const rows: TrafficDay[] = [];
  for (const product of products) {
    const orders = actualOrders.get(product.product.id) ?? 0;
    const expected = Math.max(orders, expectedProductOrders(product));
    const visitors = Math.max(
      orders,
      Math.round((expected / product.conversion) * Math.exp(rng.normal(0, 0.2))),
    );
    if (visitors === 0) continue;
    rows.push({
      id: trafficDayId(product.product.id, day),
      storeId: product.product.storeId,
      productId: product.product.id,
      day,
      visitors,
      productViews: Math.round(visitors * rng.float(1.25, 1.8)),
      addToCarts: Math.max(orders, Math.round(visitors * rng.float(0.05, 0.09))),
      orders,
    });
  }
  return rows;
}
