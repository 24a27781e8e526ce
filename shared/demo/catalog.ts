/**
 * The two demo stores and their catalogues. Products have English titles always and other languages often
 * (as real sellers translate their best sellers first). Their pictures are planned in productImages.ts and drawn
 * on the Node side once the rows are written.
 */
import type {
  BuyerLanguage,
  CategoryId,
  DayKey,
  HostingMode,
  Localized,
  Product,
  Sku,
  Store,
} from '@shared/domain/types';
import { DAY_MS, dayStartMs } from '@shared/util/days';
import type { IdFactory } from '@shared/util/ids';
import type { Rng } from '@shared/util/prng';
import { PRODUCT_TEMPLATES, specText, type ProductTemplate, type Spec } from './catalogTemplates';

export interface StorePlan {
  name: string;
  codePrefix: string;
  hostingMode: HostingMode;
  /** Product count per category. */
  categories: Partial<Record<CategoryId, number>>;
  /** Share of the year's orders. */
  orderShare: number;
  /** Probability of each override (the remainder inherits the store default). */
  overrides: Partial<Record<HostingMode, number>>;
}

export const STORE_PLANS: readonly StorePlan[] = [
  {
    name: 'Shenzhen Bright Gadgets',
    codePrefix: 'SBG',
    hostingMode: 'semi-managed',
    categories: { 'phone-accessories': 82, 'led-lighting': 68, 'kids-smart-watches': 50 },
    orderShare: 0.78,
    overrides: { 'fully-managed': 0.15, 'self-operated': 0.12 },
  },
  {
    name: 'Yiwu Home & Fashion',
    codePrefix: 'YHF',
    hostingMode: 'self-operated',
    categories: { 'kitchen-tools': 34, 'womens-clothing': 26 },
    orderShare: 0.22,
    overrides: { 'semi-managed': 0.2, 'fully-managed': 0.1 },
  },
];

/** Share of products carrying each translation (English is always there). */
const TRANSLATION_SHARE: Readonly<Record<Exclude<BuyerLanguage, 'en'>, number>> = {
  ru: 0.8,
  es: 0.55,
  pt: 0.5,
  fr: 0.4,
};
// Model suffixes read the same in every language, so they never leave English words in a translated title.
const EDITIONS = ['', '', '', '', 'Pro', 'Mini', 'Max', 'Plus', 'Lite'] as const;
const GADGET_CATEGORIES = new Set<string>(['phone-accessories', 'led-lighting', 'kids-smart-watches']);

export interface DemoProduct {
  product: Product;
  skus: Sku[];
  storeIndex: number;
  mode: HostingMode;
  /** Relative sales popularity (log-normal: a few best sellers, a long tail). */
  popularity: number;
  /** This product's visitor → order conversion. */
  conversion: number;
  /** The product becomes orderable from this instant. */
  availableFrom: number;
}

export interface DemoCatalog {
  stores: Store[];
  products: DemoProduct[];
}

function localized(
  template: Record<BuyerLanguage, string>,
  spec: Spec,
  edition: string,
  keep: Set<BuyerLanguage>,
): Localized {
  const result: Localized = {};
  for (const language of keep) {
    // The model suffix follows the spec ("15W Pro"), where sellers put it, not the end of the title.
    const specWithEdition = edition ? `${specText(spec, language)} ${edition}` : specText(spec, language);
    result[language] = template[language].replaceAll('{spec}', specWithEdition);
  }
  return result;
}

function chooseLanguages(rng: Rng): Set<BuyerLanguage> {
  const keep = new Set<BuyerLanguage>(['en']);
  for (const [language, share] of Object.entries(TRANSLATION_SHARE) as [BuyerLanguage, number][]) {
    if (rng.chance(share)) keep.add(language);
  }
  return keep;
}

/** AliExpress-style prices: whole cents ending in 9 (US $12.89). */
function retailPrice(cents: number): number {
  return Math.max(99, Math.round(cents / 10) * 10 - 1);
}

function pickMode(rng: Rng, plan: StorePlan): HostingMode | undefined {
  let roll = rng.next();
  for (const [mode, share] of Object.entries(plan.overrides) as [HostingMode, number][]) {
    if (roll < share) return mode;
    roll -= share;
  }
  return undefined;
}

function skuOptionSets(rng: Rng, template: ProductTemplate): Record<string, string>[] {
  const colours = rng.shuffle(template.colours).slice(0, rng.int(1, Math.min(4, template.colours.length)));
  if (!template.sizes) return colours.map((colour) => ({ colour }));
  const sizeCount = rng.int(3, template.sizes.length);
  const firstSize = rng.int(0, template.sizes.length - sizeCount);
  const sizes = template.sizes.slice(firstSize, firstSize + sizeCount);
  return colours.flatMap((colour) => sizes.map((size) => ({ colour, size })));
}

function buildSkus(
  rng: Rng,
  nextId: IdFactory,
  product: Product,
  template: ProductTemplate,
  mode: HostingMode,
): Sku[] {
  const basePrice = rng.int(template.priceCents[0], template.priceCents[1]);
  return skuOptionSets(rng, template).map((options, index) => {
    const sizeUpcharge = options.size === '2XL' || options.size === 'XL' ? 100 : 0;
    const price = retailPrice(basePrice + sizeUpcharge + rng.int(0, 3) * 20);
    const sku: Sku = {
      id: nextId('sku'),
      productId: product.id,
      storeId: product.storeId,
      code: `${product.code}-${String(index + 1).padStart(2, '0')}`,
      options,
      price: { amount: price, currency: 'USD' },
      cost: { amount: Math.round(price * rng.float(0.4, 0.6)), currency: 'USD' },
      stock: rng.chance(0.05) ? 0 : rng.int(5, 800),
    };
    if (mode === 'fully-managed')
      sku.supplyPrice = { amount: Math.round(price * rng.float(0.62, 0.72)), currency: 'USD' };
    return sku;
  });
}

function handlingDaysFor(rng: Rng, category: string): number {
  return category === 'womens-clothing' ? rng.int(5, 10) : rng.int(3, 6);
}

function buildProduct(
  rng: Rng,
  nextId: IdFactory,
  store: Store,
  plan: StorePlan,
  storeIndex: number,
  template: ProductTemplate,
  serial: number,
  yearStartMs: number,
): DemoProduct {
  const spec = rng.pick(template.specs);
  // Model suffixes belong to gadgets; a "Pro" dress or chopper would read as machine-made.
  const edition = GADGET_CATEGORIES.has(template.category) ? rng.pick(EDITIONS) : '';
  const languages = chooseLanguages(rng);
  const override = pickMode(rng, plan);
  const mode = override ?? store.hostingMode;
  // Most of the catalogue predates the demo year; about one product in six launches during it.
  const launchedInYear = rng.chance(0.16);
  const createdAt = launchedInYear
    ? yearStartMs + rng.int(20, 330) * DAY_MS + rng.int(0, DAY_MS - 1)
    : yearStartMs - rng.int(30, 900) * DAY_MS + rng.int(0, DAY_MS - 1);
  const weight = rng.int(template.weightGrams[0], template.weightGrams[1]);
  const jitter = () => rng.int(-1, 1);
  const product: Product = {
    id: nextId('p'),
    storeId: store.id,
    code: `${plan.codePrefix}-${String(serial).padStart(4, '0')}`,
    title: localized(template.title, spec, edition, languages),
    description: localized(
      template.description,
      spec,
      '',
      new Set([...languages].filter((l) => l === 'en' || l === 'ru')),
    ),
    category: template.category,
    attributes: { ...template.attributes, model: specText(spec, 'en') },
    weightGrams: weight,
    packageCm: {
      length: template.packageCm.length + jitter(),
      width: template.packageCm.width + jitter(),
      height: Math.max(1, template.packageCm.height + jitter()),
    },
    handlingDays: handlingDaysFor(rng, template.category),
    mainImageIds: [],
    createdAt,
    updatedAt: createdAt + rng.int(0, 60) * DAY_MS,
  };
  if (override) product.hostingMode = override;
  const skus = buildSkus(rng, nextId, product, template, mode);
  return {
    product,
    skus,
    storeIndex,
    mode,
    popularity: Math.exp(rng.normal(0, 1.1)),
    conversion: rng.float(0.012, 0.03),
    availableFrom: createdAt,
  };
}

/** Both stores and their products; `yearStart` is the first day of the demo year. */
export function buildCatalog(rng: Rng, nextId: IdFactory, yearStart: DayKey): DemoCatalog {
  const yearStartMs = dayStartMs(yearStart);
  const stores: Store[] = [];
  const products: DemoProduct[] = [];
  STORE_PLANS.forEach((plan, storeIndex) => {
    const store: Store = {
      id: nextId('st'),
      name: plan.name,
      hostingMode: plan.hostingMode,
      currency: 'USD',
      createdAt: yearStartMs - (3 - storeIndex) * 365 * DAY_MS,
      isDemo: true,
    };
    stores.push(store);
    let serial = 1;
    for (const [category, count] of Object.entries(plan.categories) as [CategoryId, number][]) {
      const templates = PRODUCT_TEMPLATES.filter((template) => template.category === category);
      for (let index = 0; index < count; index += 1) {
        const template = templates[index % templates.length] as ProductTemplate;
        products.push(buildProduct(rng, nextId, store, plan, storeIndex, template, serial, yearStartMs));
        serial += 1;
      }
    }
  });
  return { stores, products };
}
