/**
 * Quotes for a parcel from the seller's rate tables: chargeable weight, the cost of each applicable service,
 * the platform's carrier restrictions, and which option is cheapest and which fastest (issue #13's rules).
 */
import { DEFAULT_EXCHANGE_RATES, type ExchangeRates } from '@shared/analytics/money';
import { minorExponent } from '@shared/domain/money';
import type { CountryCode, CurrencyCode, MinorUnits } from '@shared/domain/types';
import { DEFAULT_PLATFORM_SHIPPING_RULES, type PlatformShippingRule } from './platformRules';
import { PRICE_SCALE, type RateRow } from './rates';

export interface Parcel {
  id: string;
  country: CountryCode;
  weightG: number;
  /** Package size in cm, when known; only services with a volumetric divisor use it. */
  sizeCm?: { length: number; width: number; height: number };
  /** What the order is worth, for the platform's value-based carrier rules. */
  orderValue?: { amount: MinorUnits; currency: CurrencyCode };
}

export interface QuoteOption {
  carrier: string;
  service: string;
  /** In the table's currency, rounded to 0.01. */
  cost: number;
  /** The same in hundredths, for exact sums. */
  costHundredths: number;
  currency: CurrencyCode;
  chargeableWeightG: number;
  daysMin: number;
  daysMax: number;
  tracked: boolean;
  rateId: string;
}

export interface ParcelQuote {
  parcel: string;
  options: QuoteOption[];
  cheapest: string | null;
  fastest: string | null;
  /** Services a platform rule took away, with the rule, so the UI can say why. */
  withheld: { carrier: string; service: string; ruleId: string }[];
}

export interface QuoteContext {
  rules?: readonly PlatformShippingRule[];
  exchangeRates?: ExchangeRates;
}

/** Rounded up to whole grams: the actual weight, or the volumetric weight when the service counts it and it is larger. */
export function chargeableWeightG(rate: Pick<RateRow, 'volumetricDivisor'>, parcel: Parcel): number {
  let weight = parcel.weightG;
  const size = parcel.sizeCm;
  if (rate.volumetricDivisor && size) {
    const volumetric = ((size.length * size.width * size.height) / rate.volumetricDivisor) * 1000;
    // Strip float noise (30 × 20 × 10 / 6000 × 1000 must be 1000, not 1000.0000000001) before rounding up.
    weight = Math.max(weight, Math.round(volumetric * 1e6) / 1e6);
  }
  return Math.ceil(Math.round(weight * 1e6) / 1e6);
}

/** Cost in hundredths of the table's currency, rounded half up once from the exact figure. */
export function rateCostHundredths(rate: RateRow, chargeable: number): number {
  const p = rate.pricing;
  if (p.kind === 'band') {
    const steps =
      p.additionalStepG > 0 ? Math.ceil(Math.max(0, chargeable - p.firstWeightG) / p.additionalStepG) : 0;
    const scaled = p.firstPrice + steps * p.additionalPrice;
    return Math.floor((scaled + PRICE_SCALE / 200) / (PRICE_SCALE / 100));
  }
  // per_kg × max(chargeable, min_charge) ÷ 1000 + registration, in (1/PRICE_SCALE)·(1/1000) units: exact integers.
  const milli = p.perKgPrice * Math.max(chargeable, p.minChargeG) + p.registrationFee * 1000;
  const unit = (PRICE_SCALE / 100) * 1000;
  return Math.floor((milli + unit / 2) / unit);
}

export function rateApplies(rate: RateRow, country: CountryCode, chargeable: number): boolean {
  const inZone = rate.countries === '*' || rate.countries.includes(country);
  return inZone && chargeable >= rate.minWeightG && chargeable <= rate.maxWeightG;
}

function usdValue(amount: MinorUnits, currency: CurrencyCode, rates: ExchangeRates): number | null {
  const perUsd = currency === 'USD' ? 1 : rates.perUsd[currency];
  if (!perUsd) return null;
  return amount / 10 ** minorExponent(currency) / perUsd;
}

function withheldBy(
  rate: RateRow,
  parcel: Parcel,
  rules: readonly PlatformShippingRule[],
  fx: ExchangeRates,
): PlatformShippingRule | undefined {
  if (rate.tracked || !parcel.orderValue) return undefined;
  return rules.find((rule) => {
    if (rule.country !== parcel.country || !parcel.orderValue) return false;
    const value = usdValue(parcel.orderValue.amount, parcel.orderValue.currency, fx);
    const threshold = usdValue(rule.threshold.amount, rule.threshold.currency, fx);
    if (value === null || threshold === null) return false;
    return value >= threshold - 1e-9;
  });
}

/** Costs of options in different currencies are compared in USD at the seller's rates. */
function comparable(option: QuoteOption, fx: ExchangeRates): number {
  return usdValue(option.costHundredths, option.currency, fx) ?? option.cost;
}

export function byCost(fx: ExchangeRates = DEFAULT_EXCHANGE_RATES) {
  return (a: QuoteOption, b: QuoteOption): number =>
    comparable(a, fx) - comparable(b, fx) ||
    a.daysMax - b.daysMax ||
    a.daysMin - b.daysMin ||
    a.carrier.localeCompare(b.carrier) ||
    a.service.localeCompare(b.service);
}

export function bySpeed(fx: ExchangeRates = DEFAULT_EXCHANGE_RATES) {
  const cost = byCost(fx);
  return (a: QuoteOption, b: QuoteOption): number => a.daysMax - b.daysMax || cost(a, b);
}

/** Every service that can carry the parcel, sorted by cost, with the cheapest and the fastest marked. */
export function quoteParcel(
  parcel: Parcel,
  rates: readonly RateRow[],
  context: QuoteContext = {},
): ParcelQuote {
  const fx = context.exchangeRates ?? DEFAULT_EXCHANGE_RATES;
  const rules = context.rules ?? DEFAULT_PLATFORM_SHIPPING_RULES;
  const best = new Map<string, QuoteOption>();
  const withheld = new Map<string, { carrier: string; service: string; ruleId: string }>();
  const cheaper = byCost(fx);
  for (const rate of rates) {
    const chargeable = chargeableWeightG(rate, parcel);
    if (!rateApplies(rate, parcel.country, chargeable)) continue;
    const key = `${rate.carrier}\u0001${rate.service}`;
    const rule = withheldBy(rate, parcel, rules, fx);
    if (rule) {
      withheld.set(key, { carrier: rate.carrier, service: rate.service, ruleId: rule.id });
      continue;
    }
    const costHundredths = rateCostHundredths(rate, chargeable);
    const option: QuoteOption = {
      carrier: rate.carrier,
      service: rate.service,
      cost: costHundredths / 100,
      costHundredths,
      currency: rate.currency,
      chargeableWeightG: chargeable,
      daysMin: rate.daysMin,
      daysMax: rate.daysMax,
      tracked: rate.tracked,
      rateId: rate.id,
    };
    const current = best.get(key);
    // Overlapping rows for one service: the seller pays the cheaper one.
    if (!current || cheaper(option, current) < 0) best.set(key, option);
  }
  const options = [...best.values()].sort(cheaper);
  const fastest = [...options].sort(bySpeed(fx))[0];
  for (const key of best.keys()) withheld.delete(key);
  return {
    parcel: parcel.id,
    options,
    cheapest: options[0]?.service ?? null,
    fastest: fastest?.service ?? null,
    withheld: [...withheld.values()],
  };
}
