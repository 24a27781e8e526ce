import { z } from 'zod';
import { DEMO_FIGURES, DEMO_VIEWS } from '@shared/demo/productImages';
import { IMAGE_FORMATS } from '@shared/photos/presets';

/** A file in the content-addressed media library: its hash and format are its whole address. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 hex digest');
export const mediaAddressSchema = z.object({ sha256: sha256Schema, format: z.enum(IMAGE_FORMATS) });

/**
 * How a preset names its logo: `media:<sha256>.<ext>`, a file imported into the library. Presets cross the bridge
 * with this reference instead of a path, so the renderer can never point the pipeline at an arbitrary file.
 */
export const MEDIA_REF_PATTERN = /^media:([0-9a-f]{64})\.(jpg|png|webp)$/;
export const mediaRefSchema = z
  .string()
  .regex(MEDIA_REF_PATTERN, 'a media reference like media:<sha256>.png');

/** Pictures per request: a few products' galleries, answered in seconds, so progress can move between them. */
export const MAX_DEMO_IMAGES_PER_CALL = 60;

const demoImageSpecSchema = z.object({
  key: z.string().min(1).max(120),
  figure: z.enum(DEMO_FIGURES),
  view: z.enum(DEMO_VIEWS),
  // Only plain hex colours reach the SVG the Node side draws.
  colours: z
    .array(z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour like #a1b2c3'))
    .min(1)
    .max(12),
  side: z.number().int().min(100).max(2000),
});

/** A logo file is small; 10 MB leaves room for a print-resolution PNG. */
export const MAX_LOGO_BYTES = 10 * 1024 * 1024;

export const mediaChannels = {
  /** The bytes of a processed image, for previews (data:/blob: URLs are allowed by the CSP). */
  'media:read': {
    args: mediaAddressSchema.extend({
      /** A small JPEG (longest side 240 px) instead of the file: lists of thumbnails stay light. */
      thumbnail: z.boolean().default(false),
    }),
    result: z.object({
      bytesBase64: z.string(),
      mimeType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
    }),
  },
  /** Stores a logo/watermark image as is (PNG, JPEG or WebP) and answers the reference a preset keeps. */
  'media:importLogo': {
    args: z.object({ name: z.string().min(1).max(255), bytesBase64: z.string().min(1) }),
    result: z.object({
      ref: mediaRefSchema,
      sha256: sha256Schema,
      format: z.enum(IMAGE_FORMATS),
      width: z.number().int(),
      height: z.number().int(),
    }),
  },
  /** Draws demo product pictures into the media library (the demo store's photos are made, never shipped). */
  'media:drawDemoImages': {
    args: z.object({ images: z.array(demoImageSpecSchema).min(1).max(MAX_DEMO_IMAGES_PER_CALL) }),
    result: z.object({
      images: z.array(
        z.object({
          key: z.string(),
          sha256: sha256Schema,
          format: z.literal('jpeg'),
          width: z.number().int(),
          height: z.number().int(),
          bytes: z.number().int(),
          phash: z.string(),
          colours: z.string(),
        }),
      ),
    }),
  },
} as const;
