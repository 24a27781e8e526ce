import { describe, expect, it } from 'vitest';
import { checkListing, type ListingStatus } from '@shared/catalog/listingRules';
import type { MediaItem } from '@shared/domain/types';
import { createIdFactory } from '@shared/util/ids';
import { createRng } from '@shared/util/prng';
import { buildCatalog } from './catalog';
import { colourHex, planProductImages, specsOf } from './productImages';

const catalog = buildCatalog(createRng('images-test'), createIdFactory(createRng('ids')), '2026-01-01');

/** The media rows the app would write for a plan, as the Node side reports each drawn picture. */
function mediaFor(storeId: string, specs: ReturnType<typeof specsOf>): MediaItem[] {
  return specs.map((spec) => ({
    id: spec.key,
    storeId,
    sha256: '0'.repeat(64),
    fileName: `${spec.key}.jpg`,
    width: spec.side,
    height: spec.side,
    bytes: 40_000,
    format: 'jpeg',
    createdAt: 0,
  }));
}

describe('planProductImages', () => {
  it('is the same plan every time for the same product', () => {
    const { product, skus } = catalog.products[3]!;
    expect(planProductImages(product, skus)).toEqual(planProductImages(product, skus));
  });

  it('gives the catalogue a realistic mix of ready, needs-fixes and blocked listings', () => {
    const counts: Record<ListingStatus, number> = { ready: 0, 'needs-fixes': 0, blocked: 0 };
    for (const { product, skus } of catalog.products) {
      const plan = planProductImages(product, skus);
      const withImages = {
        ...product,
        mainImageIds: plan.main.map((s) => s.key),
      };
      const skuImage = new Map(
        plan.skuImages.flatMap(({ spec, skuIds }) => skuIds.map((id) => [id, spec.key])),
      );
      const ownSkus = skus.map((sku) => ({
        ...sku,
        ...(skuImage.has(sku.id) ? { imageId: skuImage.get(sku.id) } : {}),
      }));
      const media = mediaFor(product.storeId, specsOf(plan));
      const store = catalog.stores.find((s) => s.id === product.storeId)!;
      counts[
        checkListing({ product: withImages, skus: ownSkus, media, storeMode: store.hostingMode }).status
      ] += 1;
    }
    const total = catalog.products.length;
    expect(counts.ready / total).toBeGreaterThan(0.3);
    expect(counts.blocked / total).toBeGreaterThan(0.1);
    expect(counts['needs-fixes'] / total).toBeGreaterThan(0.05);
  });

  it('names pictures after the product code and gives each SKU colour its own', () => {
    const planned = catalog.products
      .map(({ product, skus }) => ({ product, skus, plan: planProductImages(product, skus) }))
      .find(({ plan }) => plan.skuImages.length > 1)!;
    expect(planned.plan.main[0]!.key).toBe(`${planned.product.code}_1`);
    const coloured = planned.plan.skuImages.map((s) => s.spec.colours[0]);
    expect(new Set(coloured).size).toBe(coloured.length);
    expect(planned.plan.skuImages.flatMap((s) => s.skuIds).sort()).toEqual(
      planned.skus.map((s) => s.id).sort(),
    );
    const keys = specsOf(planned.plan).map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('colourHex', () => {
  it('reads the colour of compound names and the tone of lights', () => {
    expect(colourHex('Clear Pink')).toBe(colourHex('Pink'));
    expect(colourHex('Blue Floral')).toBe(colourHex('Blue'));
    expect(colourHex('Warm White')).not.toBe(colourHex('White'));
    expect(colourHex('RGB+CCT')).toBe(colourHex('RGB'));
    expect(colourHex('Clear')).toMatch(/^#[0-9a-f]{6}$/);
    expect(colourHex('Ultraviolet')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
