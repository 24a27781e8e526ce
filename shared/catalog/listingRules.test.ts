import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MediaItem, Product, Sku } from '../domain/types';
import { checkListing, LISTING_LIMITS, LISTING_RULES, type ListingInput } from './listingRules';

function media(id: string, over: Partial<MediaItem> = {}): MediaItem {
  return {
    id,
    storeId: 's',
    sha256: 'a'.repeat(64),
    fileName: `${id}.jpg`,
    width: 1000,
    height: 1000,
    bytes: 200_000,
    format: 'jpeg',
    createdAt: 0,
    ...over,
  };
}

function sku(id: string, over: Partial<Sku> = {}): Sku {
  return {
    id,
    productId: 'p',
    storeId: 's',
    code: `C-${id}`,
    options: { colour: 'Black' },
    price: { amount: 1299, currency: 'USD' },
    cost: { amount: 500, currency: 'USD' },
    stock: 10,
    ...over,
  };
}

function listing(
  over: Partial<Product> = {},
  skus: Sku[] = [sku('k1')],
  items: MediaItem[] = [media('m1'), media('m2')],
): ListingInput {
  const product: Product = {
    id: 'p',
    storeId: 's',
    code: 'P-1',
    title: { en: 'Magnetic phone case for iPhone 15, black' },
    description: { en: '<p>Soft <b>silicone</b></p><img src="a.jpg">' },
    category: 'phone-accessories',
    attributes: {},
    weightGrams: 80,
    packageCm: { length: 18, width: 10, height: 2 },
    handlingDays: 3,
    mainImageIds: ['m1', 'm2'],
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
  return { product, skus, media: items };
}

const ruleIds = (input: ListingInput) => checkListing(input).fixes.map((f) => f.ruleId);

describe('checkListing', () => {
  it('passes a complete listing', () => {
    expect(checkListing(listing())).toEqual({ status: 'ready', fixes: [] });
  });

  it('blocks a listing without English title, SKU or images', () => {
    const result = checkListing(listing({ title: { ru: 'Чехол' }, mainImageIds: [] }, []));
    expect(result.status).toBe('blocked');
    expect(result.fixes.map((f) => [f.ruleId, f.field, f.blocking])).toEqual([
      ['title-english-required', 'title.en', true],
      ['sku-required', 'skus', true],
      ['main-image-count', 'mainImageIds', true],
    ]);
  });

  it('reports concrete fixes with fields and params', () => {
    const result = checkListing(
      listing(
        {
          title: { en: 'x'.repeat(219) },
          handlingDays: 61,
          mainImageIds: ['m1', 'ghost'],
          description: { en: '<img src=x onerror=alert(1)><iframe src="y">' },
        },
        [sku('k1', { price: { amount: 0, currency: 'USD' }, stock: 1_000_000 }), sku('k2', { imageId: 'w' })],
        [
          media('m1', { width: 1200, height: 900, bytes: 4_000_000 }),
          media('w', { format: 'webp', width: 500, height: 500 }),
        ],
      ),
    );
    expect(result.status).toBe('needs-fixes');
    expect(result.fixes).toContainEqual(
      expect.objectContaining({
        ruleId: 'title-length',
        field: 'title.en',
        params: { language: 'en', length: 219, min: 1, max: 218 },
      }),
    );
    expect(result.fixes).toContainEqual(
      expect.objectContaining({ ruleId: 'handling-days-range', params: { days: 61, min: 1, max: 60 } }),
    );
    expect(result.fixes).toContainEqual(
      expect.objectContaining({ ruleId: 'sku-price-positive', field: 'skus.k1.price' }),
    );
    expect(result.fixes).toContainEqual(
      expect.objectContaining({ ruleId: 'sku-stock-range', field: 'skus.k1.stock' }),
    );
    expect(result.fixes).toContainEqual(
      expect.objectContaining({
        ruleId: 'image-missing',
        field: 'mainImageIds.1',
        params: { mediaId: 'ghost' },
      }),
    );
    expect(result.fixes).toContainEqual(
      expect.objectContaining({
        ruleId: 'main-image-square',
        field: 'media.m1',
        action: { kind: 'apply-photo-preset', preset: 'main-image', mediaId: 'm1' },
      }),
    );
    expect(result.fixes).toContainEqual(
      expect.objectContaining({ ruleId: 'image-max-bytes', field: 'media.m1' }),
    );
    expect(result.fixes).toContainEqual(
      expect.objectContaining({
        ruleId: 'image-format',
        field: 'media.w',
        params: expect.objectContaining({ format: 'webp' }),
      }),
    );
    const unsafe = result.fixes
      .filter((f) => f.ruleId === 'description-unsafe-html')
      .map((f) => f.params.found);
    expect(unsafe).toEqual(['<iframe', 'on*=']);
    expect(result.fixes.every((f) => f.blocking === false)).toBe(true);
  });

  it('warns below the recommended size without blocking readiness', () => {
    const result = checkListing(
      listing({}, undefined, [media('m1', { width: 900, height: 900 }), media('m2')]),
    );
    expect(result.status).toBe('ready');
    expect(result.fixes.map((f) => [f.ruleId, f.severity])).toEqual([
      ['main-image-recommended-size', 'warning'],
    ]);
    expect(ruleIds(listing({}, undefined, [media('m1', { width: 700, height: 700 }), media('m2')]))).toEqual([
      'main-image-min-size',
    ]);
  });

  it('does not flag harmless words in a description', () => {
    expect(
      ruleIds(
        listing({
          description: { en: '<p>Learn JavaScript: the onboarding guide is included. Sold on=time.</p>' },
        }),
      ),
    ).toEqual([]);
  });

  it('uses tunable limits', () => {
    expect(ruleIds(listing({ handlingDays: 61 }))).toEqual(['handling-days-range']);
    expect(
      checkListing(listing({ handlingDays: 61 }), { ...LISTING_LIMITS, handlingDaysMax: 90 }).fixes,
    ).toEqual([]);
  });

  it('refuses Chinese text in a foreign-language title or description', () => {
    const fixes = checkListing(
      listing({
        title: { en: 'Phone case 手机壳 black', ru: 'Чехол' },
        description: { en: '<p>Soft 硅胶 case</p>' },
      }),
    ).fixes;
    expect(fixes.map((f) => [f.ruleId, f.field, f.params.found])).toEqual([
      ['title-chinese-text', 'title.en', '手机壳'],
      ['description-chinese-text', 'description.en', '硅胶'],
    ]);
    expect(checkListing(listing({ title: { en: 'Phone case 手机壳' } })).status).toBe('needs-fixes');
  });

  it('refuses Chinese SKU option values and SKUs buyers cannot tell apart', () => {
    expect(ruleIds(listing({}, [sku('k1', { options: { colour: '黑色' } })]))).toEqual([
      'sku-option-chinese-text',
    ]);
    expect(ruleIds(listing({}, [sku('k1'), sku('k2')]))).toEqual(['sku-options-distinct']);
  });

  it('asks for a weight above 0 g, a description, a package size and a known category', () => {
    expect(ruleIds(listing({ weightGrams: 0 }))).toEqual(['weight-required']);
    expect(ruleIds(listing({ weightGrams: undefined }))).toEqual(['weight-required']);
    expect(ruleIds(listing({ description: {} }))).toEqual(['description-required']);
    expect(ruleIds(listing({ description: { en: '<p> </p>' } }))).toEqual(['description-required']);
    expect(ruleIds(listing({ description: { en: '<img src="size-chart.jpg">' } }))).toEqual([]);
    expect(ruleIds(listing({ packageCm: { length: 18, width: 0, height: 2 } }))).toEqual([
      'package-size-required',
    ]);
    expect(ruleIds(listing({ category: 'gadgets' }))).toEqual(['category-required']);
  });

  it('asks a fully managed product for a supply price on every SKU, whether the mode is its own or the store default', () => {
    const priced = sku('k2', { options: { colour: 'Red' }, supplyPrice: { amount: 700, currency: 'USD' } });
    expect(ruleIds(listing({ hostingMode: 'fully-managed' }, [sku('k1'), priced]))).toEqual([
      'supply-price-required',
    ]);
    expect(ruleIds({ ...listing({}, [sku('k1')]), storeMode: 'fully-managed' })).toEqual([
      'supply-price-required',
    ]);
    expect(ruleIds({ ...listing({}, [sku('k1')]), storeMode: 'semi-managed' })).toEqual([]);
  });

  it('gives every rule a source note', () => {
    for (const rule of LISTING_RULES) expect(rule.source.length).toBeGreaterThan(20);
  });
});

describe('checkListing properties', () => {
  const validListing = fc
    .record({
      title: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 218 })
        .filter((t) => t.trim() === t && t.length > 0 && !/\p{Script=Han}/u.test(t)),
      handlingDays: fc.integer({ min: 1, max: 60 }),
      stocks: fc.array(fc.integer({ min: 0, max: 999_999 }), { minLength: 1, maxLength: 5 }),
      prices: fc.integer({ min: 1, max: 10_000_000 }),
      images: fc.array(fc.integer({ min: 1000, max: 5000 }), { minLength: 1, maxLength: 6 }),
    })
    .map(({ title, handlingDays, stocks, prices, images }) =>
      listing(
        { title: { en: title }, handlingDays, mainImageIds: images.map((_, i) => `m${i}`) },
        stocks.map((stock, i) =>
          sku(`k${i}`, { stock, options: { size: `S${i}` }, price: { amount: prices, currency: 'USD' } }),
        ),
        images.map((side, i) => media(`m${i}`, { width: side, height: side })),
      ),
    );

  it('a listing within every limit is ready with no fixes', () => {
    fc.assert(
      fc.property(validListing, (input) => {
        expect(checkListing(input)).toEqual({ status: 'ready', fixes: [] });
      }),
    );
  });

  it('status follows the fixes: blocked ⇐ blocking, needs-fixes ⇐ errors, ready otherwise', () => {
    fc.assert(
      fc.property(
        validListing,
        fc.integer({ min: -5, max: 100 }),
        fc.integer({ min: -2, max: 1_100_000 }),
        fc.integer({ min: 0, max: 8 }),
        (input, handlingDays, stock, images) => {
          const product = {
            ...input.product,
            handlingDays,
            mainImageIds: input.product.mainImageIds.slice(0, images),
          };
          const skus = input.skus.map((s) => ({ ...s, stock }));
          const { status, fixes } = checkListing({ ...input, product, skus });
          const expected = fixes.some((f) => f.blocking)
            ? 'blocked'
            : fixes.some((f) => f.severity === 'error')
              ? 'needs-fixes'
              : 'ready';
          expect(status).toBe(expected);
          expect(fixes.some((f) => f.ruleId === 'handling-days-range')).toBe(
            handlingDays < 1 || handlingDays > 60,
          );
          expect(fixes.some((f) => f.ruleId === 'sku-stock-range')).toBe(stock < 0 || stock > 999_999);
        },
      ),
    );
  });
});
