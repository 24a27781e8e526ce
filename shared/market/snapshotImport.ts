/**
 * Competitor snapshot rows from CSV/XLSX, read with the order importer's engine (encoding incl. GBK, delimiter,
 * XLSX, header row among title lines, Chinese or English headers). A row names its competitor by item link/id or
 * store name; a bad cell is reported by row and column and only that row is left out.
 */
import { readTable } from '@shared/import/read-table';
import { cellText, isBlankRow, type Cell } from '@shared/import/cells';
import { inferDayMonthOrder, parseDateCell, toDayKey } from '@shared/import/dates';
import { normalizeKey } from '@shared/import/text';
import { parseAliExpressRef } from './itemId';
import { parseLocaleNumber, parseCount } from './numbers';
import { findPrices, toMinorUnits } from './prices';

export interface SnapshotImportRow {
  row: number;
  itemId: string | null;
  store: string | null;
  day: string;
  price: { amount: number; currency: string };
  priceMax?: number;
  sold: number;
  soldRounded: boolean;
  rating: number;
  reviews: number;
  shipping?: { amount: number; currency: string };
}

export interface SnapshotImportResult {
  ok: boolean;
  fileName: string;
  rows: SnapshotImportRow[];
  dataRows: number;
  errors: { row: number | null; column: string | null; message: string }[];
}

const FIELDS = {
  item: [
    'item id',
    'item',
    'item url',
    'url',
    'link',
    'product id',
    'listing',
    '商品id',
    '商品链接',
    '链接',
    '商品编号',
  ],
  store: ['store', 'store name', 'competitor', 'shop', '店铺', '店铺名称', '竞品', '竞争对手'],
  day: ['date', 'day', 'taken at', 'snapshot date', '日期', '时间', '记录日期'],
  price: ['price', 'current price', 'sale price', '价格', '售价', '现价'],
  priceMax: ['max price', 'price max', 'highest price', '最高价'],
  currency: ['currency', '币种', '货币'],
  sold: ['sold', 'orders', 'sales', 'sold count', '已售', '销量', '订单数'],
  rating: ['rating', 'score', '评分'],
  reviews: ['reviews', 'review count', '评价数', '评价', '评论数'],
  shipping: ['shipping', 'shipping fee', 'delivery fee', '运费'],
} as const;

type Field = keyof typeof FIELDS;

function headerMap(headers: readonly string[]): Partial<Record<Field, number>> {
  const map: Partial<Record<Field, number>> = {};
  headers.forEach((header, column) => {
    const key = normalizeKey(header);
    for (const [field, names] of Object.entries(FIELDS) as [Field, readonly string[]][])
      if (map[field] === undefined && names.includes(key)) map[field] = column;
  });
  return map;
}

export async function parseSnapshotFile(
  bytes: Uint8Array,
  fileName: string,
  defaultCurrency = 'USD',
): Promise<SnapshotImportResult> {
  const result: SnapshotImportResult = { ok: false, fileName, rows: [], dataRows: 0, errors: [] };
  const read = await readTable(bytes, fileName);
  if (!read.ok) {
    result.errors.push({ row: null, column: null, message: read.error.message });
    return result;
  }
  const table = read.table.rows;
  const headerIndex = table.slice(0, 30).findIndex((row) => {
    const map = headerMap(row.map((cell) => cellText(cell)));
    return (
      (map.item !== undefined || map.store !== undefined) && map.day !== undefined && map.price !== undefined
    );
  });
  if (headerIndex < 0) {
    result.errors.push({
      row: null,
      column: null,
      message: `${fileName}: no header row with an item or store column ("Item ID", "商品链接", "Store", "店铺"), a date ("Date", "日期") and a price ("Price", "价格") in the first 30 rows.`,
    });
    return result;
  }
  const headers = (table[headerIndex] ?? []).map((cell) => cellText(cell));
  const map = headerMap(headers);
  const body = table.slice(headerIndex + 1);
  const order = inferDayMonthOrder(
    body.map((row) => (map.day === undefined ? null : (row[map.day] ?? null))),
  );
  const text = (row: readonly Cell[], field: Field) =>
    map[field] === undefined ? '' : cellText(row[map[field]]).trim();
  body.forEach((row, offset) => {
    const rowNumber = headerIndex + offset + 2;
    if (isBlankRow(row)) return;
    result.dataRows += 1;
    const fail = (field: Field, message: string) =>
      result.errors.push({ row: rowNumber, column: headers[map[field] ?? -1] ?? field, message });
    const itemText = text(row, 'item');
    const ref = itemText ? parseAliExpressRef(itemText) : null;
    const itemId = ref?.kind === 'item' ? ref.itemId : null;
    const store = text(row, 'store') || null;
    if (!itemId && !store)
      return void fail(
        itemText ? 'item' : 'store',
        itemText ? `"${itemText}" is not an AliExpress item link or id.` : 'No item id or store name.',
      );
    const parsedDay = parseDateCell(map.day === undefined ? null : (row[map.day] ?? null), order);
    if (!parsedDay.ok)
      return void fail('day', `"${text(row, 'day')}" is not a date (expected e.g. 2026-03-02).`);
    const priceText = text(row, 'price');
    const currencyText = text(row, 'currency').toUpperCase();
    const marked = findPrices(priceText)[0]?.range;
    const plain = parseLocaleNumber(priceText);
    const currency = marked?.currency ?? (/^[A-Z]{3}$/u.test(currencyText) ? currencyText : defaultCurrency);
    const price = marked?.min ?? plain;
    if (price === null || price === undefined) return void fail('price', `"${priceText}" is not a price.`);
    const soldText = text(row, 'sold');
    const soldMatch = /^(.+?)\s?(k|K|万|千|тыс\.?|mil)?\s?(\+)?$/u.exec(soldText);
    const sold =
      soldText === ''
        ? { value: 0, rounded: false }
        : soldMatch
          ? parseCount(soldMatch[1] ?? '', soldMatch[2], soldMatch[3])
          : null;
    if (!sold) return void fail('sold', `"${soldText}" is not a sold count (e.g. 1234 or 10,000+).`);
    const ratingText = text(row, 'rating');
    const rating = ratingText === '' ? 0 : parseLocaleNumber(ratingText);
    if (rating === null || rating > 5)
      return void fail('rating', `"${ratingText}" is not a rating from 0 to 5.`);
    const reviewsText = text(row, 'reviews');
    const reviews = reviewsText === '' ? 0 : parseLocaleNumber(reviewsText);
    if (reviews === null) return void fail('reviews', `"${reviewsText}" is not a number.`);
    const snapshot: SnapshotImportRow = {
      row: rowNumber,
      itemId,
      store,
      day: toDayKey(parsedDay.value),
      price: { amount: toMinorUnits(price, currency), currency },
      sold: sold.value,
      soldRounded: sold.rounded,
      rating,
      reviews: Math.round(reviews),
    };
    const maxText = text(row, 'priceMax');
    const max = maxText ? (findPrices(maxText)[0]?.range.min ?? parseLocaleNumber(maxText)) : null;
    if (max !== null && max > price) snapshot.priceMax = toMinorUnits(max, currency);
    const shippingText = text(row, 'shipping');
    if (shippingText) {
      const free = /free|免|бесплат|gr[aá]tis|gratuit/iu.test(shippingText);
      const fee = free ? 0 : (findPrices(shippingText)[0]?.range.min ?? parseLocaleNumber(shippingText));
      if (fee === null) return void fail('shipping', `"${shippingText}" is not a shipping fee.`);
      snapshot.shipping = { amount: toMinorUnits(fee, currency), currency };
    }
    result.rows.push(snapshot);
  });
  result.ok = result.rows.length > 0;
  return result;
}
