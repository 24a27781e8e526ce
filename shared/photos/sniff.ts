/**
 * Recognises an image file by its first bytes, never by its name: sellers rename files, phones save HEIC with a
 * .jpg name, and a text file called .png must get a specific message rather than a decoder's stack trace.
 */

export type SniffedKind =
  | 'jpeg'
  | 'png'
  | 'gif'
  | 'webp'
  | 'tiff'
  | 'avif'
  | 'heic'
  | 'bmp'
  | 'svg'
  | 'pdf'
  | 'jp2'
  | 'text'
  | 'empty'
  | 'unknown';

/** What the pipeline can decode with the prebuilt sharp (no HEIC, BMP or PDF there). */
export const DECODABLE_KINDS: ReadonlySet<SniffedKind> = new Set([
  'jpeg',
  'png',
  'gif',
  'webp',
  'tiff',
  'avif',
]);

/** Enough bytes for every check below (an ISO-BMFF ftyp box with a few compatible brands). */
export const SNIFF_BYTES = 64;

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const GENERIC_HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

export function sniffImage(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  // JPEG 2000: the JP2 signature box, or a bare codestream (SOC + SIZ markers).
  if (startsWith(bytes, [0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a])) return 'jp2';
  if (startsWith(bytes, [0xff, 0x4f, 0xff, 0x51])) return 'jp2';
  const heif = sniffHeif(bytes);
  if (heif) return heif;
  if (looksLikeText(bytes)) return /<svg[\s>]/i.test(ascii(bytes, 0, bytes.length)) ? 'svg' : 'text';
  return 'unknown';
}

/** ISO-BMFF: size(4) 'ftyp' major(4) minor(4) compatible brands(4 each). */
function sniffHeif(bytes: Uint8Array): 'heic' | 'avif' | undefined {
  if (ascii(bytes, 4, 8) !== 'ftyp') return undefined;
  const boxSize = Math.min(bytes.length, readUint32(bytes, 0));
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
  if (brands.some((b) => AVIF_BRANDS.has(b))) return 'avif';
  if (brands.some((b) => HEIC_BRANDS.has(b) || GENERIC_HEIF_BRANDS.has(b))) return 'heic';
  return undefined;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let printable = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return false;
    if (b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 0x80) printable++;
  }
  return printable === n;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)) >>>
    0
  );
}
