/**
 * Which demo products get pictures, and which pictures. Real catalogues are never all ready: some products still
 * wait for photos, some carry a supplier photo too small for the platform, some are just under the recommended size.
 * The plan is a pure function of the product and its SKUs (seeded by the product's id), so the same demo store
 * always gets the same pictures; the Node side draws them (electron/services/media/demoImages.ts).
 */
import type { CategoryId, Product, Sku } from '@shared/domain/types';
import { createRng } from '@shared/util/prng';

export const DEMO_FIGURES = ['gadget', 'lamp', 'watch', 'kitchen', 'garment'] as const;
export type DemoFigure = (typeof DEMO_FIGURES)[number];

export const DEMO_VIEWS = ['front', 'angle', 'detail', 'lifestyle', 'colours'] as const;
export type DemoView = (typeof DEMO_VIEWS)[number];

/** What to draw: one square picture of a product's figure in its colours. */
export interface DemoImageSpec {
  /** The picture's file name without extension, unique in its store: `<product code>_<n>` or the SKU's code. */
  key: string;
  figure: DemoFigure;
  view: DemoView;
  /** `#rrggbb`: the first is the figure's colour; the `colours` view shows them all side by side. */
  colours: string[];
  /** Width and height in pixels. */
  side: number;
}

export interface ProductImagePlan {
  productId: string;
  /** In the order buyers see them; empty for a product still waiting for photos. */
  main: DemoImageSpec[];
  /** One picture per SKU colour, and the SKUs that show it. */
  skuImages: { spec: DemoImageSpec; skuIds: string[] }[];
}

/** Shares of the catalogue, per the state of its photos. */
const NO_PHOTOS = 0.2;
const TOO_SMALL = 0.07;
const UNDER_RECOMMENDED = 0.1;
/** Of the products with good photos, this share also has a picture per colour on its SKUs. */
const WITH_SKU_IMAGES = 0.35;

const FIGURE_BY_CATEGORY: Readonly<Record<CategoryId, DemoFigure>> = {
  'phone-accessories': 'gadget',
  'led-lighting': 'lamp',
  'kids-smart-watches': 'watch',
  'kitchen-tools': 'kitchen',
  'womens-clothing': 'garment',
};

/** The demo's colour names (and the first word of compound ones: "Clear Pink", "Blue Floral"). */
const COLOUR_HEX: Readonly<Record<string, string>> = {
  black: '#2b2b2e',
  white: '#f2f2f0',
  blue: '#2f6fd6',
  pink: '#f08bb4',
  green: '#3fa66b',
  purple: '#8a5cc7',
  silver: '#b9bec6',
  grey: '#8d9096',
  beige: '#d9c6a5',
  red: '#d9453b',
  navy: '#243a6b',
  burgundy: '#7d2337',
  khaki: '#a89a6a',
  clear: '#cfe3ee',
  warm: '#ffc96b',
  cool: '#cfe6ff',
  neutral: '#fff1d6',
  rgb: '#c04de0',
  multicolour: '#f2a33a',
  bamboo: '#c9a66b',
};

/** Light tones name the light, not the housing: "Warm White" is warm. */
const LIGHT_TONES = ['warm', 'cool', 'neutral', 'rgb'];

export function colourHex(name: string): string {
  const words = name.toLowerCase().split(/[\s+/-]+/);
  const tone = words.find((word) => LIGHT_TONES.includes(word));
  if (tone) return COLOUR_HEX[tone] as string;
  // "Clear Pink" is a pink case, "Blue Floral" a blue dress: a real colour wins over "clear".
  const colour = words.find((word) => word !== 'clear' && COLOUR_HEX[word]);
  return COLOUR_HEX[colour ?? words[0] ?? ''] ?? '#888888';
}

function distinctColours(skus: readonly Sku[]): { name: string; skuIds: string[] }[] {
  const byName = new Map<string, string[]>();
  for (const sku of skus) {
    const name = sku.options.colour ?? sku.options.color ?? '';
    byName.set(name, [...(byName.get(name) ?? []), sku.id]);
  }
  return [...byName].map(([name, skuIds]) => ({ name, skuIds }));
}

export function planProductImages(product: Product, skus: readonly Sku[]): ProductImagePlan {
  const rng = createRng(`demo-images:${product.id}`);
  const figure = FIGURE_BY_CATEGORY[product.category as CategoryId] ?? 'gadget';
  const colours = distinctColours(skus);
  const palette = colours.map((c) => colourHex(c.name));
  const roll = rng.next();
  const plan: ProductImagePlan = { productId: product.id, main: [], skuImages: [] };
  if (roll < NO_PHOTOS) return plan;
  const spec = (index: number, view: DemoView, side: number, own = palette): DemoImageSpec => ({
    key: `${product.code}_${index + 1}`,
    figure,
    view,
    colours: own.length > 0 ? own : ['#888888'],
    side,
  });
  if (roll < NO_PHOTOS + TOO_SMALL) {
    // A supplier's small photo, used as it came.
    plan.main.push(spec(0, 'front', rng.pick([480, 600, 640])));
    return plan;
  }
  const side = roll < NO_PHOTOS + TOO_SMALL + UNDER_RECOMMENDED ? 800 : 1000;
  const views: DemoView[] = ['front', 'angle', 'detail', 'lifestyle'];
  if (palette.length > 1) views.push('colours');
  const count = rng.int(Math.min(3, views.length), views.length);
  for (let index = 0; index < count; index += 1) plan.main.push(spec(index, views[index] as DemoView, side));
  if (palette.length > 1 && rng.chance(WITH_SKU_IMAGES)) {
    const codeOf = new Map(skus.map((sku) => [sku.id, sku.code]));
    plan.skuImages = colours.map((colour, index) => ({
      spec: {
        ...spec(0, 'front', side, [palette[index] as string]),
        key: codeOf.get(colour.skuIds[0] as string) ?? `${product.code}_c${index + 1}`,
      },
      skuIds: colour.skuIds,
    }));
  }
  return plan;
}

export function specsOf(plan: ProductImagePlan): DemoImageSpec[] {
  return [...plan.main, ...plan.skuImages.map((s) => s.spec)];
}
