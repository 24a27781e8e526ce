import type { PackageProduct } from '@shared/bridge/channels/export';
import { inSellerOrder } from '@shared/catalog/skuOrder';
import type { HostingMode, MediaItem } from '@shared/domain/types';
import { safeUploadFileName } from '@shared/photos/fileName';
import { call } from '../../bridge/client';
import type { WorkstationDb } from '../../db/db';

/** Small enough that decoding one chunk's base64 stays well under 50 ms on the page's thread. */
const DOWNLOAD_CHUNK_BYTES = 2 * 1024 * 1024;

const UPLOAD_EXT = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;

/**
 * The name an image is uploaded under. Photos the studio made before names were transliterated carry
 * `image-<hash>` for a Chinese original: the original name, still on the record, gives the readable one again.
 */
export function uploadNameOf(media: MediaItem): string {
  if (!media.sourceName || !media.fileName.startsWith('image-')) return media.fileName;
  return safeUploadFileName(media.sourceName, {
    ext: UPLOAD_EXT[media.format],
    ...(media.preset ? { suffix: media.preset } : {}),
  });
}

const imageOf = (media: MediaItem | undefined) =>
  media ? { sha256: media.sha256, format: media.format, fileName: uploadNameOf(media) } : undefined;

/** What the export needs of the selected products, read from the database the renderer owns. */
export async function packageProducts(
  db: WorkstationDb,
  productIds: readonly string[],
): Promise<PackageProduct[]> {
  const products = (await db.products.bulkGet([...productIds])).filter((p) => p !== undefined);
  const skus = await db.skus
    .where('productId')
    .anyOf(products.map((p) => p.id))
    .toArray();
  const mediaIds = [
    ...products.flatMap((p) => p.mainImageIds),
    ...skus.flatMap((s) => (s.imageId ? [s.imageId] : [])),
  ];
  const media = new Map(
    (await db.media.bulkGet(mediaIds)).filter((m) => m !== undefined).map((m) => [m.id, m]),
  );
  const storeModes = new Map<string, HostingMode>();
  for (const storeId of new Set(products.map((p) => p.storeId))) {
    const store = await db.stores.get(storeId);
    if (store) storeModes.set(storeId, store.hostingMode);
  }
  return products.map((product) => ({
    code: product.code,
    title: product.title,
    description: product.description,
    category: product.category,
    attributes: product.attributes,
    ...(product.weightGrams !== undefined ? { weightGrams: product.weightGrams } : {}),
    packageCm: product.packageCm,
    handlingDays: product.handlingDays,
    hostingMode: product.hostingMode ?? storeModes.get(product.storeId) ?? 'self-operated',
    mainImages: product.mainImageIds.flatMap((id) => imageOf(media.get(id)) ?? []).slice(0, 6),
    skus: inSellerOrder(skus.filter((s) => s.productId === product.id)).map((s) => ({
      code: s.code,
      options: s.options,
      price: s.price,
      ...(s.supplyPrice ? { supplyPrice: s.supplyPrice } : {}),
      stock: s.stock,
      ...(s.imageId && media.has(s.imageId) ? { image: imageOf(media.get(s.imageId)) } : {}),
    })),
  }));
}

export interface ExportedPackage {
  fileName: string;
  imageCount: number;
  rowCount: number;
  /** Products with a required value left empty, named per row in the CSV's "missing" column. */
  incompleteCount: number;
  /** Where the package went: saved by the desktop dialog, offered as a download, or left in the exports folder. */
  delivered: 'saved' | 'downloaded' | 'kept';
  path: string;
}

/**
 * Builds the package on the Node side (images come from the media library on disk), then hands it to the user:
 * a save dialog in the desktop app, a download in the browser (fetched in chunks, so no response is huge).
 */
export async function exportUploadPackage(
  db: WorkstationDb,
  productIds: readonly string[],
  shell: 'electron' | 'browser',
): Promise<ExportedPackage> {
  const products = await packageProducts(db, productIds);
  const written = await call('export:package', { products });
  const base = {
    fileName: written.fileName,
    imageCount: written.imageCount,
    rowCount: written.rowCount,
    incompleteCount: written.incompleteCount,
    path: written.path,
  };
  if (shell === 'electron') {
    const saved = await call('export:saveAs', { fileName: written.fileName });
    return { ...base, delivered: saved.saved ? 'saved' : 'kept', path: saved.path ?? written.path };
  }
  const parts: BlobPart[] = [];
  for (let offset = 0; offset < written.bytes; offset += DOWNLOAD_CHUNK_BYTES) {
    const chunk = await call('export:readChunk', {
      fileName: written.fileName,
      offset,
      length: DOWNLOAD_CHUNK_BYTES,
    });
    parts.push(base64ToBytes(chunk.bytesBase64));
  }
  downloadBlob(new Blob(parts, { type: 'application/zip' }), written.fileName);
  return { ...base, delivered: 'downloaded' };
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started from the URL; keep it a moment for slow browsers, then free the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
