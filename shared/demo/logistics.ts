/**
 * Carriers, tracking numbers of realistic shapes, transit times and carrier rate cards.
 * China Post and EMS numbers follow the UPU S10 format with a valid check digit, so a tracking validator
 * written against the real format accepts them.
 */
import {
  CARRIER_NAMES,
  type CarrierId,
  type CarrierRate,
  type CountryCode,
  type HostingMode,
  type Order,
  type OrderLine,
} from '@shared/domain/types';
import type { Rng } from '@shared/util/prng';
import { weightedPicker } from '@shared/util/prng';
import { randomDigits } from '@shared/util/ids';

export { CARRIER_NAMES };

const SELF_SHIPPING_CARRIERS: readonly CarrierId[] = [
  'cainiao',
  'china-post',
  'yanwen',
  '4px',
  'ems',
  'dhl',
  'ups',
];
const SELF_SHIPPING_WEIGHTS = [52, 14, 11, 10, 5, 4, 4];
const pickSelfCarrier = weightedPicker(SELF_SHIPPING_CARRIERS, SELF_SHIPPING_WEIGHTS);

/** Fully and semi-managed orders ship through the platform's logistics (Cainiao); self-operated sellers choose. */
export function pickCarrier(rng: Rng, mode: HostingMode): CarrierId {
  return mode === 'self-operated' ? pickSelfCarrier(rng) : 'cainiao';
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** UPU S10 check digit for an 8-digit serial. */
export function s10CheckDigit(serial: string): number {
  let sum = 0;
  for (let index = 0; index < 8; index += 1) sum += Number(serial[index]) * (S10_WEIGHTS[index] as number);
  const check = 11 - (sum % 11);
  if (check === 10) return 0;
  if (check === 11) return 5;
  return check;
}

function s10(rng: Rng, service: string, suffix: string): string {
  const serial = randomDigits(rng, 8);
  return `${service}${serial}${s10CheckDigit(serial)}${suffix}`;
}

const UPS_ALPHANUMERIC = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

export function trackingNumber(rng: Rng, carrier: CarrierId): string {
  switch (carrier) {
    case 'cainiao':
      return `LP00${randomDigits(rng, 12)}`;
    case 'china-post':
      return s10(rng, rng.pick(['LY', 'LZ', 'RB', 'UA', 'LT']), 'CN');
    case 'ems':
      return s10(rng, `E${rng.pick(['A', 'B', 'E', 'V'])}`, 'CN');
    case 'yanwen':
      return s10(rng, rng.pick(['UG', 'UH', 'UJ']), 'YP');
    case '4px':
      return `4PX30${randomDigits(rng, 11)}CN`;
    case 'dhl':
      return randomDigits(rng, 10);
    case 'ups': {
      let account = '';
      for (let index = 0; index < 6; index += 1) account += rng.pick([...UPS_ALPHANUMERIC]);
      return `1Z${account}${randomDigits(rng, 10)}`;
    }
  }
}

interface CarrierProfile {
  first100gFen: number;
  per100gFen: number;
  daysMin: number;
  daysMax: number;
}

/** Base rate cards in CNY fen (what a Shenzhen seller pays), for Russia; other countries scale from here. */
const CARRIER_PROFILES: Readonly<Record<CarrierId, CarrierProfile>> = {
  cainiao: { first100gFen: 900, per100gFen: 550, daysMin: 10, daysMax: 25 },
  'china-post': { first100gFen: 700, per100gFen: 450, daysMin: 15, daysMax: 40 },
  yanwen: { first100gFen: 800, per100gFen: 500, daysMin: 12, daysMax: 30 },
  '4px': { first100gFen: 1000, per100gFen: 600, daysMin: 8, daysMax: 20 },
  ems: { first100gFen: 6000, per100gFen: 1200, daysMin: 6, daysMax: 12 },
  dhl: { first100gFen: 12000, per100gFen: 2500, daysMin: 4, daysMax: 8 },
  ups: { first100gFen: 11500, per100gFen: 2400, daysMin: 4, daysMax: 9 },
};

/** Price and transit relative to Russia, the best-served AliExpress destination. */
const COUNTRY_FACTORS: Readonly<Record<string, { price: number; days: number }>> = {
  RU: { price: 1, days: 1 },
  US: { price: 1.35, days: 0.9 },
  BR: { price: 1.45, days: 1.5 },
  ES: { price: 1.1, days: 0.8 },
  FR: { price: 1.15, days: 0.8 },
  PL: { price: 0.95, days: 0.7 },
  KR: { price: 0.8, days: 0.5 },
  IL: { price: 1.2, days: 1.1 },
  UA: { price: 1.05, days: 1.1 },
  NL: { price: 1.1, days: 0.8 },
  CL: { price: 1.5, days: 1.4 },
  MX: { price: 1.4, days: 1.2 },
  KZ: { price: 1.0, days: 1.1 },
  DE: { price: 1.1, days: 0.8 },
  GB: { price: 1.2, days: 0.8 },
};

const DEFAULT_FACTOR = { price: 1.3, days: 1.2 };

export const RATE_COUNTRIES: readonly CountryCode[] = Object.keys(COUNTRY_FACTORS);

/** Transit days for one parcel, drawn within the carrier's window for the country. */
export function transitDays(rng: Rng, carrier: CarrierId, country: CountryCode): number {
  const profile = CARRIER_PROFILES[carrier];
  const factor = COUNTRY_FACTORS[country] ?? DEFAULT_FACTOR;
  return rng.float(profile.daysMin * factor.days, profile.daysMax * factor.days);
}

/** Rate card for one carrier and country (deterministic: these are the seller's contract prices). */
export function carrierRate(id: string, carrier: CarrierId, country: CountryCode): CarrierRate {
  const profile = CARRIER_PROFILES[carrier];
  const factor = COUNTRY_FACTORS[country] ?? DEFAULT_FACTOR;
  return {
    id,
    carrier,
    country,
    first100g: { amount: Math.round(profile.first100gFen * factor.price), currency: 'CNY' },
    per100g: { amount: Math.round(profile.per100gFen * factor.price), currency: 'CNY' },
    daysMin: Math.round(profile.daysMin * factor.days),
    daysMax: Math.round(profile.daysMax * factor.days),
  };
}

/** Shipping cost in CNY fen for a parcel: first 100 g plus each started further 100 g. */
export function parcelCostFen(carrier: CarrierId, country: CountryCode, weightGrams: number): number {
  const rate = carrierRate('', carrier, country);
  const extraSteps = Math.max(0, Math.ceil((weightGrams - 100) / 100));
  return rate.first100g.amount + extraSteps * rate.per100g.amount;
}

export const ALL_CARRIERS: readonly CarrierId[] = SELF_SHIPPING_CARRIERS;

const STREETS: Readonly<Record<string, readonly string[]>> = {
  RU: ['ул. Ленина', 'пр. Мира', 'ул. Гагарина', 'ул. Советская'],
  US: ['Maple Street', 'Oak Avenue', 'Main Street', 'Cedar Lane'],
  BR: ['Rua das Flores', 'Avenida Paulista', 'Rua XV de Novembro'],
  ES: ['Calle Mayor', 'Avenida de la Constitución', 'Calle del Sol'],
  FR: ['Rue de la Paix', 'Avenue Victor Hugo', 'Rue Pasteur'],
};
const CITIES: Readonly<Record<string, readonly string[]>> = {
  RU: ['Москва', 'Казань', 'Новосибирск', 'Екатеринбург'],
  US: ['Springfield', 'Austin', 'Portland', 'Columbus'],
  BR: ['São Paulo', 'Curitiba', 'Recife'],
  ES: ['Madrid', 'Valencia', 'Sevilla'],
  FR: ['Lyon', 'Nantes', 'Lille'],
};

/** FNV-1a over the buyer id: the demo address is a function of the buyer, so it draws nothing from the streams. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** A demo delivery address as a buyer would type it, the same for every order of that buyer. */
export function demoShipTo(buyerId: string, buyerName: string, country: CountryCode): string {
  const h = hashOf(buyerId);
  const streets = STREETS[country] ?? ['Central Road', 'Station Road', 'Park Avenue'];
  const cities = CITIES[country] ?? ['Capital City', 'Harbour Town'];
  const street = streets[h % streets.length] ?? '';
  const city = cities[(h >>> 8) % cities.length] ?? '';
  const postcode = String(10000 + ((h >>> 4) % 89999));
  return `${buyerName}\n${street} ${1 + ((h >>> 12) % 120)}\n${postcode} ${city}\n${country}`;
}

/**
 * A few buyers who ordered twice on the last day and wait for both, so the joint-shipping view has real pairs to
 * merge. Drawn from their own stream and appended after the day's orders: every other demo row stays the same.
 */
export function jointShippingCompanions(
  rng: Rng,
  dayOrders: readonly Order[],
  dayLines: readonly OrderLine[],
  issuedOrderNumbers: Set<string>,
  nowMs: number,
  perStore = 2,
): { orders: Order[]; lines: OrderLine[] } {
  const orders: Order[] = [];
  const lines: OrderLine[] = [];
  const taken = new Map<string, number>();
  for (const original of dayOrders) {
    if (original.status !== 'awaiting-shipment' || original.hostingMode !== 'self-operated') continue;
    if ((taken.get(original.storeId) ?? 0) >= perStore) continue;
    const line = dayLines.find((entry) => entry.orderId === original.id);
    if (!line) continue;
    taken.set(original.storeId, (taken.get(original.storeId) ?? 0) + 1);
    let number = original.orderId;
    do number = `${number.slice(0, -4)}${randomDigits(rng, 4)}`;
    while (issuedOrderNumbers.has(number));
    issuedOrderNumbers.add(number);
    const id = `${original.storeId}:${number}`;
    const quantity = rng.int(1, 2);
    const placedAt = Math.min(nowMs - 60_000, original.placedAt + rng.int(10, 120) * 60_000);
    orders.push({
      ...original,
      id,
      orderId: number,
      placedAt,
      amount: quantity * line.unitPrice,
      shippingFee: 0,
      itemCount: quantity,
    });
    lines.push({ ...line, id: `${id}:1`, orderId: id, quantity });
  }
  return { orders, lines };
}
