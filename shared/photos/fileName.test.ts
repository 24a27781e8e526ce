import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeUploadFileName } from './fileName';

const SAFE = /^[A-Za-z0-9._-]+$/;

describe('safeUploadFileName', () => {
  it('writes Chinese names in pinyin, readable and kept apart', () => {
    const red = safeUploadFileName('红色 手机壳 (新款)【2024】.JPG');
    const blue = safeUploadFileName('蓝色 手机壳 (新款)【2024】.JPG');
    expect(red).toMatch(SAFE);
    expect(red).toMatch(/^hong-se-shou-ji-ke-xin-kuan-2024-[0-9a-f]{8}\.jpg$/);
    expect(blue).toMatch(/^lan-se-shou-ji-ke-xin-kuan-2024-[0-9a-f]{8}\.jpg$/);
    expect(safeUploadFileName('女装连衣裙.png', { suffix: 'main-image' })).toMatch(
      /^nv-zhuang-lian-yi-qun-[0-9a-f]{8}-main-image\.png$/,
    );
  });

  it('keeps plain ASCII names as they are', () => {
    expect(safeUploadFileName('IMG_0042.jpg')).toBe('IMG_0042.jpg');
    expect(safeUploadFileName('case.v2.png')).toBe('case.v2.png');
  });

  it('uses the written format for the extension and marks the change', () => {
    expect(safeUploadFileName('logo.png', { ext: 'jpeg' })).toMatch(/^logo-[0-9a-f]{8}\.jpg$/);
    expect(safeUploadFileName('photo.jpeg', { ext: 'jpg' })).toBe('photo.jpg');
    expect(safeUploadFileName('Phone case (red).webp', { ext: 'jpg', suffix: 'main-image' })).toMatch(
      /^Phone-case-red-[0-9a-f]{8}-main-image\.jpg$/,
    );
  });

  it('handles names with no usable characters, paths, hidden files and reserved names', () => {
    expect(safeUploadFileName('（）.png')).toMatch(/^image-[0-9a-f]{8}\.png$/);
    expect(safeUploadFileName('C:\\photos\\shoot/a b.jpg')).toMatch(/^a-b-[0-9a-f]{8}\.jpg$/);
    expect(safeUploadFileName('.jpg')).toMatch(/^jpg-[0-9a-f]{8}$/);
    expect(safeUploadFileName('CON.jpg')).toMatch(/^CON-[0-9a-f]{8}\.jpg$/);
  });

  it('gives the same result for composed and decomposed Unicode (macOS names)', () => {
    expect(safeUploadFileName('café.jpg'.normalize('NFD'))).toBe(
      safeUploadFileName('café.jpg'.normalize('NFC')),
    );
  });

  it('property: always safe, bounded, with the requested extension', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom('jpg', 'png', 'webp'),
        (name, ext) => {
          const out = safeUploadFileName(name, { ext, suffix: 'sku-image' });
          expect(out).toMatch(SAFE);
          expect(out.length).toBeLessThanOrEqual(100);
          expect(out.endsWith(`-sku-image.${ext}`)).toBe(true);
          expect(out.startsWith('.')).toBe(false);
        },
      ),
    );
  });

  it('property: different names stay different', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        (a, b) => {
          // Only the leaf of a path counts ('x/b' and 'b' are the same file name), so separators are left out here.
          fc.pre(a.normalize('NFC') !== b.normalize('NFC') && !/[\\/]/.test(a + b));
          expect(safeUploadFileName(`${a}.jpg`)).not.toBe(safeUploadFileName(`${b}.jpg`));
        },
      ),
    );
  });
});
