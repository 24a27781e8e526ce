import type { PackageProduct } from '../../../shared/bridge/channels/photosExport';
import { toMajor, minorExponent } from '../../../shared/domain/money';
import { BUYER_LANGUAGES } from '../../../shared/domain/types';

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
export function packageCsvRows(products: readonly PackageProduct[], nameOf: ImageNamer): string[][] {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const product of products) {
    const mainImages = product.mainImages.map(nameOf).join(';');
    const common = (sku?: PackageProduct['skus'][number]): string[] => [
      product.code,
      ...BUYER_LANGUAGES.map((l) => product.title[l] ?? ''),
      product.category,
      sku?.code ?? '',
      sku ? optionsText(sku.options) : '',
      sku ? formatMajor(sku.price.amount, sku.price.currency) : '',
      sku?.price.currency ?? '',
      sku ? String(sku.stock) : '',
      String(product.weightGrams),
      String(product.handlingDays),
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

const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * RFC 4180 text, UTF-8 with a byte-order mark and CRLF line ends. Why: Excel on Chinese Windows opens a CSV
 * without a BOM in the system code page (GBK/CP936), so Chinese or Russian titles turn into mojibake; the BOM is
 * how Excel recognises UTF-8. CRLF is the line end RFC 4180 and Excel expect; line breaks inside a title stay
 * inside its quoted cell.
 */
export function encodeCsv(rows: readonly (readonly string[])[]): Uint8Array {
  const text = UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
  return new TextEncoder().encode(text);
}

/**
 * Quotes a field when it holds a comma, quote, CR or LF (quotes doubled). A text starting with = + @ (or - not
 * followed by a digit) gets a leading apostrophe, so Excel shows it as text instead of running it as a formula: a
 * supplier's title is not trusted to be harmless.
 */
export function csvField(value: string): string {
  const safe = /^[=+@\t\r]|^-(?![\d.])/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
