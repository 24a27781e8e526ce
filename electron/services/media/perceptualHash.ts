import sharp from 'sharp';
import {
  colourSignatureFromRgb,
  COLOUR_GRID,
  dHashFromGrey,
  DHASH_HEIGHT,
  DHASH_WIDTH,
} from '@shared/photos/phash';

/** The 64-bit dHash of an encoded image, as the renderer's near-duplicate check compares them. */
export async function perceptualHash(encoded: Buffer): Promise<string> {
  const grey = await sharp(encoded)
    .greyscale()
    .resize(DHASH_WIDTH, DHASH_HEIGHT, { fit: 'fill' })
    .raw()
    .toBuffer();
  return dHashFromGrey(grey);
}

/** The image as a 3×3 grid of sRGB colours (hex), which tells colour variants of one shot apart. */
export async function colourSignature(encoded: Buffer): Promise<string> {
  const grid = await sharp(encoded)
    .removeAlpha()
    .toColourspace('srgb')
    .resize(COLOUR_GRID, COLOUR_GRID, { fit: 'fill' })
    .raw()
    .toBuffer();
  return colourSignatureFromRgb(grid);
}

/** Both signatures the near-duplicate check compares. */
export async function imageSignatures(encoded: Buffer): Promise<{ phash: string; colours: string }> {
  const [phash, colours] = await Promise.all([perceptualHash(encoded), colourSignature(encoded)]);
  return { phash, colours };
}
