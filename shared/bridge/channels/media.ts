import { z } from 'zod';
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

/** A logo file is small; 10 MB leaves room for a print-resolution PNG. */
export const MAX_LOGO_BYTES = 10 * 1024 * 1024;

export const DEMO_IMAGE_KINDS = [
  'phone-accessories',
  'led-lighting',
  'womens-clothing',
  'kids-smart-watches',
  'kitchen-tools',
] as const;
/** Square side of a drawn demo image: the platform's recommended main-image size. */
export const DEMO_IMAGE_SIDE = 1000;

const demoImageRequest = z.object({
  /** The caller's key for the answer (e.g. a product id). */
  key: z.string().min(1).max(200),
  kind: z.enum(DEMO_IMAGE_KINDS),
  /** Colour of the product drawn, 0–359 on the colour wheel. */
  hue: z.number().int().min(0).max(359),
  /** A short caption drawn on the picture (the product code), ASCII only. */
  caption: z.string().regex(/^[A-Za-z0-9 ._-]{0,24}$/),
});

export const mediaChannels = {
  /**
   * Draws product pictures for the demo store with sharp (no shipped photos) into the media library, so demo
   * listings have real, checkable main images.
   */
  'media:drawDemoImages': {
    args: z.object({ images: z.array(demoImageRequest).min(1).max(50) }),
    result: z.object({
      images: z.array(
        z.object({
          key: z.string(),
          sha256: sha256Schema,
          format: z.literal('jpeg'),
          width: z.number().int(),
          height: z.number().int(),
          bytes: z.number().int(),
        }),
      ),
    }),
  },
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
} as const;
