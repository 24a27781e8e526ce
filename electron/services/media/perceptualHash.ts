import sharp from 'sharp';
import { dHashFromGrey, DHASH_HEIGHT, DHASH_WIDTH } from '@shared/photos/phash';

/** The 64-bit dHash of an encoded image, as the renderer's near-duplicate check compares them. */
export async function perceptualHash(encoded: Buffer): Promise<string> {
  const grey = await sharp(encoded)
    .greyscale()
    .resize(DHASH_WIDTH, DHASH_HEIGHT, { fit: 'fill' })
    .raw()
    .toBuffer();
  return dHashFromGrey(grey);
}
