import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { PackageProduct } from '@shared/bridge/channels/export';
import { csvField, encodeCsv } from '@shared/util/csv';
import { collectPackageImages } from './packageImages';
import { CSV_HEADER, incompleteProducts, packageCsvRows } from './productsCsv';

const img = (c: string, fileName: string) => ({ sha256: c.repeat(64), format: 'jpeg' as const, fileName });

const product: PackageProduct = {
  code: 'YW-001',
  title: { en: 'LED strip, 5 m "warm"\nwaterproof', ru: 'Светодиодная лента' },
  description: { en: '<p>Warm white, 60 LEDs per metre</p>', ru: '<p>Тёплый белый</p>' },
  category: 'led-lighting',
  attributes: { Material: 'Silicone', 'Power source': 'USB' },
  weightGrams: 120,
  packageCm: { length: 20, width: 15, height: 4 },
  handlingDays: 3,
  hostingMode: 'self-operated',
  mainImages: [img('a', 'strip-main-image.jpg'), img('b', 'strip-main-image.jpg')],
  skus: [
    {
      code: 'YW-001-暖白',
      options: { colour: '暖白 warm', length: '5 m' },
      price: { amount: 1999, currency: 'USD' },
      stock: 120,
      image: img('a', 'strip-main-image.jpg'),
    },
    { code: 'YW-001-JP', options: {}, price: { amount: 1200, currency: 'JPY' }, stock: 0 },
  ],
};

describe('products.csv encoding', () => {
  const { nameOf } = collectPackageImages([product]);
  const bytes = encodeCsv(packageCsvRows([product], nameOf));
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

  it('starts with the UTF-8 byte-order mark Excel needs to read Chinese', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('暖白 warm');
  });

  it('ends every record with CRLF and keeps a line break inside its quoted cell', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const records = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(records).toHaveLength(3);
    expect(records[0]).toEqual([...CSV_HEADER]);
    expect(records[1]![1]).toBe('LED strip, 5 m "warm"\nwaterproof');
    // The only bare LFs are the title's own line break, once in each of the product's two SKU rows.
    expect(text.replace(/\r\n/g, '').match(/\n/g)).toHaveLength(2);
  });

  it('writes one row per SKU with prices in major units, options and image names', () => {
    const records = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    const col = (row: string[], name: (typeof CSV_HEADER)[number]) => row[CSV_HEADER.indexOf(name)];
    expect(col(records[1]!, 'sku_code')).toBe('YW-001-暖白');
    expect(col(records[1]!, 'options')).toBe('colour: 暖白 warm; length: 5 m');
    expect(col(records[1]!, 'price')).toBe('19.99');
    expect(col(records[2]!, 'price')).toBe('1200');
    expect(col(records[2]!, 'currency')).toBe('JPY');
    expect(col(records[1]!, 'title_ru')).toBe('Светодиодная лента');
    // Two different images with one upload name stay apart.
    expect(col(records[1]!, 'main_images')).toBe('strip-main-image.jpg;strip-main-image-2.jpg');
    expect(col(records[1]!, 'sku_image')).toBe('strip-main-image.jpg');
  });

  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-5)).toBe('-5');
    expect(csvField('-cmd')).toBe("'-cmd");
    expect(csvField('手机壳')).toBe('手机壳');
  });

  it('carries descriptions, attributes, the platform category path and package size', () => {
    const records = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    const col = (row: string[], name: (typeof CSV_HEADER)[number]) => row[CSV_HEADER.indexOf(name)];
    expect(col(records[1]!, 'description_en')).toBe('<p>Warm white, 60 LEDs per metre</p>');
    expect(col(records[1]!, 'description_ru')).toBe('<p>Тёплый белый</p>');
    expect(col(records[1]!, 'attributes')).toBe('Material: Silicone; Power source: USB');
    expect(col(records[1]!, 'category')).toBe('Lights & Lighting > LED Lighting');
    expect(col(records[1]!, 'category_zh')).toBe('灯具照明 > LED照明');
    expect(col(records[1]!, 'category_id')).toBe('led-lighting');
    expect(col(records[1]!, 'length_cm')).toBe('20');
    expect(col(records[1]!, 'missing')).toBe('');
  });

  it('leaves an unentered weight empty and names it missing, never 0', () => {
    const noWeight: PackageProduct = { ...product, weightGrams: undefined, description: {} };
    const rows = packageCsvRows([noWeight], () => 'x.jpg');
    expect(rows[1]![CSV_HEADER.indexOf('weight_g')]).toBe('');
    expect(rows[1]![CSV_HEADER.indexOf('missing')]).toBe('description_en;weight_g');
    expect(incompleteProducts([noWeight, product])).toBe(1);
  });

  it('asks a fully managed SKU for its supply price', () => {
    const managed: PackageProduct = { ...product, hostingMode: 'fully-managed' };
    const rows = packageCsvRows([managed], () => 'x.jpg');
    expect(rows[1]![CSV_HEADER.indexOf('missing')]).toBe('supply_price');
    const priced = packageCsvRows(
      [{ ...managed, skus: [{ ...product.skus[0]!, supplyPrice: { amount: 850, currency: 'USD' } }] }],
      () => 'x.jpg',
    );
    expect(priced[1]![CSV_HEADER.indexOf('supply_price')]).toBe('8.50');
    expect(priced[1]![CSV_HEADER.indexOf('missing')]).toBe('');
  });

  it('guards a product code or title that a spreadsheet would run as a formula', () => {
    const attack = "-2+3+cmd|' /C calc'!A0";
    const hostile: PackageProduct = {
      ...product,
      code: attack,
      title: { en: '@SUM(1+1)*cmd|/C calc', ru: '+7 (495) 000-00-00' },
      skus: [{ ...product.skus[0]!, code: '=HYPERLINK("http://evil")' }],
    };
    const csv = new TextDecoder().decode(encodeCsv(packageCsvRows([hostile], () => 'x.jpg')));
    const records = Papa.parse<string[]>(csv, { newline: '\r\n', skipEmptyLines: true }).data;
    const col = (name: (typeof CSV_HEADER)[number]) => records[1]![CSV_HEADER.indexOf(name)];
    expect(col('product_code')).toBe(`'${attack}`);
    expect(col('title_en')).toBe("'@SUM(1+1)*cmd|/C calc");
    expect(col('title_ru')).toBe("'+7 (495) 000-00-00");
    expect(col('sku_code')).toBe(`'=HYPERLINK("http://evil")`);
    // Numbers stay numbers: stock and weight are not defused.
    expect(col('stock')).toBe('120');
    expect(col('weight_g')).toBe('120');
  });

  it('keeps a product without SKUs as one row', () => {
    const rows = packageCsvRows([{ ...product, skus: [] }], () => 'x.jpg');
    expect(rows).toHaveLength(2);
    expect(rows[1]![CSV_HEADER.indexOf('sku_code')]).toBe('');
  });
});
