import {
  dailyStatId,
  emptyDailyStat,
  emptyRollup,
  mergeRollupsInto,
  rollupOrders,
  rollupTraffic,
  type Rollup,
} from '@shared/analytics/rollup';
import type {
  CurrencyCode,
  DailyStat,
  HostingMode,
  Order,
  OrderLine,
  TrafficDay,
} from '@shared/domain/types';
import type { BuyerOrderFacts } from './buyers';

/** No order is anyone's first here: newBuyers moves separately, with the buyers whose first order changed. */
const NO_FIRST_ORDERS: ReadonlyMap<string, string> = new Map();

function newBuyerRow(first: BuyerOrderFacts): DailyStat {
  return {
    ...emptyDailyStat(first.storeId, first.day, first.hostingMode, first.currency),
    newBuyers: 1,
  };
}

/** One newBuyers count on the day and mode of each buyer's first counted order. */
export function newBuyersRollup(firstOrders: readonly BuyerOrderFacts[]): Rollup {
  const rollup = emptyRollup();
  for (const first of firstOrders)
    mergeRollupsInto(
      rollup,
      {
        daily: new Map([[dailyStatId(first.storeId, first.day, first.hostingMode), newBuyerRow(first)]]),
        dimensions: new Map(),
      },
      1,
    );
  return rollup;
}

export interface OrderSide {
  orders: readonly Order[];
  lines: readonly OrderLine[];
  firstOrders: readonly BuyerOrderFacts[];
}

/** What replacing `before` by `after` changes in the rollups: after minus before, newBuyers included. */
export function orderChangeDelta(before: OrderSide, after: OrderSide): Rollup {
  const delta = emptyRollup();
  mergeRollupsInto(delta, rollupOrders(after.orders, after.lines, NO_FIRST_ORDERS), 1);
  mergeRollupsInto(delta, rollupOrders(before.orders, before.lines, NO_FIRST_ORDERS), -1);
  mergeRollupsInto(delta, newBuyersRollup(after.firstOrders), 1);
  mergeRollupsInto(delta, newBuyersRollup(before.firstOrders), -1);
  return delta;
}

/** Traffic rows keep no hosting mode of their own: the caller says which mode each row was counted under. */
export function trafficChangeDelta(
  before: readonly TrafficDay[],
  after: readonly TrafficDay[],
  modeOf: ReadonlyMap<string, HostingMode>,
  currency: CurrencyCode,
): Rollup {
  const context = {
    hostingModeOf: (productId: string, storeId: string) =>
      modeOf.get(`${storeId}:${productId}`) ?? 'self-operated',
    currencyOf: () => currency,
  };
  const delta = emptyRollup();
  mergeRollupsInto(delta, rollupTraffic(after, context), 1);
  mergeRollupsInto(delta, rollupTraffic(before, context), -1);
  return delta;
}
