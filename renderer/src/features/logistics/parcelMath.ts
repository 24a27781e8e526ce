/**
 * A parcel's weight and size from the catalog: the lines' weights summed; the package of the bulkiest product
 * with its height stacked once per further item (a rough box the seller can correct in the ship dialog).
 */
import type { Order, OrderLine, Product } from '@shared/domain/types';
import type { Parcel } from '@shared/logistics/quote';

export function parcelFor(
  id: string,
  orders: readonly Pick<Order, 'id' | 'country' | 'amount' | 'currency'>[],
  lines: readonly Pick<OrderLine, 'orderId' | 'productId' | 'quantity'>[],
  products: ReadonlyMap<string, Product>,
): Parcel & { knownWeight: boolean } {
  const ids = new Set(orders.map((o) => o.id));
  let weightG = 0;
  let items = 0;
  let knownWeight = true;
  let box: Product['packageCm'] | undefined;
  for (const line of lines) {
    if (!ids.has(line.orderId)) continue;
    const product = products.get(line.productId);
    items += line.quantity;
    // A product with no weight entered makes the parcel's weight unknown, never 0 g.
    if (!product || product.weightGrams === undefined) {
      knownWeight = false;
      if (!product) continue;
    } else weightG += product.weightGrams * line.quantity;
    const size = product.packageCm;
    if (!box || size.length * size.width * size.height > box.length * box.width * box.height) box = size;
  }
  const first = orders[0];
  const value = orders.reduce((sum, o) => sum + o.amount, 0);
  const parcel: Parcel & { knownWeight: boolean } = {
    id,
    country: first?.country ?? '',
    weightG: Math.max(1, weightG),
    knownWeight: knownWeight && weightG > 0,
  };
  if (box) parcel.sizeCm = { ...box, height: box.height * Math.max(1, items) };
  if (first) parcel.orderValue = { amount: value, currency: first.currency };
  return parcel;
}
