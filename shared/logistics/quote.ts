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

/** Quotes parcel after parcel against one set of rate rows, rules and exchange rates. */
export interface RateQuoter {
  quote(parcel: Parcel): ParcelQuote;
}

interface PreparedRate {
  rate: RateRow;
  /** The same number for every row of one carrier service (overlapping rows: the cheaper one wins). */
  service: number;
  key: string;
  /** What one hundredth of the row's currency is worth in USD terms as `comparable` counts it, or null. */
  minorExp: number;
  perUsd: number | undefined;
}

interface Candidate {
  option: QuoteOption;
  /** comparable(option): the cost in USD, or the cost itself when the currency has no rate. */
  usd: number;
}

/** byCost over candidates whose comparable cost is counted once. */
function candidateOrder(a: Candidate, b: Candidate): number {
  return (
    a.usd - b.usd ||
    a.option.daysMax - b.option.daysMax ||
    a.option.daysMin - b.option.daysMin ||
    a.option.carrier.localeCompare(b.option.carrier) ||
    a.option.service.localeCompare(b.option.service)
  );
}

/**
 * Everything a quote needs that does not depend on the parcel, worked out once: the rows that serve each country
 * (a set lookup instead of a scan of every row's zone), each row's service key and currency, the platform rules of
 * each country. A quote then looks only at the rows of the parcel's country and counts each option's comparable
 * cost once. Same results as quoting row by row (quote.test.ts checks it against a direct reading of the rules).
 */
export function rateQuoter(rates: readonly RateRow[], context: QuoteContext = {}): RateQuoter {
  const fx = context.exchangeRates ?? DEFAULT_EXCHANGE_RATES;
  const rules = context.rules ?? DEFAULT_PLATFORM_SHIPPING_RULES;
  const services = new Map<string, number>();
  const prepared: PreparedRate[] = rates.map((rate) => {
    const key = `${rate.carrier}\u0001${rate.service}`;
    let service = services.get(key);
    if (service === undefined) services.set(key, (service = services.size));
    return {
      rate,
      service,
      key,
      minorExp: minorExponent(rate.currency),
      perUsd: rate.currency === 'USD' ? 1 : fx.perUsd[rate.currency],
    };
  });
  const zones = prepared.map((p) => (p.rate.countries === '*' ? null : new Set(p.rate.countries)));
  const byCountry = new Map<string, PreparedRate[]>();
  const ratesFor = (country: string): PreparedRate[] => {
    let list = byCountry.get(country);
    if (!list) byCountry.set(country, (list = prepared.filter((_, i) => zones[i]?.has(country) ?? true)));
    return list;
  };
  const rulesByCountry = new Map<string, PlatformShippingRule[]>();
  const rulesFor = (country: string): PlatformShippingRule[] => {
    let list = rulesByCountry.get(country);
    if (!list) rulesByCountry.set(country, (list = rules.filter((rule) => rule.country === country)));
    return list;
  };
  const slots: (Candidate | undefined)[] = new Array(services.size);
  const withheldSlots: boolean[] = new Array(services.size);

  /** The first rule that takes untracked services away from this parcel (it depends on the parcel only). */
  const untrackedRuleOf = (parcel: Parcel): PlatformShippingRule | undefined => {
    const orderValue = parcel.orderValue;
    if (!orderValue) return undefined;
    return rulesFor(parcel.country).find((rule) => {
      const value = usdValue(orderValue.amount, orderValue.currency, fx);
      const threshold = usdValue(rule.threshold.amount, rule.threshold.currency, fx);
      if (value === null || threshold === null) return false;
      return value >= threshold - 1e-9;
    });
  };

  return {
    quote(parcel) {
      const candidates = ratesFor(parcel.country);
      slots.fill(undefined);
      withheldSlots.fill(false);
      const withheldOrder: PreparedRate[] = [];
      let untracked: PlatformShippingRule | undefined | null = null;
      for (const p of candidates) {
        const rate = p.rate;
        const chargeable = chargeableWeightG(rate, parcel);
        if (chargeable < rate.minWeightG || chargeable > rate.maxWeightG) continue;
        if (!rate.tracked) {
          if (untracked === null) untracked = untrackedRuleOf(parcel);
          if (untracked) {
            if (!withheldSlots[p.service]) {
              withheldSlots[p.service] = true;
              withheldOrder.push(p);
            }
            continue;
          }
        }
        const option = optionOf(rate, chargeable);
        const usd = p.perUsd ? option.costHundredths / 10 ** p.minorExp / p.perUsd : option.cost;
        const candidate = { option, usd };
        const current = slots[p.service];
        // Overlapping rows for one service: the seller pays the cheaper one.
        if (!current || candidateOrder(candidate, current) < 0) slots[p.service] = candidate;
      }
      const found: Candidate[] = [];
      for (const candidate of slots) if (candidate) found.push(candidate);
      // Withheld services in the order they were first withheld, unless another row of theirs is offered.
      const withheld: ParcelQuote['withheld'] = [];
      for (const p of withheldOrder)
        if (!slots[p.service])
          withheld.push({ carrier: p.rate.carrier, service: p.rate.service, ruleId: untracked?.id ?? '' });
      found.sort(candidateOrder);
      let fastest: Candidate | undefined;
      for (const c of found)
        if (!fastest || c.option.daysMax - fastest.option.daysMax < 0) fastest = c;
        else if (c.option.daysMax === fastest.option.daysMax && candidateOrder(c, fastest) < 0) fastest = c;
      const options = found.map((c) => c.option);
      return {
        parcel: parcel.id,
        options,
        cheapest: options[0]?.service ?? null,
        fastest: fastest?.option.service ?? null,
        withheld,
      };
    },
  };
}

let lastQuoter: { rates: readonly RateRow[]; rules?: unknown; fx?: unknown; quoter: RateQuoter } | undefined;

/** Every service that can carry the parcel, sorted by cost, with the cheapest and the fastest marked. */
export function quoteParcel(
  parcel: Parcel,
  rates: readonly RateRow[],
  context: QuoteContext = {},
): ParcelQuote {
  // Callers quote many parcels against one table in a row: the prepared table is kept for the next call.
  if (
    !lastQuoter ||
    lastQuoter.rates !== rates ||
    lastQuoter.rules !== context.rules ||
    lastQuoter.fx !== context.exchangeRates
  )
    lastQuoter = {
      rates,
      rules: context.rules,
      fx: context.exchangeRates,
      quoter: rateQuoter(rates, context),
    };
  return lastQuoter.quoter.quote(parcel);
}

/** The row-by-row reading of the rules, kept as the reference the prepared quoter is tested against. */
export function quoteParcelDirect(
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
    const option = optionOf(rate, chargeable);
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

/** One rate row priced for one parcel's chargeable weight: what both quoting paths offer. */
function optionOf(rate: RateRow, chargeable: number): QuoteOption {
  const costHundredths = rateCostHundredths(rate, chargeable);
  return {
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
}
