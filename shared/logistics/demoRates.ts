/**
 * The demo store's contract rate cards (first 100 g + each further 100 g, one row per carrier and country) as
 * rate-table rows, so quotes read them the same way as an imported table.
 */
import { CARRIER_NAMES, type CarrierRate } from '@shared/domain/types';
import { PRICE_SCALE, type RateRow } from './rates';

/** The demo cards do not state a weight limit; 30 kg is the usual ceiling of the services they stand for. */
const DEMO_MAX_WEIGHT_G = 30_000;
const PER_100G = 100;

export function rateRowFromCarrierRate(rate: CarrierRate): RateRow {
  const name = CARRIER_NAMES[rate.carrier];
  const toScale = (minor: number) => (minor * PRICE_SCALE) / 100;
  return {
    id: `demo:${rate.id}`,
    carrier: name,
    service: name,
    countries: [rate.country],
    minWeightG: 0,
    maxWeightG: DEMO_MAX_WEIGHT_G,
    pricing: {
      kind: 'band',
      firstWeightG: PER_100G,
      firstPrice: toScale(rate.first100g.amount),
      additionalStepG: PER_100G,
      additionalPrice: toScale(rate.per100g.amount),
    },
    currency: rate.first100g.currency,
    volumetricDivisor: null,
    daysMin: rate.daysMin,
    daysMax: rate.daysMax,
    tracked: true,
  };
}
