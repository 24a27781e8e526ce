/**
 * The world around the stores: competitors with weekly snapshots, keyword trend series, carrier rate cards.
 * Influencers and campaigns are in ./creators.ts.
 */
import type {
  CarrierRate,
  Competitor,
  CompetitorSnapshot,
  DayKey,
  Store,
  TrendPoint,
} from '@shared/domain/types';
import { DAY_MS, dayStartMs } from '@shared/util/days';
import type { IdFactory } from '@shared/util/ids';
import type { Rng } from '@shared/util/prng';
import { dayDemandFactor } from './calendar';
import { ALL_CARRIERS, RATE_COUNTRIES, carrierRate } from './logistics';

interface CompetitorPlan {
  storeIndex: number;
  name: string;
  category: string;
  listingTitle: string;
  priceCents: number;
  orders: number;
  weeklyGrowth: number;
}

const COMPETITOR_PLANS: readonly CompetitorPlan[] = [
  {
    storeIndex: 0,
    name: 'Lumina Tech Official Store',
    category: 'phone-accessories',
    listingTitle: '15W Magnetic Wireless Charger Pad for iPhone 15 14 13',
    priceCents: 1149,
    orders: 8200,
    weeklyGrowth: 160,
  },
  {
    storeIndex: 0,
    name: 'VoltEdge Accessories Store',
    category: 'phone-accessories',
    listingTitle: '65W GaN USB C Charger Fast Charging PD QC4.0',
    priceCents: 1599,
    orders: 3100,
    weeklyGrowth: 70,
  },
  {
    storeIndex: 0,
    name: 'GlowHome LED Factory Store',
    category: 'led-lighting',
    listingTitle: 'LED Strip Lights 10m RGB 5050 Bluetooth Music Sync',
    priceCents: 899,
    orders: 15600,
    weeklyGrowth: 320,
  },
  {
    storeIndex: 0,
    name: 'NightOwl Lighting Store',
    category: 'led-lighting',
    listingTitle: 'Motion Sensor LED Night Light USB Rechargeable Cabinet Lamp',
    priceCents: 529,
    orders: 6400,
    weeklyGrowth: 110,
  },
  {
    storeIndex: 0,
    name: 'KidGuard Smart Store',
    category: 'kids-smart-watches',
    listingTitle: '4G Kids Smart Watch GPS WiFi Video Call SOS Waterproof',
    priceCents: 3290,
    orders: 2100,
    weeklyGrowth: 45,
  },
  {
    storeIndex: 1,
    name: 'ChefMate Kitchen Store',
    category: 'kitchen-tools',
    listingTitle: '14 in 1 Vegetable Chopper Multifunctional Food Slicer',
    priceCents: 1090,
    orders: 9800,
    weeklyGrowth: 140,
  },
  {
    storeIndex: 1,
    name: 'Miss Vera Fashion Store',
    category: 'womens-clothing',
    listingTitle: 'Oversized Knitted Sweater Women Autumn Winter Turtleneck',
    priceCents: 1890,
    orders: 4300,
    weeklyGrowth: 90,
  },
];

const TREND_SERIES: readonly {
  series: string;
  base: number;
  seasonal: 'winter' | 'summer' | 'gifts' | 'flat';
}[] = [
  { series: 'magsafe charger', base: 62, seasonal: 'gifts' },
  { series: 'led strip', base: 70, seasonal: 'winter' },
  { series: 'kids smart watch', base: 45, seasonal: 'gifts' },
  { series: 'gan charger', base: 38, seasonal: 'flat' },
  { series: 'solar garden lights', base: 40, seasonal: 'summer' },
  { series: 'vegetable chopper', base: 35, seasonal: 'flat' },
  { series: 'oversized sweater', base: 50, seasonal: 'winter' },
  { series: 'summer dress', base: 48, seasonal: 'summer' },
];

export function buildCarrierRates(nextId: IdFactory): CarrierRate[] {
  return RATE_COUNTRIES.flatMap((country) =>
    ALL_CARRIERS.map((carrier) => carrierRate(nextId('cr'), carrier, country)),
  );
}

export interface CompetitorData {
  competitors: Competitor[];
  snapshots: CompetitorSnapshot[];
}

/** Weekly snapshots (every Monday of the year): price drifts and dips on sales, orders grow, rating wobbles. */
export function buildCompetitors(
  rng: Rng,
  nextId: IdFactory,
  stores: readonly Store[],
  days: readonly DayKey[],
): CompetitorData {
  const competitors: Competitor[] = [];
  const snapshots: CompetitorSnapshot[] = [];
  const snapshotDays = days.filter((day) => new Date(dayStartMs(day)).getUTCDay() === 1);
  for (const plan of COMPETITOR_PLANS) {
    const competitor: Competitor = {
      id: nextId('cmp'),
      storeId: (stores[plan.storeIndex] as Store).id,
      name: plan.name,
      url: `https://www.aliexpress.com/store/${rng.int(1_100_000_000, 1_103_999_999)}`,
      category: plan.category,
    };
    competitors.push(competitor);
    let price = plan.priceCents;
    let orders = plan.orders;
    let rating = rng.float(4.5, 4.9);
    for (const day of snapshotDays) {
      price = Math.max(99, Math.round(price * (1 + rng.normal(0, 0.025))));
      orders += Math.max(0, Math.round(plan.weeklyGrowth * dayDemandFactor(day, 0.5) * rng.float(0.6, 1.4)));
      rating = Math.min(5, Math.max(4.2, rating + rng.normal(0, 0.02)));
      const onSale = day.slice(5) >= '11-08' && day.slice(5) <= '11-14';
      snapshots.push({
        id: nextId('cs'),
        competitorId: competitor.id,
        takenAt: dayStartMs(day) + 9 * 3_600_000,
        day,
        listingTitle: plan.listingTitle,
        price: { amount: onSale ? Math.round(price * 0.8) : price, currency: 'USD' },
        orders,
        rating: Math.round(rating * 10) / 10,
        reviews: Math.round(orders * 0.31),
      });
    }
  }
  return { competitors, snapshots };
}

function seasonalFactor(kind: (typeof TREND_SERIES)[number]['seasonal'], day: DayKey): number {
  const dayOfYear = (dayStartMs(day) - Date.UTC(Number(day.slice(0, 4)), 0, 1)) / DAY_MS;
  const angle = (2 * Math.PI * dayOfYear) / 365;
  switch (kind) {
    case 'winter':
      return 1 + 0.35 * Math.cos(angle);
    case 'summer':
      return 1 - 0.4 * Math.cos(angle);
    case 'gifts':
      return 1 + 0.25 * Math.max(0, Math.cos(angle - 0.2));
    case 'flat':
      return 1;
  }
}

/** Search interest 0–100 per keyword per day, shaped by season and sale events. */
export function buildTrendPoints(rng: Rng, nextId: IdFactory, days: readonly DayKey[]): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const trend of TREND_SERIES) {
    let drift = 1;
    days.forEach((day, index) => {
      drift = Math.min(1.4, Math.max(0.7, drift + rng.normal(0, 0.01)));
      const events = Math.sqrt(dayDemandFactor(day, index / days.length));
      const value =
        trend.base * drift * seasonalFactor(trend.seasonal, day) * events * (1 + rng.normal(0, 0.05));
      points.push({
        id: nextId('tp'),
        series: trend.series,
        day,
        value: Math.min(100, Math.max(0, Math.round(value))),
      });
    });
  }
  return points;
}
