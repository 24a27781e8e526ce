import { describe, expect, it } from 'vitest';
import { chunkBySize, fileToBase64, imagesOfFolder, splitEta } from './photoFiles';

const file = (name: string, size = 1) => new File([new Uint8Array(size)], name);

describe('photo file helpers', () => {
  it('keeps only image-like, visible files of a folder pick', () => {
    const kept = imagesOfFolder([
      file('a.JPG'),
      file('.hidden.jpg'),
      file('Thumbs.db'),
      file('b.heic'),
      file('notes.txt'),
      file('c.webp'),
    ]);
    expect(kept.map((f) => f.name)).toEqual(['a.JPG', 'b.heic', 'c.webp']);
  });

  it('chunks uploads by size in order, a large file alone', () => {
    const sizes = [3, 3, 3, 10, 1].map((size, i) => ({ size, i }));
    expect(chunkBySize(sizes, 7).map((c) => c.map((f) => f.i))).toEqual([[0, 1], [2], [3], [4]]);
    expect(chunkBySize([], 7)).toEqual([]);
  });

  it('splits a remaining time into minutes and seconds', () => {
    expect(splitEta(125_400)).toEqual({ minutes: 2, seconds: 5 });
    expect(splitEta(-5)).toEqual({ minutes: 0, seconds: 0 });
  });

  it('reads a file as base64 without the data-URL prefix', async () => {
    expect(await fileToBase64(new File([new Uint8Array([0xff, 0xd8, 0xff, 0x00])], 'x.jpg'))).toBe(
      '/9j/AA==',
    );
  });
});
