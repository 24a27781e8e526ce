/**
 * A synthetic fulfilment load for bench/logistics.ts: `total` orders of one store of which `awaiting` wait for
 * shipment (paid in the last days, one line each, buyer addresses with a share of repeat buyers so joint-shipping
 * groups exist), products with handling days and weights, and a rate table of `rateRows` rows over `countries`
 * countries. Deterministic (seeded), so runs compare.
 */
import type { Order, OrderLine, Product } from '@shared/domain/types';
import type { RateRow } from '@shared/logistics/rates';
import { PRICE_SCALE } from '@shared/logistics/rates';
import { createRng } from '@shared/util/prng';

const COUNTRIES =
  'US GB DE FR ES IT NL BE PL CZ SE NO DK FI IE PT AT CH HU RO BG GR SK SI HR LT LV EE UA IL SA AE TR EG MA ZA NG KE BR MX CL CO PE AR CA AU NZ JP KR SG MY TH VN PH ID IN PK BD KZ UZ'.split(
    ' ',
  );

export function syntheticRates(rows: number, countries: number): RateRow[] {
  const zone = COUNTRIES.slice(0, Math.min(countries, COUNTRIES.length));
  return Array.from({ length: rows }, (_, i): RateRow => {
    const band = i % 2 === 0;
    return {
      id: `bench-${i}`,
      carrier: `Carrier ${Math.floor(i / 3)}`,
      service: `Service ${i}`,
      countries: zone,
      minWeightG: 0,
      maxWeightG: 2000 + (i % 5) * 6000,
      pricing: band
        ? {
            kind: 'band',
            firstWeightG: 100,
            firstPrice: (15 + i) * PRICE_SCALE,
            additionalStepG: 100,
            additionalPrice: (3 + (i % 4)) * PRICE_SCALE,
          }
        : {
            kind: 'per-kg',
            perKgPrice: (60 + i * 3) * PRICE_SCALE,
            registrationFee: 12 * PRICE_SCALE,
            minChargeG: 50,
          },
      currency: 'CNY',
      volumetricDivisor: i % 3 === 0 ? 6000 : null,
      daysMin: 3 + (i % 10),
      daysMax: 8 + (i % 10) * 3,
      tracked: i % 4 !== 3,
    };
  });
}

export interface SyntheticStore {
  products: Product[];
  /** Orders in placedAt order; the last `awaiting` wait for shipment. */
  orderAt(index: number): { order: Order; line?: OrderLine };
}

export function syntheticStore(
  storeId: string,
  total: number,
  awaiting: number,
  now: number,
): SyntheticStore {
  const rng = createRng(`logistics-bench:${storeId}`);
  const products: Product[] = Array.from({ length: 300 }, (_, i) => ({
    id: `${storeId}:bp${i}`,
    storeId,
    code: `BP${String(i).padStart(4, '0')}`,
    title: { en: `Bench product ${i}` },
    description: {},
    category: 'phone-accessories',
    attributes: {},
    weightGrams: 50 + ((i * 37) % 900),
    packageCm: { length: 10 + (i % 20), width: 8 + (i % 10), height: 2 + (i % 8) },
    handlingDays: 3 + (i % 8),
    mainImageIds: [],
    createdAt: now,
    updatedAt: now,
  }));
  const buyers = Math.max(1, Math.floor(awaiting * 0.85));
  const firstAwaiting = total - awaiting;
  const span = 730 * 86_400_000;
  return {
    products,
    orderAt(index) {
      const waiting = index >= firstAwaiting;
      const buyer = waiting ? Math.floor(rng.next() * buyers) : Math.floor(rng.next() * 200_000);
      const country = COUNTRIES[buyer % COUNTRIES.length] ?? 'US';
      const placedAt = waiting
        ? now -
          5 * 86_400_000 +
          Math.floor(((index - firstAwaiting) / Math.max(1, awaiting)) * 5 * 86_400_000)
        : now - span + Math.floor((index / Math.max(1, firstAwaiting)) * (span - 6 * 86_400_000));
      const product = products[buyer % products.length] as Product;
      const order: Order = {
        id: `${storeId}:b${index}`,
        storeId,
        orderId: String(8_000_000_000_000 + index),
        buyerId: `bb${buyer}`,
        buyerName: `Buyer ${buyer}`,
        country,
        placedAt,
        day: new Date(placedAt).toISOString().slice(0, 10),
        status: waiting ? 'awaiting-shipment' : 'completed',
        amount: 500 + (index % 4000),
        shippingFee: 0,
        refundAmount: 0,
        currency: 'USD',
        itemCount: 1,
        hostingMode: index % 10 === 0 ? 'semi-managed' : 'self-operated',
      };
      if (!waiting) return { order };
      order.paidAt = placedAt + 60_000;
      order.handlingDays = product.handlingDays;
      order.shipTo = `Buyer ${buyer}\n${buyer} Main Street\n${country}`;
      const line: OrderLine = {
        id: `${order.id}:1`,
        orderId: order.id,
        storeId,
        productId: product.id,
        title: product.title.en ?? '',
        quantity: 1 + (index % 3),
        unitPrice: order.amount,
        currency: 'USD',
      };
      return { order, line };
    },
  };
}
