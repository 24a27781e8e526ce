/**
 * Per-SKU profit in each hosting mode. All money is integer minor units in the rates' currency; see ./money.ts
 * for the single rounding rule (per unit, half up; per month = per unit × monthly units, so months add up exactly).
 */
import {
  HOSTING_MODES,
  type HostingMode,
  type Id,
  type Money,
  type MinorUnits,
  type Product,
  type Sku,
} from '@shared/domain/types';
import { applyRate, divRoundHalfUp, splitRates, toPpm } from './money';
import { commissionFor, type HostingRates } from './rates';

export interface ProfitInput {
  skuId?: Id;
  /** Retail price (self-operated and semi-managed). */
  price: Money;
  /** What the platform pays per unit in fully managed mode; estimated from the retail price when missing. */
  supplyPrice?: Money;
  /** Landed cost of goods per unit. */
  cost: Money;
  weightGrams: number;
  category: string;
  /** Units sold per month (recent sales); a whole number. */
  monthlyUnits: number;
  /**
   * What the seller's own shipping actually cost per unit, from shipped parcels (quoted or entered cost, see
   * shared/logistics/shippingCost.ts); used for self-operated instead of the own-carrier tariff when known.
   */
  ownShippingPerUnit?: MinorUnits;
}

/** Builds the calculator's input from stored records; monthly units come from the caller's sales rollup. */
export function profitInputFromSku(
  sku: Pick<Sku, 'id' | 'price' | 'supplyPrice' | 'cost'>,
  product: Pick<Product, 'weightGrams' | 'category'>,
  monthlyUnits: number,
): ProfitInput {
  return {
    skuId: sku.id,
    price: sku.price,
    ...(sku.supplyPrice ? { supplyPrice: sku.supplyPrice } : {}),
    cost: sku.cost,
    // A weight not entered yet prices as the lightest tariff step; the listing check asks for the real one.
    weightGrams: product.weightGrams ?? 0,
    category: product.category,
    monthlyUnits,
  };
}

export interface MoneyLines {
  /** What the merchant is paid: retail price, or the supply price in fully managed mode. */
  revenue: MinorUnits;
  commission: MinorUnits;
  /** Hosting / service fee of semi- and fully managed modes. */
  serviceFee: MinorUnits;
  affiliate: MinorUnits;
  /** Own carrier (self), platform logistics (semi) or inbound shipping to the warehouse (fully). */
  logistics: MinorUnits;
  warehousing: MinorUnits;
  /** Expected cost of returns: return rate × (logistics spent + written-off share of goods). */
  returns: MinorUnits;
  goodsCost: MinorUnits;
  /** The merchant's own time at the hourly cost setting. */
  timeCost: MinorUnits;
  /** revenue − every cash cost (fees, logistics, warehousing, returns, goods); before own time. */
  margin: MinorUnits;
  /** margin − timeCost. */
  profit: MinorUnits;
}

export type LogisticsKind = 'own-carrier' | 'platform-logistics' | 'warehouse-inbound';

export interface ModeProfit {
  mode: HostingMode;
  currency: string;
  monthlyUnits: number;
  /** True when fully managed revenue used the estimated supply price (no supply price on the SKU). */
  supplyPriceEstimated: boolean;
  logisticsKind: LogisticsKind;
  /** True when the logistics line is the parcels' actual cost, not the tariff (self-operated only). */
  logisticsFromParcels: boolean;
  perUnit: MoneyLines;
  perMonth: MoneyLines;
  /** profit ÷ revenue × 100, two decimals; null when revenue is 0. Not money, so not an integer. */
  marginPct: number | null;
  /** The merchant's work per unit and per month, in whole seconds (sums exactly across SKUs). */
  workSecondsPerUnit: number;
  workSecondsPerMonth: number;
}

/** Thrown for input the calculator cannot price honestly (mixed currencies, negative units…). */
export class HostingInputError extends RangeError {
  override name = 'HostingInputError';
}

function checkInput(input: ProfitInput, rates: HostingRates): void {
  const where = input.skuId ? `SKU ${input.skuId}` : 'SKU';
  for (const [field, money] of [
    ['price', input.price],
    ['cost', input.cost],
    ['supplyPrice', input.supplyPrice],
  ] as const) {
    if (!money) continue;
    if (money.currency !== rates.currency) {
      throw new HostingInputError(
        `${where}: ${field} is in ${money.currency} but the hosting settings are in ${rates.currency}; convert first`,
      );
    }
    if (!Number.isSafeInteger(money.amount) || money.amount < 0) {
      throw new HostingInputError(
        `${where}: ${field} must be a non-negative whole number of minor units, got ${money.amount}`,
      );
    }
  }
  if (!Number.isSafeInteger(input.monthlyUnits) || input.monthlyUnits < 0) {
    throw new HostingInputError(
      `${where}: monthlyUnits must be a whole number ≥ 0, got ${input.monthlyUnits}`,
    );
  }
  const own = input.ownShippingPerUnit;
  if (own !== undefined && (!Number.isSafeInteger(own) || own < 0)) {
    throw new HostingInputError(`${where}: ownShippingPerUnit must be a whole number ≥ 0, got ${own}`);
  }
  if (!Number.isFinite(input.weightGrams) || input.weightGrams < 0) {
    throw new HostingInputError(`${where}: weightGrams must be ≥ 0, got ${input.weightGrams}`);
  }
}

/** Weight tariff: the first 100 g, then each started 100 g. */
export function weightTariff(weightGrams: number, first100g: MinorUnits, per100g: MinorUnits): MinorUnits {
  const extraSteps = Math.ceil(Math.max(0, weightGrams - 100) / 100);
  return first100g + extraSteps * per100g;
}

/** Work per order in whole seconds for a mode (one unit per order is assumed). */
export function workSecondsPerOrder(rates: HostingRates, mode: HostingMode): number {
  const m = rates.labour.minutesPerOrder[mode];
  return Math.round((m.listing.value + m.service.value + m.packing.value + m.other.value) * 60);
}

function supplyRevenue(input: ProfitInput, rates: HostingRates): { amount: MinorUnits; estimated: boolean } {
  if (input.supplyPrice) return { amount: input.supplyPrice.amount, estimated: false };
  return {
    amount: applyRate(input.price.amount, toPpm(rates.fullyManaged.supplyPriceShareEstimate.value)),
    estimated: true,
  };
}

function unitLines(input: ProfitInput, mode: HostingMode, rates: HostingRates) {
  const affiliatePpm = toPpm(rates.affiliate.rate.value * rates.affiliate.shareOfOrders[mode].value);
  let revenue: MinorUnits;
  let estimated = false;
  let feePpm: [number, number, number];
  let logistics: MinorUnits;
  let warehousing: MinorUnits = 0;
  let logisticsKind: LogisticsKind;

  if (mode === 'fully-managed') {
    const supply = supplyRevenue(input, rates);
    revenue = supply.amount;
    estimated = supply.estimated;
    // The platform's margin is the gap between retail and supply price: no category commission here.
    feePpm = [0, toPpm(rates.serviceFee['fully-managed'].value), affiliatePpm];
    logistics = rates.fullyManaged.inboundPerUnit.amount;
    warehousing = applyRate(
      rates.fullyManaged.warehousingPerUnitMonth.amount,
      toPpm(rates.fullyManaged.averageStorageMonths.value),
    );
    logisticsKind = 'warehouse-inbound';
  } else {
    revenue = input.price.amount;
    const commissionPpm = toPpm(commissionFor(rates, input.category).value);
    const servicePpm = mode === 'semi-managed' ? toPpm(rates.serviceFee['semi-managed'].value) : 0;
    feePpm = [commissionPpm, servicePpm, affiliatePpm];
    const tariff = mode === 'semi-managed' ? rates.platformLogistics : rates.ownLogistics;
    logistics =
      mode === 'self-operated' && input.ownShippingPerUnit !== undefined
        ? input.ownShippingPerUnit
        : weightTariff(input.weightGrams, tariff.first100g.amount, tariff.per100g.amount);
    logisticsKind = mode === 'semi-managed' ? 'platform-logistics' : 'own-carrier';
  }

  const [commission = 0, serviceFee = 0, affiliate = 0] = splitRates(revenue, feePpm);
  const goodsCost = input.cost.amount;
  const returnBase = logistics + applyRate(goodsCost, toPpm(rates.returns.writeOffShare.value));
  const returns = applyRate(returnBase, toPpm(rates.returns.rate[mode].value));
  const workSeconds = workSecondsPerOrder(rates, mode);
  const timeCost = divRoundHalfUp(rates.labour.hourlyCost.amount * workSeconds, 3600);
  const margin =
    revenue - commission - serviceFee - affiliate - logistics - warehousing - returns - goodsCost;
  const lines: MoneyLines = {
    revenue,
    commission,
    serviceFee,
    affiliate,
    logistics,
    warehousing,
    returns,
    goodsCost,
    timeCost,
    margin,
    profit: margin - timeCost,
  };
  return { lines, estimated, logisticsKind, workSeconds };
}

function timesUnits(lines: MoneyLines, units: number): MoneyLines {
  const out = {} as MoneyLines;
  // `+ 0` turns the -0 of (negative × 0 units) into 0, so equal figures compare equal everywhere.
  for (const key of Object.keys(lines) as (keyof MoneyLines)[]) out[key] = lines[key] * units + 0;
  return out;
}

/** Profit of one SKU in one mode, per unit and per month. Throws HostingInputError on unusable input. */
export function profitForMode(input: ProfitInput, mode: HostingMode, rates: HostingRates): ModeProfit {
  checkInput(input, rates);
  const { lines, estimated, logisticsKind, workSeconds } = unitLines(input, mode, rates);
  return {
    mode,
    currency: rates.currency,
    monthlyUnits: input.monthlyUnits,
    supplyPriceEstimated: estimated,
    logisticsKind,
    logisticsFromParcels: mode === 'self-operated' && input.ownShippingPerUnit !== undefined,
    perUnit: lines,
    perMonth: timesUnits(lines, input.monthlyUnits),
    marginPct: lines.revenue === 0 ? null : Math.round((lines.profit / lines.revenue) * 10_000) / 100,
    workSecondsPerUnit: workSeconds,
    workSecondsPerMonth: workSeconds * input.monthlyUnits,
  };
}

export interface ModeComparison {
  byMode: Record<HostingMode, ModeProfit>;
  /** Modes in HOSTING_MODES order, for a side-by-side table. */
  ordered: ModeProfit[];
  /**
   * Highest monthly profit (per-unit profit when monthly units are 0); ties keep HOSTING_MODES order. Undefined
   * when no mode makes a profit: a loss is never shown as the "best" mode.
   */
  best: HostingMode | undefined;
}

export function compareModes(input: ProfitInput, rates: HostingRates): ModeComparison {
  const ordered = HOSTING_MODES.map((mode) => profitForMode(input, mode, rates));
  const score = (p: ModeProfit) => (p.monthlyUnits > 0 ? p.perMonth.profit : p.perUnit.profit);
  let best = ordered[0]!;
  for (const p of ordered) if (score(p) > score(best)) best = p;
  const byMode = Object.fromEntries(ordered.map((p) => [p.mode, p])) as Record<HostingMode, ModeProfit>;
  return { byMode, ordered, best: score(best) > 0 ? best.mode : undefined };
}
