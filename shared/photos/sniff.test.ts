import { describe, expect, it } from 'vitest';
import { sniffImage } from './sniff';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], compatible.join(''));
};

describe('sniffImage', () => {
  it.each([
    [bytes([0xff, 0xd8, 0xff, 0xe0]), 'jpeg'],
    [bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]), 'png'],
    [bytes('GIF89a'), 'gif'],
    [bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'webp'],
    [bytes('II', [0x2a, 0]), 'tiff'],
    [ftyp('heic', 'mif1', 'heic'), 'heic'],
    [ftyp('mif1', 'mif1', 'heic'), 'heic'],
    [ftyp('heix'), 'heic'],
    [ftyp('avif', 'mif1', 'avif'), 'avif'],
    [ftyp('mif1', 'avif'), 'avif'],
    [ftyp('isom', 'mp41'), 'unknown'],
    [bytes('hello, this is a shopping list\n'), 'text'],
    [new TextEncoder().encode('红色手机壳 notes'), 'text'],
    [bytes('<svg xmlns="http://www.w3.org/2000/svg">'), 'svg'],
    [bytes('%PDF-1.7'), 'pdf'],
    [bytes([0, 1, 2, 3, 250, 4]), 'unknown'],
    [new Uint8Array(0), 'empty'],
  ])('%#: %s', (input, kind) => {
    expect(sniffImage(input)).toBe(kind);
  });
});
