/**
 * The `attribution` command's report: parsed orders (from the import engine) + campaigns.json → the contract's
 * JSON. The app runs the same attributeOrders over its stored orders.
 */
import type { ParsedOrderRow } from '@shared/import';
import { attributeOrders, type AttributionOrder } from './attribution';
import type { CampaignFileEntry, CampaignFileProblem } from './campaignFile';

export interface ReportError {
  source: 'orders' | 'campaigns';
  row?: number | null;
  index?: number | null;
  column?: string | null;
  field?: string | null;
  message: string;
}

export interface AttributionReport {
  currency: string | null;
  /** The zone order and touch times without one were read in, e.g. "+08:00". */
  timeZone: string;
  timeZoneOffsetMinutes: number;
  orders: number;
  campaigns: {
    id: string;
    orders: number;
    gmv: { amount: number; currency: string | null };
    refundedOrders: number;
    commission: { amount: number; currency: string | null };
    cost: { amount: number; currency: string | null };
    roas: number | null;
  }[];
  unattributed: number;
  errors: ReportError[];
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function orderForAttribution(order: ParsedOrderRow): AttributionOrder {
  const productIds = [
    ...new Set(
      order.lines
        .map((line) => line.productId ?? line.sku ?? line.productTitle)
        .filter((id) => id !== undefined),
    ),
  ];
  const value: AttributionOrder = {
    placedAt: order.placedAt,
    status: order.status,
    amount: order.amountMinor,
    productIds,
  };
  if (order.promoCode) value.promoCode = order.promoCode;
  return value;
}

export function buildAttributionReport(input: {
  orders: readonly ParsedOrderRow[];
  orderErrors: readonly { row: number | null; column: string | null; message: string }[];
  campaigns: readonly CampaignFileEntry[];
  campaignProblems: readonly CampaignFileProblem[];
  offsetMinutes: number;
}): AttributionReport {
  const errors: ReportError[] = input.orderErrors.map(({ row, column, message }) => ({
    source: 'orders',
    row,
    column,
    message,
  }));
  for (const problem of input.campaignProblems)
    errors.push({
      source: 'campaigns',
      index: problem.index,
      field: problem.field,
      message: problem.message,
    });
  // One currency per report: the campaigns' fees name it, else the orders' most common one.
  const counts = new Map<string, number>();
  for (const order of input.orders) counts.set(order.currency, (counts.get(order.currency) ?? 0) + 1);
  const currency =
    input.campaigns.find((c) => c.currency)?.currency ??
    [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ??
    null;
  const campaigns = input.campaigns.filter((campaign) => {
    if (!campaign.currency || campaign.currency === currency) return true;
    errors.push({
      source: 'campaigns',
      index: campaign.index,
      field: 'fixedFee.currency',
      message: `fees are in ${campaign.currency} but this report is in ${currency}`,
    });
    return false;
  });
  const orders = input.orders.filter((order) => {
    if (order.currency === currency) return true;
    errors.push({
      source: 'orders',
      row: order.rows[0] ?? null,
      column: 'currency',
      message: `order ${order.orderId} is in ${order.currency} but this report is in ${currency}`,
    });
    return false;
  });
  const result = attributeOrders(orders.map(orderForAttribution), campaigns, { lift: false });
  const money = (amount: number) => ({ amount, currency });
  return {
    currency,
    timeZone: formatOffset(input.offsetMinutes),
    timeZoneOffsetMinutes: input.offsetMinutes,
    orders: orders.length,
    campaigns: result.campaigns.map((c) => ({
      id: c.id,
      orders: c.orders,
      gmv: money(c.gmv),
      refundedOrders: c.refundedOrders,
      commission: money(c.commission),
      cost: money(c.cost),
      roas: c.roas === null ? null : Math.round(c.roas * 10_000) / 10_000,
    })),
    unattributed: result.unattributed,
    errors,
  };
}
