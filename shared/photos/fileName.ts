import { pinyin } from 'pinyin-pro';

/**
 * Upload-safe file names. Seller centre uploads and some couriers' systems mangle non-ASCII names, spaces and
 * brackets, so outputs get ASCII names. Chinese is written in toneless pinyin ("红色 手机壳.jpg" →
 * "hong-se-shou-ji-ke-….jpg") so the seller still recognises the file; a short hash of the original keeps two
 * originals that read alike apart.
 */

export interface SafeNameOptions {
  /** Extension of the file actually written (e.g. 'jpg' after converting a PNG); default: the original's. */
  ext?: string;
  /** Appended after the base, e.g. a preset id. */
  suffix?: string;
  /** Length of the whole name, extension included. */
  maxLength?: number;
}

const EXT_ALIASES: Record<string, string> = { jpeg: 'jpg', jpe: 'jpg', tif: 'tiff' };
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function safeUploadFileName(originalName: string, options: SafeNameOptions = {}): string {
  const maxLength = Math.max(48, options.maxLength ?? 100);
  // NFC first: macOS hands out decomposed names, and the same name must give the same result everywhere.
  const leaf = originalName.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const { base, ext } = splitExtension(leaf);
  const originalExt = normaliseExtension(ext);
  const cleanExt = options.ext === undefined ? originalExt : normaliseExtension(options.ext);
  const ascii = asciiSlug(transliterate(base));
  const suffix = asciiSlug(options.suffix ?? '').slice(0, 24);
  const extPart = cleanExt ? `.${cleanExt}` : '';
  const plainLength = ascii.length + (suffix ? suffix.length + 1 : 0) + extPart.length;
  // Any change (a lost character, a cut to fit, a new extension) means two originals could meet on one name:
  // a hash of the whole original name keeps them apart.
  const changed =
    ascii !== base ||
    ascii === '' ||
    WINDOWS_RESERVED.test(ascii) ||
    plainLength > maxLength ||
    cleanExt !== originalExt;
  const tail = [changed ? fnv1a32(leaf) : '', suffix].filter(Boolean).join('-');
  const room = maxLength - extPart.length - (tail ? tail.length + 1 : 0);
  const head = (ascii || 'image').slice(0, Math.max(1, room)).replace(/[-_.]+$/, '') || 'image';
  return `${head}${tail ? `-${tail}` : ''}${extPart}`;
}

function splitExtension(leaf: string): { base: string; ext: string } {
  const dot = leaf.lastIndexOf('.');
  // A leading dot (".jpg") is a hidden file's name, not an extension.
  if (dot <= 0 || dot === leaf.length - 1) return { base: leaf, ext: '' };
  return { base: leaf.slice(0, dot), ext: leaf.slice(dot + 1) };
}

function normaliseExtension(ext: string): string {
  const lower = ext
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 8);
  return EXT_ALIASES[lower] ?? lower;
}

/** Chinese characters as toneless pinyin syllables, one word each; everything else as it was. */
function transliterate(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((part) => (/\p{Script=Han}/u.test(part) ? '' : part))
    .join('-');
}

/** Keeps ASCII letters, digits, '_' and '.', turns every other run into one '-'. */
function asciiSlug(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-_.]+|[-_.]+$/g, '');
}

/** FNV-1a over UTF-16 code units: tiny, stable across platforms, plenty for telling a folder's files apart. */
export function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
