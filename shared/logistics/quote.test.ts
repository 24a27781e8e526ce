import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readParcelList } from './parcels';
import {
  chargeableWeightG,
  quoteParcel,
  quoteParcelDirect,
  rateCostHundredths,
  rateQuoter,
  type Parcel,
} from './quote';
import { PRICE_SCALE, RATE_CSV_COLUMNS, readRateTable, type RateRow } from './rates';

const header = RATE_CSV_COLUMNS.join(',');
const bytes = (text: string) => new TextEncoder().encode(text);

const TABLE = [
  header,
  'Cainiao,AliExpress Standard,US;GB;DE,0,2000,,,,,85.5,8,50,CNY,,12,20,true',
  'Cainiao,Super Economy,*,0,2000,100,9,100,5.5,,,,CNY,,20,35,false',
  'DHL,Express,*,0,30000,500,120,500,25,,,,CNY,5000,3,6,yes',
  'SF,Economy,*,0,30000,500,120,500,25,,,,CNY,,3,6,yes',
].join('\n');

describe('rate table import', () => {
  it('reads the documented header and reports bad rows by row and column, keeping the good ones', async () => {
    const read = await readRateTable(bytes(`${TABLE}\nBad,Row,ZZ,0,abc,,,,,,,,CNY,,1,2,maybe`), 'rates.csv');
    expect(read.rates).toHaveLength(4);
    expect(read.errors.map((e) => [e.row, e.column])).toEqual([
      [6, 'countries'],
      [6, 'max_weight_g'],
      [6, 'tracked'],
      [6, 'first_price'],
    ]);
  });

  it('maps a Chinese layout by its header names', async () => {
    const zh = [
      '承运商,物流服务,国家,限重,每公斤,挂号费,币种,最短时效,最长时效,可跟踪',
      '燕文,专线挂号,US,2000,70,12,CNY,10,18,是',
    ];
    const read = await readRateTable(bytes(zh.join('\n')), 'zh.csv');
    expect(read.errors).toEqual([]);
    expect(read.rates[0]).toMatchObject({ carrier: '燕文', tracked: true, pricing: { kind: 'per-kg' } });
  });
});

describe('quotes', () => {
  it('prices weight bands and per-kg rows as the issue specifies', async () => {
    const { rates } = await readRateTable(bytes(TABLE), 'rates.csv');
    const parcel: Parcel = {
      id: 'P2',
      country: 'DE',
      weightG: 1500,
      sizeCm: { length: 30, width: 20, height: 20 },
    };
    const quote = quoteParcel(parcel, rates);
    expect(quote.options.map((o) => [o.service, o.cost, o.chargeableWeightG])).toEqual([
      ['Super Economy', 86, 1500], // 9 + ⌈1400 / 100⌉ × 5.5
      ['AliExpress Standard', 136.25, 1500], // 85.5 × 1.5 + 8
      ['Economy', 170, 1500], // 120 + ⌈1000 / 500⌉ × 25, no volumetric divisor
      ['Express', 220, 2400], // 30 × 20 × 20 / 5000 × 1000 g
    ]);
    expect(quote.cheapest).toBe('Super Economy');
    // Express and Economy tie on days: the cheaper wins.
    expect(quote.fastest).toBe('Economy');
  });

  it('rounds half up to 0.01 and honours the minimum charge weight', async () => {
    const { rates } = await readRateTable(bytes(TABLE), 'rates.csv');
    // 85.5 × 0.123 + 8 = 18.5165 → 18.52; 30 g is charged as 50 g: 85.5 × 0.05 + 8 = 12.275 → 12.28.
    const standard = (p: Parcel) =>
      quoteParcel(p, rates).options.find((o) => o.service === 'AliExpress Standard');
    expect(standard({ id: 'a', country: 'US', weightG: 123 })?.cost).toBe(18.52);
    expect(standard({ id: 'b', country: 'GB', weightG: 30 })?.cost).toBe(12.28);
  });

  it('withholds untracked services from US orders worth USD 5 or more (platform rule as data)', async () => {
    const { rates } = await readRateTable(bytes(TABLE), 'rates.csv');
    const at5 = quoteParcel(
      { id: 'x', country: 'US', weightG: 80, orderValue: { amount: 500, currency: 'USD' } },
      rates,
    );
    expect(at5.options.some((o) => !o.tracked)).toBe(false);
    expect(at5.withheld).toEqual([
      { carrier: 'Cainiao', service: 'Super Economy', ruleId: 'us-untracked-5-usd' },
    ]);
    const below = quoteParcel(
      { id: 'y', country: 'US', weightG: 80, orderValue: { amount: 499, currency: 'USD' } },
      rates,
    );
    expect(below.cheapest).toBe('Super Economy');
    const de = quoteParcel(
      { id: 'z', country: 'DE', weightG: 80, orderValue: { amount: 5000, currency: 'USD' } },
      rates,
    );
    expect(de.options.some((o) => !o.tracked)).toBe(true);
  });

  it('reads parcel lists and reports bad rows', async () => {
    const text =
      'id,country,weight_g,length_cm,width_cm,height_cm,order_value,order_currency\nA,us,100,,,,5,USD\nB,XX,0,,,,,\n';
    const read = await readParcelList(bytes(text), 'parcels.csv');
    expect(read.parcels).toEqual([
      { id: 'A', country: 'US', weightG: 100, orderValue: { amount: 500, currency: 'USD' } },
    ]);
    expect(read.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'country'],
      [3, 'weight_g'],
    ]);
  });
});

const price = fc.integer({ min: 0, max: 500 * PRICE_SCALE });
const rateArb: fc.Arbitrary<RateRow> = fc.record({
  id: fc.constant('r'),
  carrier: fc.constant('C'),
  service: fc.constant('S'),
  countries: fc.constant('*' as const),
  minWeightG: fc.constant(0),
  maxWeightG: fc.constant(1_000_000),
  pricing: fc.oneof(
    fc.record({
      kind: fc.constant('band' as const),
      firstWeightG: fc.integer({ min: 0, max: 2000 }),
      firstPrice: price,
      additionalStepG: fc.integer({ min: 1, max: 1000 }),
      additionalPrice: price,
    }),
    fc.record({
      kind: fc.constant('per-kg' as const),
      perKgPrice: price,
      registrationFee: price,
      minChargeG: fc.integer({ min: 0, max: 2000 }),
    }),
  ),
  currency: fc.constant('CNY'),
  volumetricDivisor: fc.option(fc.constantFrom(5000, 6000, 8000), { nil: null }),
  daysMin: fc.constant(1),
  daysMax: fc.constant(2),
  tracked: fc.boolean(),
});

describe('properties', () => {
  it("a service's quote never falls as the weight grows", () => {
    fc.assert(
      fc.property(
        rateArb,
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        (rate, w, extra) => {
          const size = { length: 20, width: 15, height: 10 };
          const light = quoteParcel({ id: 'l', country: 'FR', weightG: w, sizeCm: size }, [rate]).options[0];
          const heavy = quoteParcel({ id: 'h', country: 'FR', weightG: w + extra, sizeCm: size }, [rate])
            .options[0];
          expect(heavy?.cost ?? 0).toBeGreaterThanOrEqual(light?.cost ?? 0);
        },
      ),
    );
  });

  it('chargeable weight is whole grams, at least the actual weight', () => {
    fc.assert(
      fc.property(rateArb, fc.double({ min: 0.1, max: 30000, noNaN: true }), (rate, w) => {
        const c = chargeableWeightG(rate, {
          id: 'p',
          country: 'US',
          weightG: w,
          sizeCm: { length: 10.5, width: 7.3, height: 3 },
        });
        expect(Number.isInteger(c)).toBe(true);
        expect(c).toBeGreaterThanOrEqual(w - 1e-6);
        expect(rateCostHundredths(rate, c)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('the prepared quoter gives what the row-by-row reading gives, parcel after parcel', () => {
    const tableRow = fc.record({
      rate: rateArb,
      carrier: fc.constantFrom('Cainiao', 'DHL', 'SF'),
      service: fc.constantFrom('A', 'B', 'C'),
      countries: fc.oneof(
        fc.constant('*' as const),
        fc.subarray(['US', 'GB', 'DE', 'FR', 'JP'], { minLength: 1 }),
      ),
      minWeightG: fc.integer({ min: 0, max: 3000 }),
      span: fc.integer({ min: 0, max: 20_000 }),
      currency: fc.constantFrom('CNY', 'USD', 'EUR', 'XYZ'),
      days: fc.integer({ min: 1, max: 20 }),
      tracked: fc.boolean(),
    });
    const parcelArb = fc.record({
      id: fc.constant('p'),
      country: fc.constantFrom('US', 'GB', 'DE', 'FR', 'JP', 'BR'),
      weightG: fc.integer({ min: 1, max: 25_000 }),
      sizeCm: fc.constant({ length: 30, width: 20, height: 10 }),
      orderValue: fc.record({ amount: fc.integer({ min: 0, max: 2000 }), currency: fc.constant('USD') }),
    });
    fc.assert(
      fc.property(
        fc.array(tableRow, { maxLength: 8 }),
        fc.array(parcelArb, { minLength: 1, maxLength: 6 }),
        (rows, parcels) => {
          const rates: RateRow[] = rows.map((r, i) => ({
            ...r.rate,
            id: `r${i}`,
            carrier: r.carrier,
            service: r.service,
            countries: r.countries,
            minWeightG: r.minWeightG,
            maxWeightG: r.minWeightG + r.span,
            currency: r.currency,
            daysMin: r.days,
            daysMax: r.days + (i % 3),
            tracked: r.tracked,
          }));
          const quoter = rateQuoter(rates);
          for (const parcel of parcels as Parcel[]) {
            const direct = quoteParcelDirect(parcel, rates);
            expect(quoter.quote(parcel)).toEqual(direct);
            expect(quoteParcel(parcel, rates)).toEqual(direct);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
