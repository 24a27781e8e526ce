import { z } from 'zod';

/**
 * Photo presets: what one output of the photo studio looks like. Built-ins follow AliExpress' upload guidance;
 * user presets are validated with the same schema so a hand-edited JSON file can never reach the pipeline unchecked.
 */

export const IMAGE_FORMATS = ['jpeg', 'png', 'webp'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const WATERMARK_POSITIONS = [
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
  'center',
] as const;
export type WatermarkPosition = (typeof WATERMARK_POSITIONS)[number];

/** Encoders refuse larger sides (WebP's limit is the smallest); checked before encoding so the error is clear. */
export const MAX_OUTPUT_SIDE = 16383;

const side = z.number().int().min(16).max(MAX_OUTPUT_SIDE);

const canvasLayout = z.object({
  kind: z.literal('canvas'),
  width: side,
  height: side,
  /** contain: the whole photo on the background with a margin; cover: fill the canvas, cropping the overflow. */
  fit: z.enum(['contain', 'cover']),
});

const widthLayout = z.object({
  kind: z.literal('width'),
  width: side,
});

export const layoutSchema = z.discriminatedUnion('kind', [canvasLayout, widthLayout]);
export type PresetLayout = z.infer<typeof layoutSchema>;

export const watermarkSchema = z.object({
  /** Path of a PNG/JPEG/WebP logo on disk; the bridge handler resolves media ids to paths. */
  path: z.string().min(1),
  position: z.enum(WATERMARK_POSITIONS),
  /** 0 (invisible) … 1 (opaque). */
  opacity: z.number().min(0).max(1),
  /** Logo width as a fraction of the output width. */
  widthRatio: z.number().min(0.02).max(1).default(0.2),
  /** Gap to the edges as a fraction of the output width. */
  marginRatio: z.number().min(0).max(0.25).default(0.03),
});
export type Watermark = z.infer<typeof watermarkSchema>;

export const presetIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'lower-case letters, digits and dashes, at most 48 characters');

export const photoPresetSchema = z.object({
  id: presetIdSchema,
  layout: layoutSchema,
  /** #rrggbb: the canvas colour and what transparent pixels are flattened onto. */
  background: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #ffffff'),
  /** Empty border around the photo as a percentage of the canvas' shorter side (contain layouts only). */
  marginPct: z.number().min(0).max(30).default(0),
  format: z.enum(IMAGE_FORMATS),
  /** Encoder quality to start from (JPEG/WebP; PNG uses it only for palette quantisation when over maxBytes). */
  quality: z.number().int().min(1).max(100).default(88),
  /** Quality steps down until the file fits; no lower than minQuality. */
  maxBytes: z.number().int().positive().optional(),
  minQuality: z.number().int().min(1).max(100).default(50),
  watermark: watermarkSchema.optional(),
});
export type PhotoPreset = z.infer<typeof photoPresetSchema>;
/** What a user may write: defaults may be left out. */
export type PhotoPresetInput = z.input<typeof photoPresetSchema>;

const WHITE = '#ffffff';
const MB = 1024 * 1024;

/**
 * Built-in presets. Main and SKU images get no margin by default: sellers' photos are usually already framed, and the
 * square canvas alone keeps the platform from cropping them.
 */
export const BUILT_IN_PRESETS = {
  'main-image': {
    id: 'main-image',
    layout: { kind: 'canvas', width: 1000, height: 1000, fit: 'contain' },
    background: WHITE,
    marginPct: 0,
    format: 'jpeg',
    quality: 88,
    maxBytes: 3 * MB,
    minQuality: 50,
  },
  'sku-image': {
    id: 'sku-image',
    layout: { kind: 'canvas', width: 800, height: 800, fit: 'contain' },
    background: WHITE,
    marginPct: 0,
    format: 'jpeg',
    quality: 88,
    maxBytes: 3 * MB,
    minQuality: 50,
  },
  'fan-zone-banner': {
    id: 'fan-zone-banner',
    layout: { kind: 'canvas', width: 750, height: 360, fit: 'cover' },
    background: WHITE,
    marginPct: 0,
    format: 'jpeg',
    quality: 85,
    maxBytes: 3 * MB,
    minQuality: 50,
  },
  'description-image': {
    id: 'description-image',
    layout: { kind: 'width', width: 750 },
    background: WHITE,
    marginPct: 0,
    format: 'jpeg',
    quality: 85,
    maxBytes: 3 * MB,
    minQuality: 50,
  },
} as const satisfies Record<string, PhotoPreset>;

export type BuiltInPresetId = keyof typeof BUILT_IN_PRESETS;
export const BUILT_IN_PRESET_IDS = Object.keys(BUILT_IN_PRESETS) as BuiltInPresetId[];

export function isBuiltInPresetId(id: string): id is BuiltInPresetId {
  return Object.hasOwn(BUILT_IN_PRESETS, id);
}

export type PresetParseResult = { ok: true; preset: PhotoPreset } | { ok: false; issues: string[] };

/** Validates a user preset (e.g. from a settings file). Built-in ids are reserved so a user can't shadow them. */
export function parseUserPreset(value: unknown): PresetParseResult {
  const parsed = photoPresetSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    };
  }
  if (isBuiltInPresetId(parsed.data.id)) {
    return { ok: false, issues: [`id: "${parsed.data.id}" is a built-in preset`] };
  }
  return { ok: true, preset: parsed.data };
}

/** Built-ins first, then user presets; undefined when the id is unknown. */
export function findPreset(id: string, userPresets: readonly PhotoPreset[] = []): PhotoPreset | undefined {
  if (isBuiltInPresetId(id)) return structuredClone(BUILT_IN_PRESETS[id]) as PhotoPreset;
  return userPresets.find((p) => p.id === id);
}
