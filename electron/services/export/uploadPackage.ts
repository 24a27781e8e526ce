import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { PackageProduct } from '@shared/bridge/channels/export';
import { BridgeFailure } from '@shared/bridge/result';
import { encodeCsv } from '@shared/util/csv';
import type { MediaLibrary } from '../media/mediaLibrary';
import { collectPackageImages } from './packageImages';
import { incompleteProducts, packageCsvRows } from './productsCsv';

export const FILE_EXT = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;

export interface WrittenPackage {
  fileName: string;
  path: string;
  bytes: number;
  imageCount: number;
  rowCount: number;
  incompleteCount: number;
}

/**
 * Writes `upload-package-<date>-<time>.zip` into the exports folder: `products.csv` plus every image under
 * `images/<upload name>`. Images are stored, not deflated (JPEG/PNG/WebP are already compressed), and written one
 * at a time with a pause for the event loop in between, so the service keeps answering progress polls.
 * Refuses, naming product and file, when an image is missing from the library: a package with broken references
 * would only fail later in the seller centre.
 */
export async function writeUploadPackage(
  products: readonly PackageProduct[],
  library: MediaLibrary,
  exportsDir: string,
  now = new Date(),
): Promise<WrittenPackage> {
  const { images, nameOf } = collectPackageImages(products);
  const missing = [];
  for (const image of images)
    if (!(await library.exists(image.sha256, FILE_EXT[image.format]))) missing.push(image);
  if (missing.length > 0) {
    const list = missing
      .slice(0, 5)
      .map((m) => `${m.name} (product ${m.productCode || '—'})`)
      .join(', ');
    throw new BridgeFailure(
      'not-found',
      `${missing.length} image(s) are missing from the media library: ${list}. Process those photos again or remove them from the product.`,
    );
  }
  const rows = packageCsvRows(products, (image) => `images/${nameOf(image)}`);
  const fileName = await freeFileName(exportsDir, now);
  const path = join(exportsDir, fileName);
  const temp = `${path}.tmp`;
  const handle = await open(temp, 'w');
  try {
    const chunks: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else chunks.push(chunk);
    });
    const flush = async () => {
      if (failure) throw failure;
      for (const chunk of chunks.splice(0)) await handle.write(chunk);
    };
    const mtime = now;
    const csv = new ZipDeflate('products.csv', { level: 6 });
    csv.mtime = mtime;
    zip.add(csv);
    csv.push(encodeCsv(rows), true);
    await flush();
    for (const image of images) {
      const entry = new ZipPassThrough(`images/${image.name}`);
      entry.mtime = mtime;
      zip.add(entry);
      entry.push(await library.read(image.sha256, FILE_EXT[image.format]), true);
      await flush();
      await yieldToEventLoop();
    }
    zip.end();
    await flush();
    const { size } = await handle.stat();
    await handle.close();
    await rename(temp, path);
    return {
      fileName,
      path,
      bytes: size,
      imageCount: images.length,
      rowCount: rows.length - 1,
      incompleteCount: incompleteProducts(products),
    };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}

/** Local date and time in the name, so the seller finds the newest package; "-2"… when two land in one second. */
async function freeFileName(dir: string, now: Date): Promise<string> {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  for (let n = 1; ; n++) {
    const name = `upload-package-${stamp}${n === 1 ? '' : `-${n}`}.zip`;
    const exists = await open(join(dir, name), 'r').then(
      async (h) => (await h.close(), true),
      () => false,
    );
    if (!exists) return name;
  }
}
