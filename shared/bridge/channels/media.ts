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
} as const;
