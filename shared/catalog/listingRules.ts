import { CATEGORIES, type HostingMode, type MediaItem, type Product, type Sku } from '../domain/types';

/**
 * The offline AliExpress listing check: readable rules, each with where its threshold comes from, all thresholds in
 * one tunable object. Results are codes with parameters (`{ruleId, severity, field, params}`); the UI turns them
 * into sentences through i18n (`listing.rule.<ruleId>`), so nothing here is English prose for users.
 *
 * Sources: the figures are the seller centre's product-form limits as given in this project's brief; the platform
 * changes them from time to time, which is why they live in LISTING_LIMITS and not in the rules.
 */
export const LISTING_LIMITS = {
  titleMinChars: 1,
  titleMaxChars: 218,
  requiredTitleLanguage: 'en',
  stockMin: 0,
  stockMax: 999_999,
  handlingDaysMin: 1,
  handlingDaysMax: 60,
  mainImagesMin: 1,
  mainImagesMax: 6,
  mainImageMinSide: 800,
  mainImageRecommendedSide: 1000,
  /** A width/height difference up to this many pixels still counts as square. */
  squareTolerancePx: 0,
  imageMaxBytes: 3 * 1024 * 1024,
  imageFormats: ['jpeg', 'png'] as readonly MediaItem['format'][],
  /** The product form's description field is mandatory; English is the language every listing carries. */
  requiredDescriptionLanguage: 'en',
  /** Shipping templates price by weight: the form refuses 0 g. */
  weightGramsMin: 1,
  /** Package size: every side at least 1 cm (the form's lower bound). */
  packageSideMinCm: 1,
};
export type ListingLimits = typeof LISTING_LIMITS;

export type ListingSeverity = 'error' | 'warning';
export const LISTING_STATUSES = ['ready', 'needs-fixes', 'blocked'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];
export type FixParams = Record<string, string | number>;

/** A suggested one-click fix the UI may offer (e.g. run the photo studio preset on that image). */
export type FixAction = { kind: 'apply-photo-preset'; preset: 'main-image' | 'sku-image'; mediaId: string };

export interface ListingFix {
  ruleId: ListingRuleId;
  severity: ListingSeverity;
  /** Something essential is missing (no English title, no SKU, no image): the listing cannot even be drafted. */
  blocking: boolean;
  /** Dotted path of what to fix: 'title.en', 'handlingDays', 'skus.<skuId>.stock', 'media.<mediaId>'. */
  field: string;
  params: FixParams;
  action?: FixAction;
}

export interface ListingInput {
  product: Product;
  skus: readonly Sku[];
  media: readonly MediaItem[];
  /** The store's default mode, for products that follow it (undefined: treated as self-operated). */
  storeMode?: HostingMode;
}

export interface ListingCheck {
  status: ListingStatus;
  fixes: ListingFix[];
}

interface Context extends ListingInput {
  limits: ListingLimits;
  mediaById: ReadonlyMap<string, MediaItem>;
}

type Finding = Omit<ListingFix, 'ruleId' | 'severity' | 'blocking'> & { blocking?: boolean };

interface ListingRule {
  id: string;
  severity: ListingSeverity;
  /** Where the rule and its threshold come from. */
  source: string;
  check(ctx: Context): Finding[];
}

const FORM =
  'AliExpress seller centre product form (limits as given in the project brief; re-check when the form changes)';
const IMAGE_GUIDE = 'AliExpress seller centre image requirements (as given in the project brief)';

export const LISTING_RULES = [
  {
    id: 'title-english-required',
    severity: 'error',
    source: `${FORM}: an English title is mandatory, other languages are optional.`,
    check: ({ product, limits }) => {
      const lang = limits.requiredTitleLanguage as keyof Product['title'];
      return (product.title[lang] ?? '').trim() === ''
        ? [{ field: `title.${lang}`, params: {}, blocking: true }]
        : [];
    },
  },
  {
    id: 'title-length',
    severity: 'error',
    source: `${FORM}: title 1–218 characters per language.`,
    check: ({ product, limits }) =>
      Object.entries(product.title).flatMap(([language, text]) => {
        const length = [...(text ?? '').trim()].length;
        if (length === 0 || (length >= limits.titleMinChars && length <= limits.titleMaxChars)) return [];
        return [
          {
            field: `title.${language}`,
            params: { language, length, min: limits.titleMinChars, max: limits.titleMaxChars },
          },
        ];
      }),
  },
  {
    id: 'sku-required',
    severity: 'error',
    source: `${FORM}: a product is sold through at least one SKU.`,
    check: ({ skus }) => (skus.length === 0 ? [{ field: 'skus', params: {}, blocking: true }] : []),
  },
  {
    id: 'sku-price-positive',
    severity: 'error',
    source: `${FORM}: every SKU needs a price above zero.`,
    check: ({ skus }) =>
      skus
        .filter((s) => !(Number.isInteger(s.price.amount) && s.price.amount > 0))
        .map((s) => ({
          field: `skus.${s.id}.price`,
          params: { skuId: s.id, skuCode: s.code, amount: s.price.amount, currency: s.price.currency },
        })),
  },
  {
    id: 'sku-stock-range',
    severity: 'error',
    source: `${FORM}: stock per SKU is a whole number from 0 to 999,999.`,
    check: ({ skus, limits }) =>
      skus
        .filter(
          (s) => !(Number.isInteger(s.stock) && s.stock >= limits.stockMin && s.stock <= limits.stockMax),
        )
        .map((s) => ({
          field: `skus.${s.id}.stock`,
          params: {
            skuId: s.id,
            skuCode: s.code,
            stock: s.stock,
            min: limits.stockMin,
            max: limits.stockMax,
          },
        })),
  },
  {
    id: 'handling-days-range',
    severity: 'error',
    source: `${FORM}: handling (processing) time of 1–60 days.`,
    check: ({ product, limits }) => {
      const d = product.handlingDays;
      if (Number.isInteger(d) && d >= limits.handlingDaysMin && d <= limits.handlingDaysMax) return [];
      return [
        {
          field: 'handlingDays',
          params: { days: d, min: limits.handlingDaysMin, max: limits.handlingDaysMax },
        },
      ];
    },
  },
  {
    id: 'main-image-count',
    severity: 'error',
    source: `${IMAGE_GUIDE}: 1–6 main images.`,
    check: ({ product, limits }) => {
      const count = product.mainImageIds.length;
      if (count >= limits.mainImagesMin && count <= limits.mainImagesMax) return [];
      return [
        {
          field: 'mainImageIds',
          params: { count, min: limits.mainImagesMin, max: limits.mainImagesMax },
          blocking: count === 0,
        },
      ];
    },
  },
  {
    id: 'image-missing',
    severity: 'error',
    source: 'Local consistency: a listed image must exist in the media library before it can be uploaded.',
    check: ({ product, skus, mediaById }) =>
      referencedImages(product, skus)
        .filter((ref) => !mediaById.has(ref.mediaId))
        .map((ref) => ({ field: ref.field, params: { mediaId: ref.mediaId } })),
  },
  {
    id: 'main-image-square',
    severity: 'error',
    source: `${IMAGE_GUIDE}: main images are square (1:1).`,
    check: (ctx) =>
      mainImages(ctx)
        .filter((m) => Math.abs(m.width - m.height) > ctx.limits.squareTolerancePx)
        .map((m) => imageFinding(m, { width: m.width, height: m.height }, 'main-image')),
  },
  {
    id: 'main-image-min-size',
    severity: 'error',
    source: `${IMAGE_GUIDE}: main images at least 800×800 pixels.`,
    check: (ctx) =>
      mainImages(ctx)
        .filter((m) => Math.min(m.width, m.height) < ctx.limits.mainImageMinSide)
        .map((m) =>
          imageFinding(
            m,
            { width: m.width, height: m.height, min: ctx.limits.mainImageMinSide },
            'main-image',
          ),
        ),
  },
  {
    id: 'main-image-recommended-size',
    severity: 'warning',
    source: `${IMAGE_GUIDE}: 1000×1000 or larger is recommended (zoom on the product page).`,
    check: (ctx) =>
      mainImages(ctx)
        .filter((m) => {
          const side = Math.min(m.width, m.height);
          return side >= ctx.limits.mainImageMinSide && side < ctx.limits.mainImageRecommendedSide;
        })
        .map((m) =>
          imageFinding(m, {
            width: m.width,
            height: m.height,
            recommended: ctx.limits.mainImageRecommendedSide,
          }),
        ),
  },
  {
    id: 'image-max-bytes',
    severity: 'error',
    source: `${IMAGE_GUIDE}: each image at most 3 MB.`,
    check: (ctx) =>
      allImages(ctx)
        .filter(({ media }) => media.bytes > ctx.limits.imageMaxBytes)
        .map(({ media, preset }) =>
          imageFinding(media, { bytes: media.bytes, max: ctx.limits.imageMaxBytes }, preset),
        ),
  },
  {
    id: 'image-format',
    severity: 'error',
    source: `${IMAGE_GUIDE}: JPEG or PNG only.`,
    check: (ctx) =>
      allImages(ctx)
        .filter(({ media }) => !ctx.limits.imageFormats.includes(media.format))
        .map(({ media, preset }) =>
          imageFinding(media, { format: media.format, allowed: ctx.limits.imageFormats.join(',') }, preset),
        ),
  },
  {
    id: 'description-unsafe-html',
    severity: 'error',
    source:
      'AliExpress strips or rejects active content in descriptions: no <script>, <iframe> or on…= event handlers.',
    check: ({ product }) =>
      Object.entries(product.description).flatMap(([language, html]) =>
        unsafeHtml(html ?? '').map((found) => ({
          field: `description.${language}`,
          params: { language, found },
        })),
      ),
  },
  {
    id: 'title-chinese-text',
    severity: 'error',
    source: `${FORM}: each language's title is shown to buyers of that language as typed; Chinese characters in an English, Russian, Portuguese, Spanish or French title reach buyers untranslated.`,
    check: ({ product }) =>
      Object.entries(product.title).flatMap(([language, text]) => {
        const found = hanSample(text ?? '');
        return found ? [{ field: `title.${language}`, params: { language, found } }] : [];
      }),
  },
  {
    id: 'description-required',
    severity: 'error',
    source: `${FORM}: the product description is a required field.`,
    check: ({ product, limits }) => {
      const lang = limits.requiredDescriptionLanguage as keyof Product['description'];
      const html = product.description[lang] ?? '';
      // A description made only of pictures is a description too.
      return plainText(html) === '' && !/<\s*img\b/i.test(html)
        ? [{ field: `description.${lang}`, params: { language: lang } }]
        : [];
    },
  },
  {
    id: 'description-chinese-text',
    severity: 'error',
    source: `${FORM}: descriptions are shown as typed, like titles; Chinese text in a foreign-language description reaches buyers untranslated.`,
    check: ({ product }) =>
      Object.entries(product.description).flatMap(([language, html]) => {
        const found = hanSample(plainText(html ?? ''));
        return found ? [{ field: `description.${language}`, params: { language, found } }] : [];
      }),
  },
  {
    id: 'category-required',
    severity: 'error',
    source: `${FORM}: every product sits in one of the platform's categories.`,
    check: ({ product }) =>
      (CATEGORIES as readonly string[]).includes(product.category)
        ? []
        : [{ field: 'category', params: { category: product.category } }],
  },
  {
    id: 'sku-option-chinese-text',
    severity: 'error',
    source: `${FORM}: SKU option values (colour, size…) are shown to buyers as typed; a Chinese value on a foreign-language listing is unreadable to them.`,
    check: ({ skus }) =>
      skus.flatMap((s) =>
        Object.entries(s.options).flatMap(([option, value]) => {
          const found = hanSample(`${option} ${value}`);
          return found
            ? [{ field: `skus.${s.id}.options.${option}`, params: { skuCode: s.code, option, value } }]
            : [];
        }),
      ),
  },
  {
    id: 'sku-options-distinct',
    severity: 'error',
    source: `${FORM}: with more than one SKU, buyers pick a variant by its options, so no two SKUs may have the same options.`,
    check: ({ skus }) => {
      if (skus.length < 2) return [];
      const seen = new Map<string, Sku>();
      return skus.flatMap((s) => {
        const key = optionsKey(s.options);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, s);
          return [];
        }
        return [{ field: `skus.${s.id}.options`, params: { skuCode: s.code, otherCode: first.code } }];
      });
    },
  },
  {
    id: 'supply-price-required',
    severity: 'error',
    source:
      'AliExpress fully managed (Choice) programme: the merchant quotes a supply price per SKU; the platform sets the retail price.',
    check: ({ product, skus, storeMode }) =>
      (product.hostingMode ?? storeMode) !== 'fully-managed'
        ? []
        : skus
            .filter(
              (s) => !(s.supplyPrice && Number.isInteger(s.supplyPrice.amount) && s.supplyPrice.amount > 0),
            )
            .map((s) => ({ field: `skus.${s.id}.supplyPrice`, params: { skuCode: s.code } })),
  },
  {
    id: 'weight-required',
    severity: 'error',
    source: `${FORM}: package weight is required and must be above 0 g; shipping is charged by it.`,
    check: ({ product, limits }) => {
      const w = product.weightGrams;
      return w !== undefined && Number.isFinite(w) && w >= limits.weightGramsMin
        ? []
        : [{ field: 'weightGrams', params: { weight: w ?? '' } }];
    },
  },
  {
    id: 'package-size-required',
    severity: 'error',
    source: `${FORM}: package length, width and height in cm are required (at least 1 cm each).`,
    check: ({ product, limits }) => {
      const { length, width, height } = product.packageCm;
      const ok = [length, width, height].every((d) => Number.isFinite(d) && d >= limits.packageSideMinCm);
      return ok ? [] : [{ field: 'packageCm', params: { length, width, height } }];
    },
  },
] as const satisfies readonly ListingRule[];

export type ListingRuleId = (typeof LISTING_RULES)[number]['id'];

/** Runs every rule. Errors first, then warnings, each in rule order. */
export function checkListing(input: ListingInput, limits: ListingLimits = LISTING_LIMITS): ListingCheck {
  const ctx: Context = { ...input, limits, mediaById: new Map(input.media.map((m) => [m.id, m])) };
  const fixes: ListingFix[] = (LISTING_RULES as readonly ListingRule[]).flatMap((rule) =>
    rule.check(ctx).map((f) => ({
      ...f,
      ruleId: rule.id as ListingRuleId,
      severity: rule.severity,
      blocking: f.blocking ?? false,
    })),
  );
  fixes.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return { status: statusOf(fixes), fixes };
}

export function statusOf(fixes: readonly ListingFix[]): ListingStatus {
  if (fixes.some((f) => f.blocking)) return 'blocked';
  return fixes.some((f) => f.severity === 'error') ? 'needs-fixes' : 'ready';
}

const UNSAFE_PATTERNS: readonly [string, RegExp][] = [
  ['<script', /<\s*script\b/i],
  ['<iframe', /<\s*iframe\b/i],
  ['on*=', /<[^>]*\son[a-z]+\s*=/i],
  ['javascript:', /\b(?:href|src|action)\s*=\s*["']?\s*javascript\s*:/i],
];

function unsafeHtml(html: string): string[] {
  return UNSAFE_PATTERNS.filter(([, pattern]) => pattern.test(html)).map(([name]) => name);
}

/** The first few Chinese characters of a text, with a little context, or '' when there are none. */
function hanSample(text: string): string {
  const match = /\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]*/u.exec(text);
  return match ? match[0].slice(0, 12) : '';
}

/** Description HTML as the text a buyer reads: tags and entities out, whitespace folded. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function optionsKey(options: Record<string, string>): string {
  return Object.entries(options)
    .map(([k, v]) => `${k.trim().toLowerCase()}=${v.trim().toLowerCase()}`)
    .sort()
    .join('|');
}

function referencedImages(product: Product, skus: readonly Sku[]): { mediaId: string; field: string }[] {
  return [
    ...product.mainImageIds.map((mediaId, i) => ({ mediaId, field: `mainImageIds.${i}` })),
    ...skus
      .filter((s) => s.imageId)
      .map((s) => ({ mediaId: s.imageId as string, field: `skus.${s.id}.imageId` })),
  ];
}

function mainImages(ctx: Context): MediaItem[] {
  return ctx.product.mainImageIds.flatMap((id) => ctx.mediaById.get(id) ?? []);
}

/** Main and SKU images, each once, with the preset that would fix it. */
function allImages(ctx: Context): { media: MediaItem; preset: 'main-image' | 'sku-image' }[] {
  const seen = new Set<string>();
  const out: { media: MediaItem; preset: 'main-image' | 'sku-image' }[] = [];
  const add = (id: string | undefined, preset: 'main-image' | 'sku-image') => {
    const media = id ? ctx.mediaById.get(id) : undefined;
    if (media && !seen.has(media.id)) {
      seen.add(media.id);
      out.push({ media, preset });
    }
  };
  ctx.product.mainImageIds.forEach((id) => add(id, 'main-image'));
  ctx.skus.forEach((s) => add(s.imageId, 'sku-image'));
  return out;
}

function imageFinding(media: MediaItem, params: FixParams, preset?: 'main-image' | 'sku-image'): Finding {
  return {
    field: `media.${media.id}`,
    params: { mediaId: media.id, fileName: media.fileName, ...params },
    ...(preset ? { action: { kind: 'apply-photo-preset' as const, preset, mediaId: media.id } } : {}),
  };
}
