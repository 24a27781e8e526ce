import { z } from 'zod';
import { BUYER_LANGUAGES, HOSTING_MODES } from '@shared/domain/types';
import { IMAGE_FORMATS } from '@shared/photos/presets';
import { sha256Schema } from './media';

/** An image as the package refers to it: where it is in the library and the name it is uploaded under. */
const packageImage = z.object({
  sha256: sha256Schema,
  format: z.enum(IMAGE_FORMATS),
  fileName: z.string().min(1).max(255),
});

const packageSku = z.object({
  code: z.string().max(100),
  options: z.record(z.string().max(60), z.string().max(200)),
  /** Integer minor units, like everywhere in the app. */
  price: z.object({ amount: z.number().int().min(0), currency: z.string().regex(/^[A-Z]{3}$/) }),
  /** Fully managed: what the platform pays per unit. */
  supplyPrice: z
    .object({ amount: z.number().int().min(0), currency: z.string().regex(/^[A-Z]{3}$/) })
    .optional(),
  stock: z.number().int().min(0),
  image: packageImage.optional(),
});

export const packageProductSchema = z.object({
  code: z.string().max(100),
  title: z.partialRecord(z.enum(BUYER_LANGUAGES), z.string().max(1000)),
  /** Description HTML per buyer language, as the seller centre's description field takes it. */
  description: z.partialRecord(z.enum(BUYER_LANGUAGES), z.string().max(100_000)),
  /** The app's category id; the package writes the platform's category path beside it. */
  category: z.string().max(100),
  attributes: z.record(z.string().max(100), z.string().max(500)),
  /** Undefined when the seller has not entered it: written as an empty cell and listed as missing. */
  weightGrams: z.number().min(0).optional(),
  packageCm: z.object({ length: z.number().min(0), width: z.number().min(0), height: z.number().min(0) }),
  handlingDays: z.number().int().min(0),
  hostingMode: z.enum(HOSTING_MODES),
  mainImages: z.array(packageImage).max(6),
  skus: z.array(packageSku).max(500),
});
export type PackageProduct = z.infer<typeof packageProductSchema>;

/** Names the export handler writes; reading back accepts only these, never a path. */
export const PACKAGE_FILE_PATTERN = /^upload-package-\d{8}-\d{6}(-\d+)?\.zip$/;
const packageFileName = z.string().regex(PACKAGE_FILE_PATTERN, 'an upload package file name');

/** Chunks the browser fetches the zip in: well under the browser host's 64 MB JSON limit after base64. */
export const PACKAGE_CHUNK_BYTES = 8 * 1024 * 1024;

export const exportChannels = {
  /** Builds the zip (images from the media library + products.csv) in the exports folder. */
  'export:package': {
    args: z.object({ products: z.array(packageProductSchema).min(1).max(5000) }),
    result: z.object({
      fileName: packageFileName,
      path: z.string(),
      bytes: z.number().int(),
      imageCount: z.number().int(),
      rowCount: z.number().int(),
      /** Products with a required field left empty (named in the CSV's "missing" column). */
      incompleteCount: z.number().int(),
    }),
  },
  /** A slice of a package, so the page can offer it as a download without one huge response. */
  'export:readChunk': {
    args: z.object({
      fileName: packageFileName,
      offset: z.number().int().min(0),
      length: z.number().int().min(1).max(PACKAGE_CHUNK_BYTES),
    }),
    result: z.object({ bytesBase64: z.string(), totalBytes: z.number().int() }),
  },
  /** Desktop only: a save dialog that copies the package where the user wants it. */
  'export:saveAs': {
    args: z.object({ fileName: packageFileName }),
    result: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
} as const;
