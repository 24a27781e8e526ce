import { describe, expect, it } from 'vitest';
import { attributeOrders, type AttributionCampaign, type AttributionOrder } from './attribution';
import { orderMargin, withOrderMargins, type UnitEconomics } from './orderMargin';

const self: UnitEconomics = { mode: 'self-operated', revenue: 1_000, margin: 400 };
const fully: UnitEconomics = { mode: 'fully-managed', revenue: 700, margin: 250 };

describe('orderMargin', () => {
  it('uses the buyer price for own-priced units and keeps the per-unit costs', () => {
    // Sold at 900 instead of the 1,000 list price: costs stay 600 per unit.
    expect(orderMargin([{ skuId: 'a', quantity: 2, unitPrice: 900 }], () => self)).toBe(2 * (900 - 600));
  });

  it('pays a fully managed unit the supply price whatever the buyer paid', () => {
    expect(orderMargin([{ skuId: 'b', quantity: 3, unitPrice: 1_999 }], () => fully)).toBe(3 * 250);
  });

  it('has no margin when one line cannot be priced, or when there are no lines', () => {
    const economics = (line: { skuId?: string | undefined }) => (line.skuId === 'a' ? self : undefined);
    expect(
      orderMargin(
        [
          { skuId: 'a', quantity: 1, unitPrice: 1_000 },
          { skuId: 'x', quantity: 1, unitPrice: 500 },
        ],
        economics,
      ),
    ).toBeUndefined();
    expect(orderMargin([], economics)).toBeUndefined();
  });
});

describe('withOrderMargins', () => {
  const campaign: AttributionCampaign = {
    id: 'c1',
    productIds: [],
    codes: ['KATE'],
    touches: [],
    windowDays: 7,
    commissionRate: 0.1,
    fixedFee: 500,
    samplesCost: 0,
  };
  const orders: AttributionOrder[] = [
    { placedAt: 1, status: 'completed', amount: 2_000, productIds: ['p'], promoCode: 'kate' },
    { placedAt: 2, status: 'refunded', amount: 3_000, productIds: ['p'], promoCode: 'KATE' },
    { placedAt: 3, status: 'completed', amount: 4_000, productIds: ['p'], promoCode: 'KATE' },
    { placedAt: 4, status: 'completed', amount: 5_000, productIds: ['p'] },
  ];
  const result = attributeOrders(orders, [campaign]);
  const refunded = (index: number) => orders[index]!.status === 'refunded';

  it('sums the known margins of the campaign’s kept orders, minus its cost', () => {
    const margins = new Map([
      [0, 800],
      [1, 1_200], // refunded: left out
      [2, 1_500],
      [3, 9_999], // not the campaign's: left out
    ]);
    const [c] = withOrderMargins(result, refunded, margins);
    expect(c!.cost).toBe(500 + 600);
    expect(c!.margin).toBe(800 + 1_500 - 1_100);
    expect(c!.marginKnownOrders).toBe(2);
  });

  it('says when only some orders were priced, and gives no margin when none were', () => {
    expect(withOrderMargins(result, refunded, new Map([[0, 800]]))[0]).toMatchObject({
      orders: 2,
      marginKnownOrders: 1,
    });
    expect(withOrderMargins(result, refunded, new Map())[0]!.margin).toBeNull();
  });
});
