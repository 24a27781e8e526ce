import type { PackageProduct } from '@shared/bridge/channels/export';

export interface PackageImage {
  sha256: string;
  format: 'jpeg' | 'png' | 'webp';
  /** Unique inside the package. */
  name: string;
  /** A product that uses it, for error messages. */
  productCode: string;
}

const keyOf = (image: { sha256: string; format: string }) => `${image.sha256}.${image.format}`;

/**
 * Every distinct image of the selected products once, under its upload name. Two different images that arrive
 * with the same name (two products' "1.jpg") get "-2", "-3"… so neither overwrites the other in the zip.
 */
export function collectPackageImages(products: readonly PackageProduct[]): {
  images: PackageImage[];
  nameOf: (image: { sha256: string; format: string }) => string;
} {
  const byKey = new Map<string, PackageImage>();
  const taken = new Set<string>();
  const add = (image: PackageProduct['mainImages'][number], productCode: string) => {
    const key = keyOf(image);
    if (byKey.has(key)) return;
    byKey.set(key, {
      sha256: image.sha256,
      format: image.format,
      name: uniqueName(image.fileName, taken),
      productCode,
    });
  };
  for (const product of products) {
    product.mainImages.forEach((image) => add(image, product.code));
    product.skus.forEach((sku) => sku.image && add(sku.image, product.code));
  }
  return {
    images: [...byKey.values()],
    nameOf: (image) => byKey.get(keyOf(image))?.name ?? '',
  };
}

function uniqueName(fileName: string, taken: Set<string>): string {
  // Names come from the renderer's database: keep one plain segment, whatever they contain.
  const leaf = fileName.split(/[\\/]/).pop()?.replace(/^\.+/, '') || 'image';
  const dot = leaf.lastIndexOf('.');
  const base = dot > 0 ? leaf.slice(0, dot) : leaf;
  const ext = dot > 0 ? leaf.slice(dot) : '';
  let name = leaf;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}${ext}`;
  taken.add(name.toLowerCase());
  return name;
}
