import type { PackageProduct } from '@shared/bridge/channels/export';
import { categoryPath } from '@shared/catalog/categories';
import { toMajor, minorExponent } from '@shared/domain/money';
import { BUYER_LANGUAGES } from '@shared/domain/types';
import type { CsvCell } from '@shared/util/csv';

/** Name of an image inside the package, given its library address. */
export type ImageNamer = (image: { sha256: string; format: string }) => string;

export const CSV_HEADER = [
  'product_code',
  ...BUYER_LANGUAGES.map((l) => `title_${l}` as const),
  ...BUYER_LANGUAGES.map((l) => `description_${l}` as const),
  'category',
  'category_zh',
  'category_id',
  'attributes',
  'hosting_mode',
  'sku_code',
  'options',
  'price',
  'supply_price',
  'currency',
  'stock',
  'weight_g',
  'length_cm',
  'width_cm',
  'height_cm',
  'handling_days',
  'main_images',
  'sku_image',
  'missing',
] as const;
export type CsvColumn = (typeof CSV_HEADER)[number];

type PackageSku = PackageProduct['skus'][number];

/**
 * One row per SKU (a product without SKUs still gets one row, so nothing selected silently disappears), with every
 * field the seller entered: titles and descriptions in each language, the platform's category path (English and
 * Chinese seller centre) beside the app's id, attributes, package size. Prices are written in major units with the
 * currency's own number of decimals ("12.50 USD", "1200 JPY"): what a person types into the seller centre, while the
 * app itself keeps integer minor units. A required value that is not there is left empty and named in "missing",
 * never written as 0.
 */
export function packageCsvRows(products: readonly PackageProduct[], nameOf: ImageNamer): CsvCell[][] {
  const rows: CsvCell[][] = [[...CSV_HEADER]];
  for (const product of products) {
    const path = categoryPath(product.category);
    const cells = (sku?: PackageSku): Record<CsvColumn, string> => ({
      product_code: product.code,
      ...(Object.fromEntries(BUYER_LANGUAGES.map((l) => [`title_${l}`, product.title[l] ?? ''])) as Record<
        `title_${(typeof BUYER_LANGUAGES)[number]}`,
        string
      >),
      ...(Object.fromEntries(
        BUYER_LANGUAGES.map((l) => [`description_${l}`, product.description[l] ?? '']),
      ) as Record<`description_${(typeof BUYER_LANGUAGES)[number]}`, string>),
      category: path?.en ?? '',
      category_zh: path?.zh ?? '',
      category_id: product.category,
      attributes: pairsText(product.attributes),
      hosting_mode: product.hostingMode,
      sku_code: sku?.code ?? '',
      options: sku ? pairsText(sku.options) : '',
      price: sku && sku.price.amount > 0 ? formatMajor(sku.price.amount, sku.price.currency) : '',
      supply_price: sku?.supplyPrice ? formatMajor(sku.supplyPrice.amount, sku.supplyPrice.currency) : '',
      currency: sku?.price.currency ?? '',
      stock: sku ? String(sku.stock) : '',
      weight_g: product.weightGrams ? String(product.weightGrams) : '',
      length_cm: product.packageCm.length ? String(product.packageCm.length) : '',
      width_cm: product.packageCm.width ? String(product.packageCm.width) : '',
      height_cm: product.packageCm.height ? String(product.packageCm.height) : '',
      handling_days: product.handlingDays ? String(product.handlingDays) : '',
      main_images: product.mainImages.map(nameOf).join(';'),
      sku_image: sku?.image ? nameOf(sku.image) : '',
      missing: missingColumns(product, sku).join(';'),
    });
    const skuRows = product.skus.length === 0 ? [cells()] : product.skus.map(cells);
    for (const row of skuRows) rows.push(CSV_HEADER.map((column) => row[column]));
  }
  return rows;
}

/** Columns the seller centre needs that this row leaves empty. */
export function missingColumns(product: PackageProduct, sku?: PackageSku): CsvColumn[] {
  const missing: CsvColumn[] = [];
  const blank = (text: string | undefined) => (text ?? '').trim() === '';
  if (blank(product.title.en)) missing.push('title_en');
  if (blank(product.description.en)) missing.push('description_en');
  if (!categoryPath(product.category)) missing.push('category');
  if (!sku) missing.push('sku_code');
  if (sku && sku.price.amount <= 0) missing.push('price');
  if (sku && product.hostingMode === 'fully-managed' && !(sku.supplyPrice && sku.supplyPrice.amount > 0))
    missing.push('supply_price');
  if (!product.weightGrams) missing.push('weight_g');
  if (!product.packageCm.length) missing.push('length_cm');
  if (!product.packageCm.width) missing.push('width_cm');
  if (!product.packageCm.height) missing.push('height_cm');
  if (!product.handlingDays) missing.push('handling_days');
  if (product.mainImages.length === 0) missing.push('main_images');
  return missing;
}

/** Products with at least one required value missing in any of their rows. */
export function incompleteProducts(products: readonly PackageProduct[]): number {
  return products.filter((p) =>
    p.skus.length === 0 ? missingColumns(p).length > 0 : p.skus.some((s) => missingColumns(p, s).length > 0),
  ).length;
}

function pairsText(pairs: Record<string, string>): string {
  return Object.entries(pairs)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}

function formatMajor(amount: number, currency: string): string {
  return toMajor(amount, currency).toFixed(minorExponent(currency));
}
