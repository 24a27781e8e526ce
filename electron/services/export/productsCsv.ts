import type { PackageProduct } from '@shared/bridge/channels/export';
import { toMajor, minorExponent } from '@shared/domain/money';
import { BUYER_LANGUAGES } from '@shared/domain/types';
import type { CsvCell } from '@shared/util/csv';

/** Name of an image inside the package, given its library address. */
export type ImageNamer = (image: { sha256: string; format: string }) => string;

export const CSV_HEADER = [
  'product_code',
  ...BUYER_LANGUAGES.map((l) => `title_${l}`),
  'category',
  'sku_code',
  'options',
  'price',
  'currency',
  'stock',
  'weight_g',
  'handling_days',
  'main_images',
  'sku_image',
] as const;

/**
 * One row per SKU (a product without SKUs still gets one row, so nothing selected silently disappears). Prices are
 * written in major units with the currency's own number of decimals ("12.50 USD", "1200 JPY"): what a person types
 * into the seller centre, while the app itself keeps integer minor units.
 */
export function packageCsvRows(products: readonly PackageProduct[], nameOf: ImageNamer): CsvCell[][] {
  const rows: CsvCell[][] = [[...CSV_HEADER]];
  for (const product of products) {
    const mainImages = product.mainImages.map(nameOf).join(';');
    const common = (sku?: PackageProduct['skus'][number]): CsvCell[] => [
      product.code,
      ...BUYER_LANGUAGES.map((l) => product.title[l] ?? ''),
      product.category,
      sku?.code ?? '',
      sku ? optionsText(sku.options) : '',
      sku ? formatMajor(sku.price.amount, sku.price.currency) : '',
      sku?.price.currency ?? '',
      sku ? sku.stock : '',
      product.weightGrams,
      product.handlingDays,
      mainImages,
      sku?.image ? nameOf(sku.image) : '',
    ];
    if (product.skus.length === 0) rows.push(common());
    for (const sku of product.skus) rows.push(common(sku));
  }
  return rows;
}

function optionsText(options: Record<string, string>): string {
  return Object.entries(options)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}

function formatMajor(amount: number, currency: string): string {
  return toMajor(amount, currency).toFixed(minorExponent(currency));
}
